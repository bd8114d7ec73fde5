import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database.ts';
import type { Deps } from '../../src/kernel/deps.ts';
import { insertApiToken } from '../../src/repositories/api-token.repository.ts';
import { upsertDeliveryTarget } from '../../src/repositories/delivery-target.repository.ts';
import { upsertRegistryEntity } from '../../src/repositories/registry.repository.ts';
import { sealSecret } from '../../src/adapters/secret-box.ts';
import { API_TOKEN_PREFIX } from '../../src/services/accounts/api-token-queries.ts';
import { newSecret } from '../../src/services/accounts/secrets.ts';
import { API_TOKEN_PURPOSE } from '../../src/services/delivery/delivery-secrets.ts';
import { fetchAuthorityMessages } from '../../src/services/crisis-requests/pull-authority-messages.ts';
import { pullNow } from '../../src/services/crisis-requests/pull-messages.job.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { listenOnLoopback } from '../support/registration-fixtures.ts';
import { buildTestApp, testDeps, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Issue 16, the last gap: a crisis member on ANOTHER installation (docs/ARCHITECTURE.md "Crisis coordination";
// docs/DELIVERY.md "Authority → entity"). Installation A (its own database) holds the authority and its crisis;
// B holds the entity, known to A only from its register, which pulls from A over its delivery target. Each new
// sitrep reaches B once as a TLP:AMBER crisis message, also when A answered a pull that B never committed;
// removing the member stops later ones; an exercise sitrep says OEFENING; only who manages the crisis adds one.

const a = useTestDatabase();
const b = useTestDatabase();
let appA: FastifyInstance;
let appB: FastifyInstance;
let depsB: Deps;
let authority: TestOrg;
let entity: TestOrg;
let analyst: TestClient;
let auditor: TestClient;
let owner: TestClient;
let entityOwner: TestClient;

async function rowsOf(db: Db, query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  return (await query.execute(db)).rows as Record<string, unknown>[];
}

const declare = (overrides: Record<string, unknown> = {}) => ({
  title: 'Storing drinkwater',
  level: 'heightened',
  reason: 'Uitval bij meerdere waterbedrijven.',
  scope: { sectors: ['Drinking water'], regions: ['Utrecht'] },
  structures: [],
  ...overrides,
});

async function sitrep(crisisId: string, summary: string): Promise<number> {
  const res = await analyst.post(`/api/v1/crises/${crisisId}/sitreps`, { summary });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().number as number;
}

async function received(): Promise<{ subject: string; body: string; tlp: string; exercise: boolean }[]> {
  const res = await entityOwner.get('/api/v1/received-crisis-requests');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

beforeAll(async () => {
  appA = await buildTestApp(a.db);
  appB = await buildTestApp(b.db);
  const urlA = await listenOnLoopback(appA);
  depsB = testDeps(b.db);
  authority = await createTestOrg(a.db, 'NCSC op afstand', 'authority', ['owner', 'analyst', 'auditor']);
  entity = await createTestOrg(b.db, 'Waterbedrijf Elders NV', 'entity', ['owner']);
  analyst = await signedIn(appA, authority, 'analyst');
  auditor = await signedIn(appA, authority, 'auditor');
  owner = await signedIn(appA, authority, 'owner');
  entityOwner = await signedIn(appB, entity, 'owner');
  // A knows the entity from its registration only (registry entity id = its organisation on B).
  const at = new Date('2026-11-01T10:00:00Z');
  await upsertRegistryEntity(a.db, authority.id, entity.id, {
    name: entity.name,
    kvk_number: null,
    sectors: ['Drinking water'],
    entity_types: [],
    classification_eu: 'essential',
    classification_nl: 'essential',
    province: null,
    latest_submission_id: randomUUID(),
    latest_submitted_at: at,
    latest_received_at: at,
    latest_reference: 'REG-2026-000001',
  });
  const { token, hash } = newSecret(API_TOKEN_PREFIX);
  await insertApiToken(a.db, {
    org_id: authority.id,
    name: 'Aanlevering Waterbedrijf Elders',
    role: 'submitter',
    token_hash: hash,
    prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
    created_by: null,
    sender_org_id: entity.id,
  });
  await upsertDeliveryTarget(b.db, entity.id, 'csirt', {
    authority_url: urlA,
    api_token_ciphertext: sealSecret(depsB.config, token, API_TOKEN_PURPOSE),
  });
}, 60_000);

afterAll(async () => {
  await appA?.close();
  await appB?.close();
});

describe('a crisis member on another installation', () => {
  it('receives each new sitrep once as a TLP:AMBER crisis message, and none after it is removed', async () => {
    const declared = await analyst.post('/api/v1/crises', declare());
    expect(declared.statusCode, declared.body).toBe(201);
    const crisis = declared.json();
    // Before it is a member, a sitrep goes nowhere.
    await sitrep(crisis.id, 'Eerste beeld, nog zonder leden.');

    const added = await analyst.post(`/api/v1/crises/${crisis.id}/members`, { orgId: entity.id });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().members).toEqual([{ orgId: entity.id, name: entity.name, remote: true }]);
    // Adding it again changes nothing; an id neither here nor in the register is refused as before.
    expect(
      (await analyst.post(`/api/v1/crises/${crisis.id}/members`, { orgId: entity.id })).json().members,
    ).toHaveLength(1);
    const unknown = await analyst.post(`/api/v1/crises/${crisis.id}/members`, { orgId: randomUUID() });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.orgId', code: 'invalid' })]);

    const two = await sitrep(crisis.id, 'Twee waterbedrijven hebben uitval; noodwater staat klaar.');
    const three = await sitrep(crisis.id, 'Eén waterbedrijf hersteld.');
    expect([two, three]).toEqual([2, 3]);

    // Killed before the commit: A answered the pull with both, B never stored them.
    const lost = await fetchAuthorityMessages(b.db, depsB.config, entity.id, 'csirt');
    expect(lost.ok && lost.messages.map((m) => m.subject).sort()).toEqual([
      `SITREP 2 — ${crisis.reference} Storing drinkwater`,
      `SITREP 3 — ${crisis.reference} Storing drinkwater`,
    ]);
    // Restarted: stored once each; the next pulls bring nothing.
    expect(await pullNow(depsB, entity.id)).toBe(2);
    expect(await pullNow(depsB, entity.id)).toBe(0);
    expect(await pullNow(depsB, entity.id)).toBe(0);
    const items = await received();
    expect(items.map((m) => [m.subject, m.body, m.tlp, m.exercise]).sort()).toEqual([
      [
        `SITREP 2 — ${crisis.reference} Storing drinkwater`,
        'Twee waterbedrijven hebben uitval; noodwater staat klaar.',
        'AMBER',
        false,
      ],
      [`SITREP 3 — ${crisis.reference} Storing drinkwater`, 'Eén waterbedrijf hersteld.', 'AMBER', false],
    ]);
    const [copies] = await rowsOf(b.db, sql`SELECT count(*)::int AS n FROM authority_messages`);
    expect(copies).toEqual({ n: 2 });
    // The entity reads nothing else of the room: the crisis is no organisation's crisis on B.
    expect((await entityOwner.get(`/api/v1/crises/${crisis.id}`)).statusCode).toBe(404);
    // A's log: both messages delivered to that entity, in the room's communications; both chains audited.
    const [delivered] = await rowsOf(
      a.db,
      sql`SELECT count(*)::int AS n FROM crisis_request_recipients r JOIN crisis_requests q
            ON q.org_id = r.org_id AND q.id = r.request_id
          WHERE q.crisis_id = ${crisis.id} AND r.entity_id = ${entity.id} AND r.delivered_at IS NOT NULL`,
    );
    expect(delivered).toEqual({ n: 2 });
    const sentEvents = await rowsOf(
      a.db,
      sql`SELECT action FROM audit_events WHERE org_id = ${authority.id} AND action IN
            ('crisis-request.sent', 'crisis.member-added') AND (details->>'crisisId' = ${crisis.id} OR subject_id = ${crisis.id})`,
    );
    expect(sentEvents.map((e) => e.action).sort()).toEqual([
      'crisis-request.sent',
      'crisis-request.sent',
      'crisis.member-added',
    ]);
    const [receivedEvents] = await rowsOf(
      b.db,
      sql`SELECT count(*)::int AS n FROM audit_events WHERE org_id = ${entity.id} AND action = 'crisis-request.received'`,
    );
    expect(receivedEvents).toEqual({ n: 2 });

    // Removed: audited, and the next sitrep does not travel.
    const removed = await analyst.delete(`/api/v1/crises/${crisis.id}/members/${entity.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().members).toEqual([]);
    await sitrep(crisis.id, 'Alles hersteld.');
    expect(await pullNow(depsB, entity.id)).toBe(0);
    expect(await received()).toHaveLength(2);
    expect((await analyst.delete(`/api/v1/crises/${crisis.id}/members/${entity.id}`)).statusCode).toBe(404);
  });

  it('is named a member when the crisis is declared, and an exercise sitrep says OEFENING', async () => {
    const declared = await analyst.post(
      '/api/v1/crises',
      declare({ title: 'Oefening waterketen', isExercise: true, memberOrgIds: [entity.id] }),
    );
    expect(declared.statusCode, declared.body).toBe(201);
    const crisis = declared.json();
    expect(crisis.members).toEqual([{ orgId: entity.id, name: entity.name, remote: true }]);
    await sitrep(crisis.id, 'Oefenscenario: uitval pompstation.');
    expect(await pullNow(depsB, entity.id)).toBe(1);
    const exercise = (await received()).find((m) => m.exercise);
    expect(exercise).toMatchObject({
      subject: `OEFENING — SITREP 1 — ${crisis.reference} Oefening waterketen`,
      tlp: 'AMBER',
      exercise: true,
    });
  });

  it('is added only by who manages the crisis', async () => {
    const crisis = (await analyst.post('/api/v1/crises', declare({ title: 'Rechten' }))).json();
    // The auditor's platform role may not (route role); an observer of the crisis team may not (policy).
    expect((await auditor.post(`/api/v1/crises/${crisis.id}/members`, { orgId: entity.id })).statusCode).toBe(403);
    const observer = await analyst.post(`/api/v1/crises/${crisis.id}/team`, {
      userId: authority.users.owner!.id,
      role: 'observer',
    });
    expect(observer.statusCode, observer.body).toBe(200);
    expect((await owner.post(`/api/v1/crises/${crisis.id}/members`, { orgId: entity.id })).statusCode).toBe(403);
    expect((await analyst.get(`/api/v1/crises/${crisis.id}`)).json().members).toEqual([]);
    // The coordinator may.
    expect((await analyst.post(`/api/v1/crises/${crisis.id}/members`, { orgId: entity.id })).statusCode).toBe(200);
  });
});
