import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { payloadDigestOf } from '../../src/services/delivery/enqueue-submission.ts';
import { createTestOrg, signedIn } from '../support/fixtures.ts';
import { significantIncident } from '../support/incident-fixtures.ts';
import { earlyWarning } from '../support/intake-fixtures.ts';
import { validRegistration } from '../support/registration-fixtures.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const HOUR = 3_600_000;

describe('the overview of an entity', () => {
  it('shows the owed reports, open incidents, my tasks, the registration and the state of scope and assets', async () => {
    const app = await buildTestApp(t.db);
    const org = await createTestOrg(t.db, 'Overzicht Ziekenhuis', 'entity', ['owner', 'incident-handler']);
    const other = await createTestOrg(t.db, 'Ander Overzicht', 'entity', ['owner']);
    const handler = await signedIn(app, org, 'incident-handler');
    const empty = (await handler.get('/api/v1/overview')).json();
    expect(empty).toMatchObject({
      kind: 'entity',
      deadlines: [],
      openIncidents: { total: 0, items: [] },
      myTasks: { total: 0, items: [] },
      registration: { currentVersion: null, submittedVersion: null, changeDeadlines: [], latestSubmissionStatus: null },
      scope: null,
      assets: { services: 0, assets: 0, crownJewels: 0 },
      risks: { total: 0, untreated: 0, reviewsDue: 0, worst: null },
    });

    const incidentId = await significantIncident(handler);
    const task = (title: string, assignee: string | null) =>
      handler.post(`/api/v1/incidents/${incidentId}/tasks`, { title, kind: 'response', assignee });
    // Matched by e-mail address or name, without case or spaces around; someone else's task is not mine.
    expect(
      (await task('Back-ups controleren', ` ${org.users['incident-handler']!.email.toUpperCase()} `)).statusCode,
    ).toBe(201);
    expect((await task('Pers te woord staan', 'incident-handler Overzicht Ziekenhuis')).statusCode).toBe(201);
    expect((await task('Leverancier bellen', 'Iemand anders')).statusCode).toBe(201);
    await (
      await signedIn(app, other, 'owner')
    ).post('/api/v1/assets', { name: 'EPD', kind: 'service', crownJewel: true });
    await handler.post('/api/v1/assets', { name: 'EPD', kind: 'service', crownJewel: true });
    await handler.post('/api/v1/assets', { name: 'Dossierserver', kind: 'asset', crownJewel: false });

    const overview = (await handler.get('/api/v1/overview')).json();
    expect(overview.deadlines.map((d: { stage: string; incidentId: string }) => [d.stage, d.incidentId])).toEqual([
      ['early_warning', incidentId],
      ['notification', incidentId],
    ]);
    expect(overview.openIncidents).toMatchObject({ total: 1, items: [{ id: incidentId }] });
    expect(overview.myTasks.total).toBe(2);
    expect(overview.myTasks.items.map((x: { title: string }) => x.title).sort()).toEqual([
      'Back-ups controleren',
      'Pers te woord staan',
    ]);
    expect(overview.myTasks.items[0].incident).toMatchObject({ id: incidentId, reference: expect.any(String) });
    expect(overview.assets).toEqual({ services: 1, assets: 1, crownJewels: 1 });
  });

  it('sums up the risk register: how many, the worst band now, without treatment, due for review', async () => {
    const app = await buildTestApp(t.db);
    const org = await createTestOrg(t.db, 'Risico Overzicht', 'entity', ['risk-manager']);
    const manager = await signedIn(app, org, 'risk-manager');
    const scenario = (
      await manager.post('/api/v1/risk-scenarios', { title: 'Stroom weg', threatId: 'power-outage' })
    ).json();
    const risk = (title: string, likelihood: number, impact: number, extra: object = {}) =>
      manager.post('/api/v1/risks', {
        scenarioId: scenario.id,
        title,
        inherent: { likelihood, impacts: { continuity: impact } },
        ...extra,
      });
    expect((await risk('Hoog', 5, 5)).statusCode).toBe(201);
    expect((await risk('Ook hoog', 4, 5)).statusCode).toBe(201);
    // Inherently very high, but the residual after the measures is low: counted in its residual band.
    const treated = await risk('Behandeld', 5, 5, {
      residual: { likelihood: 1, impacts: { continuity: 2 } },
      treatment: { strategy: 'mitigate', owner: 'CISO', dueOn: '2027-06-01', justification: 'Noodstroom' },
    });
    expect(treated.statusCode, treated.body).toBe(201);

    const { risks } = (await manager.get('/api/v1/overview')).json();
    expect(risks).toEqual({
      total: 3,
      untreated: 2,
      reviewsDue: 0,
      worst: { label: 'Zeer hoog', colour: expect.any(String), count: 2 },
    });
  });

  it('is for members only', async () => {
    const app = await buildTestApp(t.db);
    expect((await new TestClient(app).get('/api/v1/overview')).statusCode).toBe(401);
  });
});

describe('the overview of the authority', () => {
  it('shows early warnings awaiting feedback, chains with a missed deadline and new registrations', async () => {
    const app = await buildTestApp(t.db);
    const authority = await createTestOrg(t.db, 'Overzicht Autoriteit', 'authority', ['owner', 'analyst']);
    const owner = await signedIn(app, authority, 'owner');
    const sender = { orgId: randomUUID(), name: 'Z', kvkNumber: '90000099' };
    const token = await owner.post('/api/v1/api-tokens', {
      name: 'Aanlevering',
      role: 'submitter',
      senderOrgId: sender.orgId,
    });
    expect(token.statusCode, token.body).toBe(201);
    const machine = new TestClient(app, token.json().token);
    const deliver = async (kind: string, payload: Record<string, unknown>) => {
      const res = await machine.post('/api/v1/submissions', {
        id: randomUUID(),
        kind,
        submittedAt: new Date().toISOString(),
        sender,
        payload,
        payloadDigest: payloadDigestOf(payload),
        auditHash: kind === 'registration' ? null : 'a'.repeat(64),
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    const onTime = earlyWarning();
    const late = earlyWarning();
    // Aware two days before it was sent: the 24 h early warning (NIS2 Art. 23(4)(a)) was missed.
    late.incident.awareAt = new Date(Date.now() - 48 * HOUR).toISOString();
    late.incident.title = 'Te laat gemeld';
    await deliver('incident-report', onTime);
    await deliver('incident-report', late);
    await deliver('registration', { ...validRegistration() });

    const analyst = await signedIn(app, authority, 'analyst');
    const overview = (await analyst.get('/api/v1/overview')).json();
    expect(overview.kind).toBe('authority');
    expect(overview.awaitingAcknowledgement.total).toBe(2);
    expect(overview.awaitingAcknowledgement.items[0].initialFeedback).toMatchObject({
      stage: 'initial_feedback',
      state: 'pending',
    });
    expect(overview.missedDeadlines).toMatchObject({
      total: 1,
      items: [{ incident: { title: 'Te laat gemeld' }, missedDeadlines: ['early_warning'] }],
    });
    expect(overview.newRegistrations).toMatchObject({ total: 1, items: [{ id: sender.orgId }] });
  });
  it("shows my tasks: a crisis's actions and a lesson's improvement action, each linked to its crisis room", async () => {
    const app = await buildTestApp(t.db);
    const authority = await createTestOrg(t.db, 'Taken Autoriteit', 'authority', ['analyst', 'auditor']);
    const analyst = await signedIn(app, authority, 'analyst');
    const auditor = await signedIn(app, authority, 'auditor');
    expect((await analyst.get('/api/v1/overview')).json().myTasks).toEqual({ total: 0, items: [] });

    const declared = await analyst.post('/api/v1/crises', {
      title: 'Storing betalingsverkeer',
      level: 'heightened',
      reason: 'Meldingen van drie banken.',
    });
    expect(declared.statusCode, declared.body).toBe(201);
    const crisis = declared.json();
    const me = authority.users.analyst!.email;
    const action = (title: string, owner: string, hours: number) =>
      analyst.post(`/api/v1/crises/${crisis.id}/actions`, {
        title,
        owner,
        dueAt: new Date(Date.now() + hours * HOUR).toISOString(),
      });
    expect((await action('Banken bellen', me, 2)).statusCode).toBe(201);
    expect((await action('Persbericht', 'Iemand anders', 1)).statusCode).toBe(201);
    const done = (await action('Sitrep voorbereiden', me, 3)).json();
    expect((await analyst.patch(`/api/v1/crises/${crisis.id}/actions/${done.id}`, { done: true })).statusCode).toBe(
      200,
    );
    // Closing: a lesson with an owner becomes an improvement action of the same mechanism.
    const closed = await analyst.post(`/api/v1/crises/${crisis.id}/closure`, {
      reason: 'Betalingen lopen weer.',
      evaluation: 'Snel opgeschaald.',
      lessons: [{ lesson: 'Contactlijst banken bijhouden', owner: `analyst ${authority.name}` }],
    });
    expect(closed.statusCode, closed.body).toBe(200);

    const overview = (await analyst.get('/api/v1/overview')).json();
    expect(overview.kind).toBe('authority');
    const source = { id: crisis.id, reference: crisis.reference, title: 'Storing betalingsverkeer' };
    expect(overview.myTasks).toEqual({
      total: 2,
      items: [
        { id: expect.any(String), title: 'Banken bellen', dueAt: expect.any(String), crisis: source },
        { id: expect.any(String), title: 'Contactlijst banken bijhouden', dueAt: null, crisis: source },
      ],
    });
    // Someone else's tasks are not the auditor's.
    expect((await auditor.get('/api/v1/overview')).json().myTasks).toEqual({ total: 0, items: [] });
  });
});
