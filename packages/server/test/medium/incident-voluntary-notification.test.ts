import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMINDER_JOB_KIND } from '../../src/services/incidents/send-deadline-reminder.ts';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { CONTACT, significantIncident } from '../support/incident-fixtures.ts';
import { connectToAuthority, deliverAll, listenOnLoopback } from '../support/registration-fixtures.ts';
import { buildTestApp, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// A voluntary notification (NIS2 Art. 30; Cbw art. 33) travels the same road as the mandatory reports
// (immutable row, audit, outbox, receipt, inbox), but starts no clock and owes no deadline (Art. 30(2)).

const t = useTestDatabase();
let app: FastifyInstance;
let entity: TestOrg;
let authority: TestOrg;
let handler: TestClient;
let analyst: TestClient;
let incidentId: string;
let reportId: string;

const voluntary = (overrides: Record<string, unknown> = {}) => ({
  stage: 'voluntary_notification',
  content: {
    subject: 'near_miss',
    description: 'Phishingmail met een link naar een nagemaakte inlogpagina; niemand heeft geklikt.',
    suspectedUnlawfulOrMalicious: 'yes',
    crossBorderImpactPossible: 'unknown',
    indicatorsOfCompromise: [{ type: 'domain', value: 'login-ziekenhuis.example' }],
    contact: CONTACT,
    ...overrides,
  },
});

const reminderJobs = async () =>
  Number(
    (
      await sql<{
        n: string;
      }>`SELECT count(*) AS n FROM jobs WHERE org_id = ${entity.id} AND kind = ${REMINDER_JOB_KIND}`.execute(t.db)
    ).rows[0]!.n,
  );

beforeAll(async () => {
  app = await buildTestApp(t.db);
  const url = await listenOnLoopback(app);
  entity = await createTestOrg(t.db, 'Vrijwillig Ziekenhuis', 'entity', ['owner', 'incident-handler']);
  authority = await createTestOrg(t.db, 'Vrijwillig Autoriteit', 'authority', ['owner', 'analyst']);
  handler = await signedIn(app, entity, 'incident-handler');
  analyst = await signedIn(app, authority, 'analyst');
  await connectToAuthority(app, await signedIn(app, authority, 'owner'), await signedIn(app, entity, 'owner'), url);
  const created = await handler.post('/api/v1/incidents', {
    title: 'Phishingpoging op de afdeling',
    description: 'Gerichte phishingmail ontvangen door tien medewerkers.',
    category: 'phishing',
    detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
    impact: { suspectedMalicious: true, crossBorder: false },
  });
  expect(created.statusCode, created.body).toBe(201);
  incidentId = created.json().id;
  const decided = await handler.post(`/api/v1/incidents/${incidentId}/significance-decisions`, {
    outcome: 'not_significant',
    reason: 'Niemand heeft geklikt; geen verstoring van de dienst.',
  });
  expect(decided.statusCode, decided.body).toBe(201);
});

afterAll(async () => {
  await app?.close();
});

describe('voluntary notification (NIS2 Art. 30; Cbw art. 33)', () => {
  it('refuses malformed content with problem+json naming the field, and stores and queues nothing', async () => {
    const before = [
      await countRows(t.db, 'incident_reports', entity.id),
      await countRows(t.db, 'submissions_outbox', entity.id),
    ];
    const cases: [unknown, string][] = [
      [voluntary({ subject: 'rumour' }), 'body.content.subject'],
      [voluntary({ description: '' }), 'body.content.description'],
      [
        voluntary({ indicatorsOfCompromise: [{ type: 'ipv4', value: '999.1.1.1' }] }),
        'body.content.indicatorsOfCompromise.0.value',
      ],
      [voluntary({ contact: { ...CONTACT, email: 'geen-adres' } }), 'body.content.contact.email'],
    ];
    for (const [body, field] of cases) {
      const res = await handler.post(`/api/v1/incidents/${incidentId}/reports`, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toContain(field);
    }
    expect([
      await countRows(t.db, 'incident_reports', entity.id),
      await countRows(t.db, 'submissions_outbox', entity.id),
    ]).toEqual(before);
  });

  it('is pre-filled from the register', async () => {
    await handler.post(`/api/v1/incidents/${incidentId}/observables`, { type: 'ipv4', value: '203.0.113.9' });
    const draft = await handler.get(`/api/v1/incidents/${incidentId}/report-drafts/voluntary_notification`);
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({
      stage: 'voluntary_notification',
      previous: null,
      content: {
        subject: 'incident',
        suspectedUnlawfulOrMalicious: 'yes',
        crossBorderImpactPossible: 'no',
        indicatorsOfCompromise: [{ type: 'ipv4', value: '203.0.113.9' }],
      },
    });
    expect(draft.json().content.description).toContain('Gerichte phishingmail');
  });

  it('is sent for a not-significant incident, delivered once with a receipt, and plans no reminder', async () => {
    const res = await handler.post(`/api/v1/incidents/${incidentId}/reports`, voluntary());
    expect(res.statusCode, res.body).toBe(201);
    reportId = res.json().id;
    expect(res.json()).toMatchObject({ stage: 'voluntary_notification', labelNl: 'vrijwillige melding', version: 1 });
    expect(res.json().payload.incident).toMatchObject({
      awareAt: null,
      significance: { outcome: 'not_significant' },
    });
    await deliverAll(t.db);
    await deliverAll(t.db);
    const reports = (await handler.get(`/api/v1/incidents/${incidentId}/reports`)).json().items;
    expect(reports).toHaveLength(1);
    expect(reports[0].delivery).toMatchObject({
      status: 'delivered',
      receipt: { verified: true, authorityReference: expect.stringMatching(/^MLD-\d{4}-\d{6}$/) },
    });
    expect(await countRows(t.db, 'received_submissions', authority.id)).toBe(1);

    // NIS2 Art. 30(2): no obligation, so no clock, nothing owed, no reminder.
    expect(await reminderJobs()).toBe(0);
    expect((await handler.get(`/api/v1/incidents/${incidentId}/deadlines`)).json()).toMatchObject({
      awareAt: null,
      stages: [],
    });
    const dashboard = (await handler.get('/api/v1/incident-deadlines')).json();
    expect(dashboard.items.filter((i: { incidentId: string }) => i.incidentId === incidentId)).toEqual([]);
    const pdf = await handler.get(`/api/v1/incidents/${incidentId}/reports/${reportId}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
  });

  it('shows in the authority inbox as voluntary, filterable, with no deadline and no missed flag', async () => {
    const list = (await analyst.get('/api/v1/inbox/reports')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      id: reportId,
      stage: 'voluntary_notification',
      labelNl: 'vrijwillige melding',
      voluntary: true,
      awareAt: null,
      initialFeedback: null,
      missedDeadlines: [],
    });
    expect((await analyst.get('/api/v1/inbox/reports?voluntary=true')).json().total).toBe(1);
    expect((await analyst.get('/api/v1/inbox/reports?voluntary=false')).json().total).toBe(0);
    expect((await analyst.get('/api/v1/inbox/reports?stage=voluntary_notification')).json().total).toBe(1);
    expect((await analyst.get('/api/v1/inbox/reports?unacknowledged=true')).json().total).toBe(0);
    const detail = (await analyst.get(`/api/v1/inbox/reports/${reportId}`)).json();
    expect(detail).toMatchObject({ voluntary: true, deadlines: [], missedDeadlines: [] });
    expect(detail.payload).toMatchObject({ stage: 'voluntary_notification', content: { subject: 'near_miss' } });
  });

  it('may be acknowledged, but no intermediate report can be demanded of it (NIS2 Art. 30(2))', async () => {
    const dueAt = new Date(Date.now() + 48 * 3_600_000).toISOString();
    const request = await analyst.post(`/api/v1/inbox/reports/${reportId}/intermediate-report-requests`, {
      dueAt,
      message: 'Graag een stand van zaken.',
    });
    expect(request.statusCode, request.body).toBe(409);
    expect(request.json().invalidParams[0]).toMatchObject({ name: 'path.id' });
    const ack = await analyst.post(`/api/v1/inbox/reports/${reportId}/acknowledgements`, {
      message: 'Dank voor de melding; wij delen de indicatoren met de sector.',
    });
    expect(ack.statusCode, ack.body).toBe(201);
    const detail = (await analyst.get(`/api/v1/inbox/reports/${reportId}`)).json();
    expect(detail).toMatchObject({ intermediateReportRequests: [], initialFeedback: null, deadlines: [] });
    expect(detail.acknowledgements).toHaveLength(1);
  });

  it('can be sent before any decision, but not once the incident is decided significant (mandatory stages apply)', async () => {
    const undecided = (
      await handler.post('/api/v1/incidents', {
        title: 'Verdachte scan',
        category: 'other',
        detectedAt: new Date().toISOString(),
      })
    ).json().id;
    const sent = await handler.post(
      `/api/v1/incidents/${undecided}/reports`,
      voluntary({ subject: 'cyber_threat', indicatorsOfCompromise: [] }),
    );
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().payload.incident.significance.outcome).toBe('undecided');

    const significant = await significantIncident(handler);
    const refused = await handler.post(`/api/v1/incidents/${significant}/reports`, voluntary());
    expect(refused.statusCode).toBe(409);
    expect(refused.json().invalidParams[0]).toMatchObject({
      name: 'body.stage',
      reason: expect.stringContaining('Art. 23(4)'),
    });
  });
});
