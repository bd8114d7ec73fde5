import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { ransomwareIncident } from '../support/incident-fixtures.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
let app: FastifyInstance;
let org: TestOrg;
let other: TestOrg;
let handler: TestClient;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  org = await createTestOrg(t.db, 'Register Ziekenhuis', 'entity', [
    'owner',
    'incident-handler',
    'auditor',
    'risk-manager',
  ]);
  other = await createTestOrg(t.db, 'Ander Waterbedrijf', 'entity', ['owner']);
  handler = await signedIn(app, org, 'incident-handler');
});

describe('recording incidents', () => {
  it('records an incident with its services and assets and proposes significance with the criteria met', async () => {
    const asset = await handler.post('/api/v1/assets', {
      name: 'EPD',
      kind: 'service',
      crownJewel: true,
      owner: 'CIO',
    });
    expect(asset.statusCode, asset.body).toBe(201);
    const res = await handler.post('/api/v1/incidents', ransomwareIncident({ assetIds: [asset.json().id] }));
    expect(res.statusCode, res.body).toBe(201);
    const incident = res.json();
    expect(incident).toMatchObject({
      reference: expect.stringMatching(/^INC-\d{4}-0001$/),
      status: 'new',
      source: 'manual',
      awareAt: null,
      allowedNextStatuses: ['triage', 'closed'],
      assets: [{ name: 'EPD', kind: 'service', crownJewel: true }],
      significance: {
        proposed: {
          outcome: 'significant',
          criteriaMet: [expect.objectContaining({ article: expect.stringContaining('NIS2 Art. 23(3)') })],
        },
        decision: null,
      },
    });
    const timeline = (await handler.get(`/api/v1/incidents/${incident.id}/timeline`)).json().items;
    expect(timeline).toEqual([expect.objectContaining({ kind: 'created' })]);
    const audit = await sql<{
      action: string;
    }>`SELECT action FROM audit_events WHERE org_id = ${org.id} AND subject_id = ${incident.id}`.execute(t.db);
    expect(audit.rows.map((r) => r.action)).toContain('incident.created');
  });

  it('lets a SIEM deliver the same alert twice without a second incident (Idempotency-Key or externalId)', async () => {
    const owner = await signedIn(app, org, 'owner');
    const token = (await owner.post('/api/v1/api-tokens', { name: 'SIEM', role: 'incident-handler' })).json()
      .token as string;
    const siem = new TestClient(app, token);
    const before = await countRows(t.db, 'incidents', org.id);
    const body = ransomwareIncident({ source: 'api', title: 'SIEM: beaconing naar C2' });
    const first = await siem.request('POST', '/api/v1/incidents', body, { 'idempotency-key': 'alert-4711' });
    const again = await siem.request(
      'POST',
      '/api/v1/incidents',
      { ...body, title: 'changed on redelivery' },
      { 'idempotency-key': 'alert-4711' },
    );
    const viaBody = await siem.post('/api/v1/incidents', { ...body, externalId: 'alert-4711' });
    expect([first.statusCode, again.statusCode, viaBody.statusCode]).toEqual([201, 200, 200]);
    expect(again.json().id).toBe(first.json().id);
    expect(viaBody.json()).toMatchObject({
      id: first.json().id,
      externalId: 'alert-4711',
      title: 'SIEM: beaconing naar C2',
    });
    expect(await countRows(t.db, 'incidents', org.id)).toBe(before + 1);

    // Concurrent deliveries of one alert: still one incident.
    const burst = await Promise.all(
      Array.from({ length: 5 }, () => siem.post('/api/v1/incidents', { ...body, externalId: 'alert-4712' })),
    );
    expect(burst.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(burst.map((r) => r.json().id)).size).toBe(1);
    expect(await countRows(t.db, 'incidents', org.id)).toBe(before + 2);
  });

  it('refuses bad input with problem+json naming the field, and stores nothing', async () => {
    const before = await countRows(t.db, 'incidents', org.id);
    const cases: [Record<string, unknown>, string][] = [
      [ransomwareIncident({ detectedAt: '2026-03-01T10:00:00' }), 'body.detectedAt'],
      [ransomwareIncident({ detectedAt: new Date(Date.now() + 86_400_000).toISOString() }), 'body.detectedAt'],
      [ransomwareIncident({ category: 'aliens' }), 'body.category'],
      [ransomwareIncident({ assetIds: ['00000000-0000-4000-8000-000000000001'] }), 'body.assetIds.0'],
      [ransomwareIncident({ impact: { usersAffected: 10, totalUsers: 5 } }), 'body.impact.usersAffected'],
      [
        ransomwareIncident({
          startedAt: new Date().toISOString(),
          detectedAt: new Date(Date.now() - 60_000).toISOString(),
        }),
        'body.detectedAt',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await handler.post('/api/v1/incidents', body);
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toContain(field);
    }
    expect(await countRows(t.db, 'incidents', org.id)).toBe(before);
  });

  it('keeps incidents of other organisations out of sight (404) and read-only roles out of changes (403)', async () => {
    const id = (await handler.post('/api/v1/incidents', ransomwareIncident())).json().id;
    const stranger = await signedIn(app, other, 'owner');
    expect((await stranger.get(`/api/v1/incidents/${id}`)).statusCode).toBe(404);
    expect((await stranger.patch(`/api/v1/incidents/${id}`, { title: 'x' })).statusCode).toBe(404);
    expect((await stranger.get(`/api/v1/incidents/${id}/timeline`)).statusCode).toBe(404);
    expect((await stranger.get('/api/v1/incidents')).json().total).toBe(0);
    const auditor = await signedIn(app, org, 'auditor');
    expect((await auditor.get(`/api/v1/incidents/${id}`)).statusCode).toBe(200);
    expect((await auditor.patch(`/api/v1/incidents/${id}`, { title: 'x' })).statusCode).toBe(403);
    expect((await new TestClient(app).get('/api/v1/incidents')).statusCode).toBe(401);
  });

  it('lists with filters and paging', async () => {
    const list = await handler.get('/api/v1/incidents?category=ransomware&open=true&significance=undecided&pageSize=2');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({ page: 1, pageSize: 2 });
    expect(list.json().items).toHaveLength(2);
    expect(list.json().total).toBeGreaterThan(2);
    expect((await handler.get('/api/v1/incidents?status=triage,closed')).json().total).toBe(0);
    expect((await handler.get('/api/v1/incidents?status=bogus')).json().invalidParams[0].name).toMatch(
      /^query\.status/,
    );
    expect(
      (await handler.get('/api/v1/incidents?q=beaconing')).json().items.map((i: { source: string }) => i.source),
    ).toEqual(['api', 'api']);
  });

  it('merges impact facts on PATCH; null makes a fact unknown again', async () => {
    const id = (
      await handler.post('/api/v1/incidents', ransomwareIncident({ impact: { usersAffected: 5, totalUsers: 100 } }))
    ).json().id;
    const patched = await handler.patch(`/api/v1/incidents/${id}`, {
      impact: { totalUsers: null, financialLossEur: 1000 },
      lessonsLearned: 'MFA op VPN',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().impact).toEqual({ usersAffected: 5, financialLossEur: 1000 });
    expect(patched.json().lessonsLearned).toBe('MFA op VPN');
    const bad = await handler.patch(`/api/v1/incidents/${id}`, { resolvedAt: '2000-01-01T00:00:00Z' });
    expect(bad.json().invalidParams[0]).toEqual({
      name: 'body.resolvedAt',
      reason: 'must not be before detectedAt',
      code: 'not_before',
      params: { other: 'detectedAt' },
    });
  });
});

describe('status workflow', () => {
  it('follows the workflow, records containment and resolution, and names the field when a step is not allowed', async () => {
    const id = (await handler.post('/api/v1/incidents', ransomwareIncident())).json().id;
    const skip = await handler.post(`/api/v1/incidents/${id}/status-transitions`, { to: 'recovery' });
    expect(skip.statusCode).toBe(400);
    expect(skip.json().invalidParams).toEqual([
      { name: 'body.to', reason: 'from new only triage, closed may follow', code: 'status_transition', params: {} },
    ]);
    for (const to of ['triage', 'containment', 'eradication', 'recovery']) {
      expect((await handler.post(`/api/v1/incidents/${id}/status-transitions`, { to })).statusCode).toBe(201);
    }
    const closed = (
      await handler.post(`/api/v1/incidents/${id}/status-transitions`, { to: 'closed', note: 'hersteld uit back-up' })
    ).json();
    expect(closed).toMatchObject({ status: 'closed', allowedNextStatuses: ['post_incident_review', 'triage'] });
    expect(closed.containedAt).not.toBeNull();
    expect(closed.resolvedAt).not.toBeNull();
    const reopened = (await handler.post(`/api/v1/incidents/${id}/status-transitions`, { to: 'triage' })).json();
    expect(reopened.resolvedAt).toBeNull();
    const timeline = (await handler.get(`/api/v1/incidents/${id}/timeline`)).json().items;
    expect(timeline.filter((e: { kind: string }) => e.kind === 'status_changed')).toHaveLength(6);
    expect(timeline.map((e: { summary: string }) => e.summary)).toContain(
      'Status: herstel → afgesloten — hersteld uit back-up',
    );
  });
});

describe('significance decisions', () => {
  it('asks for a reason when departing from the proposal, starts the clock at awareAt and audits the decision', async () => {
    const id = (await handler.post('/api/v1/incidents', ransomwareIncident())).json().id;
    const noReason = await handler.post(`/api/v1/incidents/${id}/significance-decisions`, {
      outcome: 'not_significant',
    });
    expect(noReason.json().invalidParams).toEqual([
      {
        name: 'body.reason',
        reason: 'explain why you depart from the proposal (significant)',
        code: 'required',
        params: {},
      },
    ]);
    const early = await handler.post(`/api/v1/incidents/${id}/significance-decisions`, {
      outcome: 'significant',
      awareAt: '2000-01-01T00:00:00Z',
    });
    expect(early.json().invalidParams).toEqual([
      {
        name: 'body.awareAt',
        reason: 'must not be before detectedAt',
        code: 'not_before',
        params: { other: 'detectedAt' },
      },
    ]);

    const awareAt = new Date(Date.now() - 600_000).toISOString();
    const decided = await handler.post(`/api/v1/incidents/${id}/significance-decisions`, {
      outcome: 'significant',
      awareAt,
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const decision = decided.json().significance.decision;
    expect(decided.json().awareAt).toBe(awareAt);
    expect(decision).toMatchObject({
      outcome: 'significant',
      proposedOutcome: 'significant',
      awareAt,
      decidedBy: org.users['incident-handler']!.email,
    });
    const event = await sql<{
      hash: string;
      action: string;
    }>`SELECT hash, action FROM audit_events WHERE org_id = ${org.id} AND hash = ${decision.auditHash}`.execute(t.db);
    expect(event.rows[0]?.action).toBe('incident.significance-decided');

    const deadlines = (await handler.get(`/api/v1/incidents/${id}/deadlines`)).json();
    const ew = deadlines.stages.find((s: { stage: string }) => s.stage === 'early_warning');
    expect(ew).toMatchObject({
      state: 'pending',
      deadline: new Date(Date.parse(awareAt) + 24 * 3_600_000).toISOString(),
      source: 'NIS2 Art. 23(4)(a); Cbw art. 26',
    });
    expect(deadlines.stages.find((s: { stage: string }) => s.stage === 'notification').deadline).toBe(
      new Date(Date.parse(awareAt) + 72 * 3_600_000).toISOString(),
    );

    const overruled = await handler.post(`/api/v1/incidents/${id}/significance-decisions`, {
      outcome: 'not_significant',
      reason: 'back-up hersteld binnen 10 minuten',
    });
    expect(overruled.json()).toMatchObject({
      awareAt: null,
      significance: { decision: { outcome: 'not_significant' } },
    });
    expect((await handler.get(`/api/v1/incidents/${id}/deadlines`)).json().stages).toEqual([]);
    expect((await handler.get(`/api/v1/incidents/${id}/significance-decisions`)).json().items).toHaveLength(2);
  });

  it('counts the notification from 24 h for trust service providers (NIS2 Art. 23(4), second subparagraph)', async () => {
    const owner = await signedIn(app, org, 'owner');
    expect(
      (
        await owner.patch('/api/v1/incident-settings', {
          trustServiceProvider: true,
          significanceEntityType: 'trust_service_provider',
        })
      ).statusCode,
    ).toBe(200);
    const id = (
      await handler.post('/api/v1/incidents', ransomwareIncident({ impact: { completeUnavailabilityMinutes: 45 } }))
    ).json().id;
    const incident = (await handler.get(`/api/v1/incidents/${id}`)).json();
    expect(incident.significance.proposed).toMatchObject({
      outcome: 'significant',
      criteriaMet: [expect.objectContaining({ id: 'art14a' })],
    });
    // Cbw art. 27(2): whether this incident affects the trust service decides 24 h or 72 h, so it is asked.
    const unsaid = await handler.post(`/api/v1/incidents/${id}/significance-decisions`, { outcome: 'significant' });
    expect(unsaid.statusCode).toBe(400);
    expect(unsaid.json().invalidParams[0].name).toBe('body.affectsTrustService');
    const decided = await handler.post(`/api/v1/incidents/${id}/significance-decisions`, {
      outcome: 'significant',
      affectsTrustService: true,
    });
    expect(decided.json().significance.decision).toMatchObject({ affectsTrustService: true });
    const stages = (await handler.get(`/api/v1/incidents/${id}/deadlines`)).json().stages;
    const byStage = Object.fromEntries(stages.map((s: { stage: string; deadline: string }) => [s.stage, s.deadline]));
    expect(byStage.notification).toBe(byStage.early_warning);
    await owner.patch('/api/v1/incident-settings', { trustServiceProvider: false, significanceEntityType: 'other' });
  });
});

describe('tasks, observables, notes and recipients', () => {
  it('keeps tasks and improvement actions, validated observables, notes and the recipient log on the timeline', async () => {
    const id = (await handler.post('/api/v1/incidents', ransomwareIncident())).json().id;
    const task = await handler.post(`/api/v1/incidents/${id}/tasks`, {
      title: 'Netwerksegment isoleren',
      assignee: 'SOC',
    });
    expect(task.statusCode, task.body).toBe(201);
    const done = await handler.patch(`/api/v1/incidents/${id}/tasks/${task.json().id}`, { done: true });
    expect(done.json().doneAt).not.toBeNull();
    // A change that changes nothing is answered with the task as it is (it was a 500: an UPDATE with no SET).
    const nothing = await handler.patch(`/api/v1/incidents/${id}/tasks/${task.json().id}`, {});
    expect(nothing.statusCode, nothing.body).toBe(200);
    expect(nothing.json()).toEqual(done.json());
    await handler.post(`/api/v1/incidents/${id}/tasks`, { title: 'MFA op alle VPN-accounts', kind: 'improvement' });
    expect(
      (await handler.get(`/api/v1/incidents/${id}/tasks`)).json().items.map((x: { kind: string }) => x.kind),
    ).toEqual(['response', 'improvement']);

    const badHash = await handler.post(`/api/v1/incidents/${id}/observables`, { type: 'sha256', value: 'abc' });
    expect(badHash.statusCode).toBe(400);
    expect(badHash.json().invalidParams[0].name).toBe('body.value');
    const ioc = await handler.post(`/api/v1/incidents/${id}/observables`, { type: 'domain', value: 'C2.Example.' });
    expect(ioc.statusCode).toBe(201);
    expect(ioc.json().value).toBe('c2.example');
    expect(
      (await handler.post(`/api/v1/incidents/${id}/observables`, { type: 'domain', value: 'c2.example' })).statusCode,
    ).toBe(200);

    const note = await handler.post(`/api/v1/incidents/${id}/timeline`, {
      summary: 'Eerste losgeldbrief gevonden',
      occurredAt: new Date(Date.now() - 7_200_000).toISOString(),
    });
    expect(note.statusCode).toBe(201);
    const informed = await handler.post(`/api/v1/incidents/${id}/recipient-communications`, {
      kind: 'significant_incident',
      communicatedAt: new Date().toISOString(),
      recipients: 'Huisartsen in de regio',
      recipientCount: 140,
      channel: 'email',
      message: 'Het EPD is tijdelijk niet bereikbaar; verwijs spoed naar de SEH.',
    });
    expect(informed.statusCode, informed.body).toBe(201);
    const kinds = (await handler.get(`/api/v1/incidents/${id}/timeline`))
      .json()
      .items.map((e: { kind: string }) => e.kind);
    expect(kinds[0]).toBe('note'); // it happened before the incident was recorded
    expect(kinds).toEqual(
      expect.arrayContaining(['task_added', 'task_done', 'observable_added', 'recipients_informed']),
    );
  });
});

describe('services and assets', () => {
  it('models services and assets once per organisation', async () => {
    const risk = await signedIn(app, org, 'risk-manager');
    const created = await risk.post('/api/v1/assets', { name: 'Back-upserver', kind: 'asset', description: 'Veeam' });
    expect(created.statusCode).toBe(201);
    expect((await risk.post('/api/v1/assets', { name: 'back-upserver', kind: 'asset' })).statusCode).toBe(409);
    const patched = await risk.patch(`/api/v1/assets/${created.json().id}`, { crownJewel: true });
    expect(patched.json()).toMatchObject({ crownJewel: true, description: 'Veeam' });
    expect(
      (await risk.get('/api/v1/assets?crownJewel=true'))
        .json()
        .items.map((a: { name: string }) => a.name)
        .sort(),
    ).toEqual(['Back-upserver', 'EPD']);
    const auditor = await signedIn(app, org, 'auditor');
    expect((await auditor.post('/api/v1/assets', { name: 'x', kind: 'asset' })).statusCode).toBe(403);
    expect((await (await signedIn(app, other, 'owner')).get(`/api/v1/assets/${created.json().id}`)).statusCode).toBe(
      404,
    );
  });
});
