// The TLP matrix (issue 14 items 1 and 7): every label × viewer × read path that exists in this increment
// gives exactly what the one rule in core (mayRead) allows. Paths: the JSON API list (which the web list
// shows as is), the public page without sign-in, TAXII 2.1 objects, the STIX bundle export, and the SQL
// filter itself. Search, notifications and PDF of shared objects do not exist yet (docs/SHARING.md).
import { randomUUID } from 'node:crypto';
import {
  mayRead,
  TLP_LABELS,
  type SharedObjectAudience,
  type SharingViewer,
  type TlpLabel,
} from '@weerbaar/core/sharing';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberCommunityIds } from '../../src/repositories/community.repository.ts';
import {
  insertRecipients,
  insertStixObjects,
  listVisibleObjects,
} from '../../src/repositories/stix-object.repository.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { communityWith, taxii, tokenOf } from '../support/sharing-fixtures.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();

interface Viewer {
  name: string;
  org: TestOrg | null;
  userId: string | null;
  /** How it reads over HTTP: a signed-in person, a machine token, or nobody signed in. */
  http: { kind: 'person'; role: 'owner' | 'analyst' } | { kind: 'machine'; token: string } | { kind: 'anonymous' };
}

let app: FastifyInstance;
let viewers: Viewer[];
let communityId: string;
const objects: (SharedObjectAudience & { id: string })[] = [];

beforeAll(async () => {
  app = await buildTestApp(t.db);
  const O = await createTestOrg(t.db, 'Matrix Owner', 'entity', ['owner']);
  const M = await createTestOrg(t.db, 'Matrix CSIRT', 'authority', ['owner', 'analyst']);
  const N = await createTestOrg(t.db, 'Matrix Member', 'entity', ['owner']);
  const K = await createTestOrg(t.db, 'Matrix Client', 'entity', ['owner']);
  const X = await createTestOrg(t.db, 'Matrix Outsider', 'entity', ['owner']);
  const community = await communityWith(app, O, 'Matrix', [M, N]);
  await communityWith(app, X, 'Elsewhere', []);
  communityId = community.id;
  viewers = [
    { name: 'owner person', org: O, userId: O.users.owner!.id, http: { kind: 'person', role: 'owner' } },
    { name: 'named person', org: M, userId: M.users.owner!.id, http: { kind: 'person', role: 'owner' } },
    {
      name: 'other person of named org',
      org: M,
      userId: M.users.analyst!.id,
      http: { kind: 'person', role: 'analyst' },
    },
    {
      name: 'machine of named org',
      org: M,
      userId: null,
      http: { kind: 'machine', token: await tokenOf(app, M, 'analyst') },
    },
    { name: 'member not named', org: N, userId: N.users.owner!.id, http: { kind: 'person', role: 'owner' } },
    { name: 'client', org: K, userId: K.users.owner!.id, http: { kind: 'person', role: 'owner' } },
    { name: 'outsider', org: X, userId: X.users.owner!.id, http: { kind: 'person', role: 'owner' } },
    { name: 'anonymous', org: null, userId: null, http: { kind: 'anonymous' } },
  ];
  const now = new Date('2026-12-07T10:00:00.000Z');
  for (const tlp of TLP_LABELS) {
    for (const named of [true, false]) {
      const id = `indicator--${randomUUID()}`;
      objects.push({
        id,
        ownerOrgId: O.id,
        communityId,
        tlp,
        recipientOrgIds: named ? [M.id] : [],
        // M (an authority) passed every object on to K; only AMBER lets that count.
        clientOrgIds: [K.id],
        recipientUserIds: named ? [M.users.owner!.id] : [],
      });
      const object = {
        type: 'indicator',
        spec_version: '2.1',
        id,
        created: now.toISOString(),
        modified: now.toISOString(),
        name: `${tlp} ${named ? 'named' : 'community'}`,
        pattern: "[ipv4-addr:value = '192.0.2.1']",
        pattern_type: 'stix',
        valid_from: now.toISOString(),
      };
      await insertStixObjects(t.db, [
        {
          community_id: communityId,
          id,
          modified: object.modified,
          modified_at: object.modified,
          type: 'indicator',
          spec_version: '2.1',
          owner_org_id: O.id,
          tlp: tlp as TlpLabel,
          title: object.name,
          object: JSON.stringify(object),
          date_added: now,
        },
      ]);
      await insertRecipients(t.db, [
        ...(named
          ? [
              { community_id: communityId, object_id: id, org_id: M.id, user_id: null, passed_on_by: null },
              {
                community_id: communityId,
                object_id: id,
                org_id: null,
                user_id: M.users.owner!.id,
                passed_on_by: null,
              },
            ]
          : []),
        { community_id: communityId, object_id: id, org_id: K.id, user_id: null, passed_on_by: M.id },
      ]);
    }
  }
});

async function expectedFor(v: Viewer): Promise<string[]> {
  const viewer: SharingViewer = {
    orgId: v.org?.id ?? null,
    userId: v.userId,
    communityIds: v.org ? await memberCommunityIds(t.db, v.org.id) : [],
  };
  return objects
    .filter((o) => mayRead(viewer, o))
    .map((o) => o.id)
    .sort();
}

async function clientOf(v: Viewer): Promise<TestClient> {
  if (v.http.kind === 'person') return signedIn(app, v.org!, v.http.role);
  if (v.http.kind === 'machine') return new TestClient(app, v.http.token);
  return new TestClient(app);
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe('TLP 2.0 on every read path', () => {
  it('the SQL filter gives exactly what mayRead allows, for every label and viewer', async () => {
    for (const v of viewers) {
      const rows = await listVisibleObjects(
        t.db,
        { orgId: v.org?.id ?? null, userId: v.userId },
        { communityId, limit: 1000 },
      );
      expect(ids(rows), v.name).toEqual(await expectedFor(v));
    }
  });

  it('the API list (and the web list built on it) shows each viewer what mayRead allows', async () => {
    for (const v of viewers.filter((v) => v.http.kind !== 'anonymous')) {
      const res = await (await clientOf(v)).get(`/api/v1/sharing/objects?limit=1000`);
      expect(res.statusCode, v.name).toBe(200);
      expect(ids(res.json().items), v.name).toEqual(await expectedFor(v));
    }
  });

  it('the public page without sign-in shows CLEAR only', async () => {
    const res = await new TestClient(app).get('/api/v1/public/shared-objects?limit=1000');
    expect(res.statusCode).toBe(200);
    const anonymous = viewers.find((v) => v.name === 'anonymous')!;
    expect(ids(res.json().items)).toEqual(await expectedFor(anonymous));
    expect(res.json().items.every((i: { tlp: string }) => i.tlp === 'CLEAR')).toBe(true);
    expect(res.json().items).toHaveLength(2);
  });

  it('TAXII gives each organisation machine what mayRead allows, and no collection to non-members', async () => {
    for (const v of viewers.filter((v) => v.org !== null)) {
      const token =
        v.http.kind === 'machine'
          ? v.http.token
          : await tokenOf(app, v.org!, v.org!.kind === 'authority' ? 'analyst' : 'incident-handler');
      const res = await taxii(app, token, 'GET', `/taxii2/weerbaar/collections/${communityId}/objects/`);
      const member = (await memberCommunityIds(t.db, v.org!.id)).includes(communityId);
      if (!member) {
        expect(res.statusCode, v.name).toBe(404);
        continue;
      }
      expect(res.statusCode, v.name).toBe(200);
      // A token is no person: what a named person may read (RED) never reaches a machine.
      const machine = { ...v, userId: null };
      expect(ids(res.json().objects ?? []), v.name).toEqual(await expectedFor(machine));
    }
  });

  it('the STIX bundle export holds what mayRead allows, for members', async () => {
    for (const v of viewers.filter((v) => v.http.kind === 'person')) {
      const res = await (await clientOf(v)).get(`/api/v1/sharing/communities/${communityId}/bundle`);
      const member = (await memberCommunityIds(t.db, v.org!.id)).includes(communityId);
      if (!member) {
        expect(res.statusCode, v.name).toBe(404);
        continue;
      }
      expect(res.statusCode, v.name).toBe(200);
      expect(res.headers['content-type']).toContain('application/stix+json');
      const bundle = JSON.parse(res.body) as { type: string; objects: { id: string }[] };
      expect(bundle.type).toBe('bundle');
      expect(ids(bundle.objects), v.name).toEqual(await expectedFor(v));
    }
  });

  it('RED reaches the named person and no one else of that organisation', async () => {
    const listed = async (v: (typeof viewers)[number]) =>
      ids((await (await clientOf(v)).get(`/api/v1/sharing/objects?limit=1000`)).json().items);
    const redNamed = objects.find((o) => o.tlp === 'RED' && o.recipientUserIds.length > 0)!.id;
    expect(await listed(viewers[1]!)).toContain(redNamed);
    expect(await listed(viewers[2]!)).not.toContain(redNamed);
  });
});
