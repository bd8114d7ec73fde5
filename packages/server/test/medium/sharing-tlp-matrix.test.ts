// The TLP matrix (issue 14 items 1 and 7): every label × viewer × read path gives exactly what the one rule
// in core (mayRead) allows. STIX objects: the JSON API list (which the web list shows as is), the public
// page without sign-in, TAXII 2.1 objects, the STIX bundle export, and the SQL filter itself. CSAF
// advisories (shared with a community and named recipients, or kept by their holder): the SQL filter, the
// API list, detail and CSAF export, the public CSAF provider feed, the alerts derived from them, and whom
// the matching job matches them for. Search, notifications and PDF of shared objects: docs/SHARING.md.
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
import { buildCsafAdvisory, extractAdvisoryFacts } from '@weerbaar/core/advisories';
import {
  insertAdvisoryRecipients,
  insertAlerts,
  insertInventoryItems,
  listEntityReaders,
  listVisibleAdvisories,
  upsertAdvisory,
} from '../../src/repositories/advisory.repository.ts';
import { insertAsset } from '../../src/repositories/asset.repository.ts';
import { insertCommunityMember } from '../../src/repositories/community.repository.ts';
import {
  insertRecipients,
  insertStixObjects,
  listVisibleObjects,
} from '../../src/repositories/stix-object.repository.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { communityWith, memberCommunityIds, taxii, tokenOf } from '../support/sharing-fixtures.ts';
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
let O: TestOrg;
let M: TestOrg;
let K: TestOrg;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  O = await createTestOrg(t.db, 'Matrix Owner', 'entity', ['owner']);
  M = await createTestOrg(t.db, 'Matrix CSIRT', 'authority', ['owner', 'analyst']);
  const N = await createTestOrg(t.db, 'Matrix Member', 'entity', ['owner']);
  K = await createTestOrg(t.db, 'Matrix Client', 'entity', ['owner']);
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

// --- CSAF advisories: the same rule, with the advisory's audience (migration 20261209_0200). ---

describe('TLP 2.0 on every read path of advisories', () => {
  let P: TestOrg;
  const advisories: (SharedObjectAudience & { id: string; shared: boolean; trackingId: string })[] = [];
  /** One inventory item per entity viewer organisation, with an alert for every advisory. */
  const entityViewerOrgs = () => [
    ...new Map(viewers.filter((v) => v.org?.kind === 'entity').map((v) => [v.org!.id, v.org!])).values(),
  ];

  beforeAll(async () => {
    // The publisher: an authority in the community (the community's owner O is a plain reader here).
    P = await createTestOrg(t.db, 'Matrix Publisher', 'authority', ['owner']);
    await insertCommunityMember(t.db, communityId, P.id, new Date());
    viewers = [
      ...viewers,
      { name: 'publisher person', org: P, userId: P.users.owner!.id, http: { kind: 'person', role: 'owner' } },
    ];
    const now = new Date('2026-12-07T11:00:00.000Z');
    let n = 0;
    for (const tlp of TLP_LABELS) {
      for (const variant of ['named', 'community', 'kept'] as const) {
        const trackingId = `WB-MATRIX-${++n}`;
        const document = buildCsafAdvisory(
          {
            trackingId,
            title: `${tlp} ${variant}`,
            summary: 'Matrix',
            tlp,
            products: [{ vendor: 'Matrix', product: 'PLC', versions: '1.0', status: 'known_affected' }],
            vulnerabilities: [{ cve: 'CVE-2026-49999', description: 'Matrix', remediation: 'Update.' }],
          },
          { name: P.name, namespace: 'https://matrix.example' },
          now,
        );
        const facts = extractAdvisoryFacts(document);
        const shared = variant !== 'kept';
        const row = await upsertAdvisory(
          t.db,
          P.id,
          {
            tracking_id: trackingId,
            version: facts.version,
            title: facts.title,
            publisher_name: facts.publisher,
            tlp,
            current_release_date: facts.currentReleaseDate,
            cves: facts.cves,
            max_cvss: null,
            source: 'authored',
            source_url: null,
            sha512: `${n}`.padStart(128, '0'),
            document: document as unknown as Record<string, unknown>,
            facts,
            shared,
            community_id: communityId,
          },
          now,
        );
        const named = variant === 'named';
        await insertAdvisoryRecipients(t.db, P.id, row.id, {
          orgIds: named ? [M.id] : [],
          userIds: named ? [M.users.owner!.id] : [],
        });
        // M (an authority) passed every advisory on to its client K; only AMBER lets that count.
        await t.db
          .insertInto('advisory_recipients')
          .values({ advisory_org_id: P.id, advisory_id: row.id, org_id: K.id, user_id: null, passed_on_by: M.id })
          .execute();
        advisories.push({
          id: row.id,
          trackingId,
          shared,
          ownerOrgId: P.id,
          communityId,
          tlp,
          recipientOrgIds: named ? [M.id] : [],
          clientOrgIds: [K.id],
          recipientUserIds: named ? [M.users.owner!.id] : [],
        });
      }
    }
    for (const org of entityViewerOrgs()) {
      const asset = await insertAsset(t.db, {
        org_id: org.id,
        name: 'Matrix PLC',
        kind: 'asset',
        description: null,
        crown_jewel: false,
        owner: null,
        asset_type: 'ot_system',
        control_function: null,
        confidentiality: null,
        integrity: null,
        availability: null,
        max_tolerable_downtime_hours: null,
        people_served: null,
      });
      const [item] = await insertInventoryItems(t.db, org.id, [
        {
          asset_id: asset.id,
          vendor: 'Matrix',
          product: 'PLC',
          version: '1.0',
          cpe: null,
          purl: null,
          source: 'manual',
        },
      ]);
      // Alerts put in directly, for every advisory (also those the organisation may not read): the alert list
      // must still show only what the rule allows.
      await insertAlerts(
        t.db,
        org.id,
        advisories.map((a) => ({
          advisory_org_id: P.id,
          advisory_id: a.id,
          asset_product_id: item!.id,
          asset_id: asset.id,
          product_ids: ['WB-PID-0001'],
          cves: ['CVE-2026-49999'],
          known_exploited: false,
          version_certain: true,
          matched_on: 'name' as const,
        })),
      );
    }
  });

  /** What the rule allows: a kept advisory is its holder's only; a shared one follows mayRead. */
  async function expectedAdvisories(v: Viewer, opts: { machine?: boolean } = {}): Promise<string[]> {
    const viewer: SharingViewer = {
      orgId: v.org?.id ?? null,
      userId: opts.machine ? null : v.userId,
      communityIds: v.org ? await memberCommunityIds(t.db, v.org.id) : [],
    };
    return advisories
      .filter((a) => (a.shared ? mayRead(viewer, a) : viewer.orgId === a.ownerOrgId))
      .map((a) => a.id)
      .sort();
  }
  const mine = (list: { id: string }[]) => ids(list.filter((i) => advisories.some((a) => a.id === i.id)));

  it('the SQL filter gives exactly what mayRead allows, for every label, audience and viewer', async () => {
    for (const v of viewers.filter((v) => v.org !== null)) {
      const rows = await listVisibleAdvisories(t.db, { orgId: v.org!.id, userId: v.userId }, { limit: 1000 });
      expect(mine(rows), v.name).toEqual(await expectedAdvisories(v));
    }
  });

  it('the API list, each detail and each CSAF export show each viewer what mayRead allows', async () => {
    for (const v of viewers.filter((v) => v.http.kind !== 'anonymous')) {
      const client = await clientOf(v);
      const expected = await expectedAdvisories(v, { machine: v.http.kind === 'machine' });
      const list = await client.get('/api/v1/advisories');
      expect(list.statusCode, v.name).toBe(200);
      expect(mine(list.json().items), v.name).toEqual(expected);
      for (const a of advisories) {
        const may = expected.includes(a.id);
        const detail = await client.get(`/api/v1/advisories/${a.id}`);
        expect(detail.statusCode, `${v.name} ${a.trackingId}`).toBe(may ? 200 : 404);
        const csaf = await client.get(`/api/v1/advisories/${a.id}/csaf`);
        expect(csaf.statusCode, `${v.name} ${a.trackingId} csaf`).toBe(may ? 200 : 404);
      }
    }
  });

  it('the public CSAF provider feed holds the shared CLEAR advisories only', async () => {
    const index = await new TestClient(app).get('/.well-known/csaf/white/index.txt');
    expect(index.statusCode).toBe(200);
    const anonymous = viewers.find((v) => v.name === 'anonymous')!;
    const expected = (await expectedAdvisories(anonymous)).map(
      (id) =>
        `${advisories
          .find((a) => a.id === id)!
          .trackingId.toLowerCase()
          .replace(/[^+\-a-z0-9]+/g, '_')}.json`,
    );
    const listed = index.body
      .split('\n')
      .filter((l) => l.includes('wb-matrix-'))
      .map((l) => l.split('/').pop()!)
      .sort();
    expect(listed).toEqual(expected.sort());
    expect(listed).toHaveLength(2);
  });

  it('the public advisory list and detail pages without sign-in show the shared CLEAR advisories only', async () => {
    const client = new TestClient(app);
    const anonymous = viewers.find((v) => v.name === 'anonymous')!;
    const expected = await expectedAdvisories(anonymous);
    const list = await client.get('/api/v1/public/advisories?limit=500');
    expect(list.statusCode).toBe(200);
    expect(mine(list.json().items)).toEqual(expected);
    expect(expected).toHaveLength(2);
    for (const a of advisories) {
      const detail = await client.get(`/api/v1/public/advisories/${a.id}`);
      expect(detail.statusCode, a.trackingId).toBe(expected.includes(a.id) ? 200 : 404);
      if (detail.statusCode === 200) {
        expect(detail.json()).toMatchObject({ tlp: 'CLEAR', products: [{ name: expect.any(String) }] });
      }
    }
  });

  it('alerts derived from advisories follow the rule (as the organisation reads: never RED by person)', async () => {
    for (const v of viewers.filter((v) => v.org?.kind === 'entity' && v.http.kind === 'person')) {
      const res = await (await clientOf(v)).get('/api/v1/advisory-alerts');
      expect(res.statusCode, v.name).toBe(200);
      const alerted = [...new Set(res.json().items.map((i: { advisory: { id: string } }) => i.advisory.id))].sort();
      expect(alerted, v.name).toEqual(await expectedAdvisories(v, { machine: true }));
    }
  });

  it('the matching job matches an advisory for exactly the entities the rule lets read it', async () => {
    for (const a of advisories) {
      const readers = (await listEntityReaders(t.db, P.id, a.id)).filter((id) =>
        entityViewerOrgs().some((o) => o.id === id),
      );
      const expected: string[] = [];
      for (const org of entityViewerOrgs()) {
        const v = viewers.find((x) => x.org?.id === org.id)!;
        if ((await expectedAdvisories(v, { machine: true })).includes(a.id)) expected.push(org.id);
      }
      expect(readers.sort(), a.trackingId).toEqual(expected.sort());
    }
  });
});
