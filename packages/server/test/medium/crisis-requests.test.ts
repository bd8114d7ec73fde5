import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertApiToken } from '../../src/repositories/api-token.repository.ts';
import { upsertDeliveryTarget } from '../../src/repositories/delivery-target.repository.ts';
import { sealSecret } from '../../src/adapters/secret-box.ts';
import { API_TOKEN_PREFIX } from '../../src/services/accounts/api-token-queries.ts';
import { newSecret } from '../../src/services/accounts/secrets.ts';
import { API_TOKEN_PURPOSE } from '../../src/services/delivery/delivery-secrets.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { deliverAll, listenOnLoopback } from '../support/registration-fixtures.ts';
import { buildTestApp, testDeps, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Requests for information and crisis messages (issue 16 items 3-4): the tenancy and role matrix over the API,
// and the uitvraag end to end on one installation (the entity pulls over HTTP from its own installation).

const t = useTestDatabase();
let app: FastifyInstance;
let url: string;
let authority: TestOrg;
let water: TestOrg;
let hospital: TestOrg;
const as = {} as Record<'analyst' | 'authorityAuditor' | 'water' | 'waterAuditor' | 'hospital', TestClient>;

async function register(org: TestOrg, sectors: string[], province: string): Promise<void> {
  await sql`INSERT INTO registry_entities (org_id, entity_id, name, kvk_number, sectors, entity_types,
      classification_eu, classification_nl, province, latest_submission_id, latest_submitted_at,
      latest_received_at, latest_reference, first_received_at)
    VALUES (${authority.id}, ${org.id}, ${org.name}, NULL, ${sectors}, ${[]}, 'essential', NULL, ${province},
      ${randomUUID()}, now(), now(), ${`REG-2026-${org.name}`}, now())`.execute(t.db);
  const { token, hash } = newSecret(API_TOKEN_PREFIX);
  await insertApiToken(t.db, {
    org_id: authority.id,
    name: `Aanlevering ${org.name}`,
    role: 'submitter',
    token_hash: hash,
    prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
    created_by: null,
    sender_org_id: org.id,
  });
  const deps = testDeps(t.db);
  await upsertDeliveryTarget(t.db, org.id, 'csirt', {
    authority_url: url,
    api_token_ciphertext: sealSecret(deps.config, token, API_TOKEN_PURPOSE),
  });
}

beforeAll(async () => {
  app = await buildTestApp(t.db);
  url = await listenOnLoopback(app);
  authority = await createTestOrg(t.db, 'Crisis Autoriteit', 'authority', ['owner', 'analyst', 'auditor']);
  water = await createTestOrg(t.db, 'Water BV', 'entity', ['owner', 'incident-handler', 'auditor']);
  hospital = await createTestOrg(t.db, 'Ziekenhuis BV', 'entity', ['owner']);
  await register(water, ['Drinking water'], 'utrecht');
  await register(hospital, ['Health'], 'utrecht');
  as.analyst = await signedIn(app, authority, 'analyst');
  as.authorityAuditor = await signedIn(app, authority, 'auditor');
  as.water = await signedIn(app, water, 'incident-handler');
  as.waterAuditor = await signedIn(app, water, 'auditor');
  as.hospital = await signedIn(app, hospital, 'owner');
});

afterAll(async () => {
  await app?.close();
});

const uitvraag = (entityIds: string[]) => ({
  kind: 'information-request',
  subject: 'Kwetsbaarheid in beheersoftware',
  body: 'Bent u geraakt?',
  tlp: 'AMBER',
  dueAt: new Date(Date.now() + 3_600_000).toISOString(),
  entityIds,
});

describe('requests for information: roles, tenancy, the loop on one installation', () => {
  it('suggests the drinking-water sector; only the coordinator role sends; the entity answers; the picture updates', async () => {
    const suggested = await as.analyst.get('/api/v1/crisis-requests/affected-entities?sectors=Drinking%20water');
    expect(suggested.statusCode, suggested.body).toBe(200);
    expect(suggested.json().items.map((e: { name: string }) => e.name)).toEqual(['Water BV']);

    expect((await as.authorityAuditor.post('/api/v1/crisis-requests', uitvraag([water.id]))).statusCode).toBe(403);
    expect((await as.water.post('/api/v1/crisis-requests', uitvraag([water.id]))).statusCode).toBe(403);
    const stranger = await as.analyst.post('/api/v1/crisis-requests', uitvraag([randomUUID()]));
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().invalidParams[0].name).toBe('body.entityIds');
    const red = await as.analyst.post('/api/v1/crisis-requests', { ...uitvraag([water.id]), tlp: 'RED' });
    expect(red.statusCode).toBe(400);

    const id = randomUUID();
    const body = { ...uitvraag([water.id]), id };
    const sent = await as.analyst.post('/api/v1/crisis-requests', body);
    expect(sent.statusCode, sent.body).toBe(201);
    // The same id and content again: the same request, no second one.
    const again = await as.analyst.post('/api/v1/crisis-requests', body);
    expect(again.statusCode).toBe(201);
    expect(again.json().recipients).toHaveLength(1);
    const other = await as.analyst.post('/api/v1/crisis-requests', { ...body, subject: 'Anders' });
    expect(other.statusCode).toBe(409);

    // The entity pulls (its own installation, over HTTP); the hospital got nothing.
    expect((await as.water.post('/api/v1/received-crisis-requests/pulls', {})).json()).toEqual({ received: 1 });
    expect((await as.hospital.get('/api/v1/received-crisis-requests')).json().items).toEqual([]);
    const [message] = (await as.water.get('/api/v1/received-crisis-requests')).json().items;
    expect(message).toMatchObject({ requestId: id, kind: 'information-request', tlp: 'AMBER', answeredAt: null });
    // Another organisation does not find it, even with its id.
    expect((await as.hospital.get(`/api/v1/received-crisis-requests/${message.id}`)).statusCode).toBe(404);
    expect((await as.hospital.get(`/api/v1/crisis-requests/${id}`)).statusCode).toBe(403);

    await as.waterAuditor.post(`/api/v1/received-crisis-requests/${message.id}/read`, {});
    const answerBody = {
      affected: 'yes',
      since: '2026-12-07T08:00:00+01:00',
      impact: 'Telemetrie uit',
      answerId: randomUUID(),
    };
    expect(
      (await as.waterAuditor.post(`/api/v1/received-crisis-requests/${message.id}/answers`, answerBody)).statusCode,
    ).toBe(403);
    const answered = await as.water.post(`/api/v1/received-crisis-requests/${message.id}/answers`, answerBody);
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json()).toMatchObject({ answerDelivery: 'pending', readAt: expect.any(String) });

    // Before delivery: the authority sees the message delivered (the pull confirmed it next time) and no answer.
    await as.water.post('/api/v1/received-crisis-requests/pulls', {});
    expect((await as.analyst.get(`/api/v1/crisis-requests/${id}`)).json().recipients[0]).toMatchObject({
      deliveredAt: expect.any(String),
      readAt: expect.any(String),
      answer: null,
    });
    await deliverAll(t.db);
    const picture = (await as.analyst.get(`/api/v1/crisis-requests/${id}`)).json();
    expect(picture.counts).toMatchObject({ recipients: 1, delivered: 1, read: 1, answered: 1, affected: 1 });
    expect(picture.recipients[0].answer).toMatchObject({ affected: 'yes', impact: 'Telemetrie uit' });
    expect((await as.water.get(`/api/v1/received-crisis-requests/${message.id}`)).json().answerDelivery).toBe(
      'delivered',
    );
    // Both chains: the authority sent and received the answer; the entity received, read and answered.
    const actions = async (orgId: string) =>
      (
        await sql<{
          action: string;
        }>`SELECT action FROM audit_events WHERE org_id = ${orgId} AND action LIKE 'crisis-request.%'
          OR (org_id = ${orgId} AND action = 'submission.received') ORDER BY seq`.execute(t.db)
      ).rows.map((r) => r.action);
    expect(await actions(authority.id)).toEqual(['crisis-request.sent', 'submission.received']);
    expect(await actions(water.id)).toEqual([
      'crisis-request.received',
      'crisis-request.read',
      'crisis-request.answered',
    ]);
  });

  it('within a crisis only its coordinators send, and an exercise crisis marks the request as an exercise', async () => {
    const declared = await as.analyst.post('/api/v1/crises', {
      title: 'Oefening drinkwater',
      level: 'crisis-national',
      reason: 'Start van de oefening',
      isExercise: true,
    });
    expect(declared.statusCode, declared.body).toBe(201);
    const crisisId = declared.json().id as string;
    const owner = await signedIn(app, authority, 'owner');
    // The owner may send outside a crisis, but is not in this crisis's team.
    expect((await owner.post('/api/v1/crisis-requests', { ...uitvraag([water.id]), crisisId })).statusCode).toBe(403);
    const sent = await as.analyst.post('/api/v1/crisis-requests', { ...uitvraag([water.id]), crisisId });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ crisisId, exercise: true });
    const list = (await as.analyst.get(`/api/v1/crisis-requests?crisisId=${crisisId}`)).json().items;
    expect(list.map((r: { id: string }) => r.id)).toEqual([sent.json().id]);
  });

  it('a crisis message asks for no answer; a message without an answer is never overdue', async () => {
    const sent = await as.analyst.post('/api/v1/crisis-requests', {
      kind: 'crisis-message',
      subject: 'Advies: verbreek de verbinding met de leverancier',
      body: 'Verbreek de verbinding.',
      tlp: 'GREEN',
      entityIds: [hospital.id],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    await as.hospital.post('/api/v1/received-crisis-requests/pulls', {});
    const [message] = (await as.hospital.get('/api/v1/received-crisis-requests')).json().items;
    expect(message).toMatchObject({ kind: 'crisis-message', overdue: false });
    const answered = await as.hospital.post(`/api/v1/received-crisis-requests/${message.id}/answers`, {
      affected: 'no',
    });
    expect(answered.statusCode).toBe(409);
  });
});
