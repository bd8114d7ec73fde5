import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { earlyWarning, ransomwareIncident } from '../support/incident-fixtures.ts';
import { connectToAuthority, deliverAll, listenOnLoopback } from '../support/registration-fixtures.ts';
import { buildTestApp, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Deadlines per incident (issue 17, item 19), end to end: the entity's clock and the authority's inbox
// reconstruct the same deadlines from the incident's own facts, so neither shows a false "overdue".

const t = useTestDatabase();
let app: FastifyInstance;
let entity: TestOrg;
let authority: TestOrg;
let handler: TestClient;
let analyst: TestClient;

const HOUR = 3_600_000;
type Stage = { stage: string; state: string; deadline: string | null };
const stageOf = (stages: Stage[], stage: string) => stages.find((s) => s.stage === stage)!;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  const url = await listenOnLoopback(app);
  entity = await createTestOrg(t.db, 'Vertrouwensdienst BV', 'entity', ['owner', 'incident-handler']);
  authority = await createTestOrg(t.db, 'Toezicht en CSIRT', 'authority', ['owner', 'analyst']);
  handler = await signedIn(app, entity, 'incident-handler');
  analyst = await signedIn(app, authority, 'analyst');
  const owner = await signedIn(app, entity, 'owner');
  await connectToAuthority(app, await signedIn(app, authority, 'owner'), owner, url);
  const settings = await owner.patch('/api/v1/incident-settings', {
    trustServiceProvider: true,
    significanceEntityType: 'trust_service_provider',
  });
  expect(settings.statusCode, settings.body).toBe(200);
});

afterAll(async () => {
  await app?.close();
});

/** An incident the TSP became aware of 30 h ago — past 24 h, well within 72 h — decided significant. */
async function incidentAware30hAgo(affectsTrustService: boolean): Promise<string> {
  const awareAt = new Date(Date.now() - 30 * HOUR).toISOString();
  const created = await handler.post(
    '/api/v1/incidents',
    ransomwareIncident({
      title: affectsTrustService ? 'Ondertekendienst onbereikbaar' : 'Phishing op de boekhouding',
      detectedAt: new Date(Date.now() - 31 * HOUR).toISOString(),
      impact: { completeUnavailabilityMinutes: 45 },
    }),
  );
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const decided = await handler.post(`/api/v1/incidents/${id}/significance-decisions`, {
    outcome: 'significant',
    awareAt,
    affectsTrustService,
  });
  expect(decided.statusCode, decided.body).toBe(201);
  return id;
}

describe('Cbw art. 27(2): the 24 h notification of a trust service provider is set per incident', () => {
  let notAffecting: string;
  let affecting: string;

  it("counts 72 h for an incident that does not affect the trust service, 24 h for one that does, on the entity's clock", async () => {
    notAffecting = await incidentAware30hAgo(false);
    affecting = await incidentAware30hAgo(true);
    const clockOf = async (id: string) => (await handler.get(`/api/v1/incidents/${id}/deadlines`)).json().stages;
    expect(stageOf(await clockOf(notAffecting), 'notification')).toMatchObject({
      state: 'pending',
      source: 'NIS2 Art. 23(4)(b); Cbw art. 27(1)',
    });
    expect(stageOf(await clockOf(affecting), 'notification')).toMatchObject({
      state: 'overdue',
      source: 'NIS2 Art. 23(4), second subparagraph; Cbw art. 27(2)',
    });
  });

  it('the inbox shows no false "overdue": only the incident that affects the trust service missed its notification', async () => {
    for (const id of [notAffecting, affecting]) {
      const res = await handler.post(`/api/v1/incidents/${id}/reports`, earlyWarning());
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().payload.incident).toHaveProperty('affectsTrustService', id === affecting);
    }
    await deliverAll(t.db);
    const items = (await analyst.get('/api/v1/inbox/reports?stage=early_warning')).json().items as {
      id: string;
      incident: { id: string };
      missedDeadlines: string[];
    }[];
    const of = (id: string) => items.find((r) => r.incident.id === id)!;
    // Both early warnings came 30 h after awareness: late. Only the 24 h notification is late as well.
    expect(of(notAffecting).missedDeadlines).toEqual(['early_warning']);
    expect(of(affecting).missedDeadlines).toEqual(['early_warning', 'notification']);
    const detail = (await analyst.get(`/api/v1/inbox/reports/${of(notAffecting).id}`)).json();
    expect(stageOf(detail.deadlines, 'notification')).toMatchObject({ state: 'pending' });
  });
});

describe('Cbw art. 28: an intermediate report requested without a time is still tracked', () => {
  it('the authority may ask without a time; both clocks show the report as owed, without a deadline', async () => {
    const incidentId = await incidentAware30hAgo(false);
    await handler.post(`/api/v1/incidents/${incidentId}/reports`, earlyWarning());
    await deliverAll(t.db);
    const ew = (await analyst.get('/api/v1/inbox/reports?stage=early_warning'))
      .json()
      .items.find((r: { incident: { id: string } }) => r.incident.id === incidentId);
    const request = await analyst.post(`/api/v1/inbox/reports/${ew.id}/intermediate-report-requests`, {
      message: 'Graag een stand van zaken over het herstel.',
    });
    expect(request.statusCode, request.body).toBe(201);
    expect(request.json()).toMatchObject({ dueAt: null });
    const detail = (await analyst.get(`/api/v1/inbox/reports/${ew.id}`)).json();
    expect(stageOf(detail.deadlines, 'intermediate_report')).toMatchObject({ state: 'pending', deadline: null });
    expect(detail.intermediateReportRequests).toMatchObject([{ dueAt: null }]);

    expect((await handler.post(`/api/v1/incidents/${incidentId}/feedback-checks`)).json().newItems).toBe(1);
    const stages = (await handler.get(`/api/v1/incidents/${incidentId}/deadlines`)).json().stages;
    expect(stageOf(stages, 'intermediate_report')).toMatchObject({ state: 'pending', deadline: null });
  });
});
