import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { CONTACT, earlyWarning, significantIncident } from '../support/incident-fixtures.ts';
import { connectToAuthority, deliverAll, listenOnLoopback } from '../support/registration-fixtures.ts';
import { buildTestApp, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Issue 17, items 20 and 21: the entity asks for guidance or support with a report (NIS2 Art. 23(5);
// Cbw art. 36), the authority's inbox shows it first; and a voluntary notification gets the authority's
// feedback procedure (Cbw art. 33(2) with art. 36), which reaches the entity as on a mandatory report.

const t = useTestDatabase();
let app: FastifyInstance;
let entity: TestOrg;
let authority: TestOrg;
let handler: TestClient;
let analyst: TestClient;
let voluntaryIncident: string;
let voluntaryId: string;

const ask = { guidance: true, technicalSupport: true, note: 'Hulp bij het opschonen van de getroffen werkplekken.' };

beforeAll(async () => {
  app = await buildTestApp(t.db);
  const url = await listenOnLoopback(app);
  entity = await createTestOrg(t.db, 'Hulpvragend Ziekenhuis', 'entity', ['owner', 'incident-handler']);
  authority = await createTestOrg(t.db, 'Hulpgevende Autoriteit', 'authority', ['owner', 'analyst']);
  handler = await signedIn(app, entity, 'incident-handler');
  analyst = await signedIn(app, authority, 'analyst');
  await connectToAuthority(app, await signedIn(app, authority, 'owner'), await signedIn(app, entity, 'owner'), url);
  const created = await handler.post('/api/v1/incidents', {
    title: 'Verdachte inlogpogingen',
    category: 'other',
    detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
  });
  expect(created.statusCode, created.body).toBe(201);
  voluntaryIncident = created.json().id;
});

afterAll(async () => {
  await app?.close();
});

describe('support request and feedback on voluntary notifications (Cbw arts. 33(2) and 36)', () => {
  it('refuses a request that asks for nothing, naming the field (Cbw art. 36)', async () => {
    const incident = await significantIncident(handler);
    const res = await handler.post(
      `/api/v1/incidents/${incident}/reports`,
      earlyWarning({ supportRequest: { guidance: false, technicalSupport: false, note: 'x' } }),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.content.supportRequest']);
  });

  it('shows the request in the inbox list, filter and detail (NIS2 Art. 23(5); Cbw art. 36)', async () => {
    const incident = await significantIncident(handler);
    const asked = await handler.post(`/api/v1/incidents/${incident}/reports`, earlyWarning({ supportRequest: ask }));
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json().payload).toMatchObject({ schemaVersion: '2', content: { supportRequest: ask } });
    const other = await significantIncident(handler);
    expect((await handler.post(`/api/v1/incidents/${other}/reports`, earlyWarning())).statusCode).toBe(201);
    await deliverAll(t.db);

    const list = (await analyst.get('/api/v1/inbox/reports')).json();
    const flags = Object.fromEntries(
      list.items.map((r: { id: string; supportRequested: boolean }) => [r.id, r.supportRequested]),
    );
    expect(flags[asked.json().id]).toBe(true);
    expect(Object.values(flags).filter(Boolean)).toHaveLength(1);
    const filtered = (await analyst.get('/api/v1/inbox/reports?supportRequested=true')).json();
    expect(filtered.items.map((r: { id: string }) => r.id)).toEqual([asked.json().id]);
    const detail = (await analyst.get(`/api/v1/inbox/reports/${asked.json().id}`)).json();
    expect(detail.supportRequest).toEqual(ask);
    const plain = list.items.find((r: { id: string }) => r.id !== asked.json().id);
    expect((await analyst.get(`/api/v1/inbox/reports/${plain.id}`)).json().supportRequest).toBeNull();
  });

  it('lets the authority answer a voluntary notification, and the answer reaches the entity (Cbw art. 33(2))', async () => {
    const sent = await handler.post(`/api/v1/incidents/${voluntaryIncident}/reports`, {
      stage: 'voluntary_notification',
      content: {
        subject: 'cyber_threat',
        description: 'Duizenden inlogpogingen vanaf één netwerk op het webmailportaal.',
        suspectedUnlawfulOrMalicious: 'yes',
        crossBorderImpactPossible: 'unknown',
        indicatorsOfCompromise: [{ type: 'ipv4', value: '198.51.100.23' }],
        contact: CONTACT,
        supportRequest: { guidance: true, technicalSupport: false, note: null },
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    voluntaryId = sent.json().id;
    await deliverAll(t.db);

    const inbox = (await analyst.get(`/api/v1/inbox/reports/${voluntaryId}`)).json();
    expect(inbox).toMatchObject({ voluntary: true, supportRequested: true, supportRequest: { guidance: true } });
    const answer = 'Blokkeer het netwerk aan de rand en dwing MFA af op het portaal; wij delen de IP-adressen.';
    const ack = await analyst.post(`/api/v1/inbox/reports/${voluntaryId}/acknowledgements`, { message: answer });
    expect(ack.statusCode, ack.body).toBe(201);

    const check = await handler.post(`/api/v1/incidents/${voluntaryIncident}/feedback-checks`);
    expect(check.statusCode, check.body).toBe(201);
    expect(check.json().newItems).toBe(1);
    const reports = (await handler.get(`/api/v1/incidents/${voluntaryIncident}/reports`)).json().items;
    const report = reports.find((r: { id: string }) => r.id === voluntaryId);
    expect(report.feedback).toEqual([
      expect.objectContaining({ kind: 'acknowledgement', message: answer, dueAt: null }),
    ]);
    // A voluntary notification still starts no clock (NIS2 Art. 30(2)); feedback does not change that.
    expect((await handler.get(`/api/v1/incidents/${voluntaryIncident}/deadlines`)).json().stages).toEqual([]);
  });
});
