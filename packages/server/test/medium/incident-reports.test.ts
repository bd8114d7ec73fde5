import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOutboxRows } from '../../src/repositories/submission-outbox.repository.ts';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { CONTACT, earlyWarning, significantIncident } from '../support/incident-fixtures.ts';
import { connectToAuthority, deliverAll, deliveryRunner, listenOnLoopback } from '../support/registration-fixtures.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Incident reports use the delivery mechanism (docs/DELIVERY.md): submitted → queued in the same
// transaction → delivered over real HTTP on loopback → received ONCE by the authority → receipt stored.

const t = useTestDatabase();
let app: FastifyInstance;
let url: string;
let entity: TestOrg;
let authority: TestOrg;
let handler: TestClient;
let analyst: TestClient;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  url = await listenOnLoopback(app);
  entity = await createTestOrg(t.db, 'Meldend Ziekenhuis', 'entity', ['owner', 'incident-handler', 'auditor']);
  authority = await createTestOrg(t.db, 'Meld Autoriteit', 'authority', ['owner', 'analyst', 'auditor']);
  handler = await signedIn(app, entity, 'incident-handler');
  analyst = await signedIn(app, authority, 'analyst');
  await connectToAuthority(app, await signedIn(app, authority, 'owner'), await signedIn(app, entity, 'owner'), url);
});

afterAll(async () => {
  await app?.close();
});

describe('submitting and delivering a report', () => {
  let incidentId: string;
  const reportId = '0f4b7a52-8c1e-4d2a-9b3f-5e6d7c8b9a01';

  it('refuses a report before the significance decision (the clock has not started)', async () => {
    const id = (
      await handler.post('/api/v1/incidents', {
        title: 'Nog onbeslist',
        category: 'phishing',
        detectedAt: new Date().toISOString(),
      })
    ).json().id;
    const res = await handler.post(`/api/v1/incidents/${id}/reports`, earlyWarning());
    expect(res.statusCode).toBe(409);
    expect(res.json().invalidParams[0].name).toBe('body.stage');
  });

  it('refuses a malformed report with problem+json naming the field, and stores and queues nothing', async () => {
    incidentId = await significantIncident(handler);
    const before = [
      await countRows(t.db, 'incident_reports', entity.id),
      await countRows(t.db, 'submissions_outbox', entity.id),
    ];
    const cases: [unknown, string][] = [
      [earlyWarning({ contact: { ...CONTACT, email: 'not-an-address' } }), 'body.content.contact.email'],
      [earlyWarning({ suspectedUnlawfulOrMalicious: 'perhaps' }), 'body.content.suspectedUnlawfulOrMalicious'],
      [{ stage: 'final_report', content: { description: 'x' } }, 'body.content.severity'],
      [{ stage: 'unknown_stage', content: {} }, 'body.stage'],
      [{ ...earlyWarning(), reportId: 'not-a-uuid' }, 'body.reportId'],
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

  it('stores the report immutably, cites its audit hash, queues it, and gets a receipt: received once', async () => {
    const res = await handler.post(`/api/v1/incidents/${incidentId}/reports`, { ...earlyWarning(), reportId });
    expect(res.statusCode, res.body).toBe(201);
    const report = res.json();
    expect(report).toMatchObject({
      id: reportId,
      stage: 'early_warning',
      labelNl: 'vroegtijdige waarschuwing',
      version: 1,
      delivery: { status: 'pending', receipt: null },
    });
    expect(report.payload).toMatchObject({
      reportId,
      stage: 'early_warning',
      auditHash: report.auditHash,
      incident: { id: incidentId },
      sender: { organisationName: 'Meldend Ziekenhuis' },
    });
    const event = await sql<{
      action: string;
    }>`SELECT action FROM audit_events WHERE org_id = ${entity.id} AND hash = ${report.auditHash}`.execute(t.db);
    expect(event.rows[0]?.action).toBe('incident-report.submitted');

    // The same report id again (a double click, a retry after a timeout): the same report, nothing new.
    const repeat = await handler.post(`/api/v1/incidents/${incidentId}/reports`, { ...earlyWarning(), reportId });
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json().id).toBe(reportId);
    const other = await handler.post(`/api/v1/incidents/${incidentId}/reports`, {
      ...earlyWarning({ crossBorderImpactPossible: 'yes' }),
      reportId,
    });
    expect(other.statusCode).toBe(409);

    await deliverAll(t.db);
    const delivered = (await handler.get(`/api/v1/incidents/${incidentId}/reports`)).json().items;
    expect(delivered).toHaveLength(1);
    expect(delivered[0].delivery).toMatchObject({
      status: 'delivered',
      receipt: { verified: true, authorityReference: expect.stringMatching(/^MLD-\d{4}-000001$/) },
    });
    expect(await countRows(t.db, 'received_submissions', authority.id)).toBe(1);
    expect(await countRows(t.db, 'inbox_reports', authority.id)).toBe(1);
    const timeline = (await handler.get(`/api/v1/incidents/${incidentId}/timeline`))
      .json()
      .items.map((e: { kind: string }) => e.kind);
    expect(timeline).toEqual(expect.arrayContaining(['report_submitted', 'report_delivered']));

    const stages = (await handler.get(`/api/v1/incidents/${incidentId}/deadlines`)).json().stages;
    expect(stages.find((s: { stage: string }) => s.stage === 'early_warning')).toMatchObject({
      state: 'submitted',
      reportId,
    });
  });

  it('keeps submitted reports immutable in the database; a correction is a new version', async () => {
    await expect(
      sql`UPDATE incident_reports SET stage = 'notification' WHERE id = ${reportId}`.execute(t.db),
    ).rejects.toThrow(/immutable/);
    await expect(sql`DELETE FROM incident_reports WHERE id = ${reportId}`.execute(t.db)).rejects.toThrow(/immutable/);
    const draft = (await handler.get(`/api/v1/incidents/${incidentId}/report-drafts/early_warning`)).json();
    expect(draft).toMatchObject({
      previous: { id: reportId, version: 1 },
      content: { suspectedUnlawfulOrMalicious: 'yes' },
    });
    const correction = await handler.post(
      `/api/v1/incidents/${incidentId}/reports`,
      earlyWarning({ crossBorderImpactPossible: 'unknown' }),
    );
    expect(correction.json()).toMatchObject({ version: 2, supersedesReportId: reportId });
    await deliverAll(t.db);
    expect(await countRows(t.db, 'received_submissions', authority.id)).toBe(2);
  });

  it('pre-fills the notification from the register; submitting it starts the final report clock (NIS2 Art. 23(4)(d))', async () => {
    await handler.post(`/api/v1/incidents/${incidentId}/observables`, { type: 'ipv4', value: '203.0.113.7' });
    const draft = (await handler.get(`/api/v1/incidents/${incidentId}/report-drafts/notification`)).json();
    expect(draft.content).toMatchObject({
      suspectedUnlawfulOrMalicious: 'yes',
      crossBorderImpactPossible: 'no',
      indicatorsOfCompromise: [{ type: 'ipv4', value: '203.0.113.7' }],
    });
    const content = {
      ...draft.content,
      contact: CONTACT,
      initialAssessment: { severity: 'high', impact: draft.content.initialAssessment.impact || 'EPD onbereikbaar' },
    };
    // Cbw art. 27(1)(d): the draft leaves the cross-border information open, and the notification must say it.
    expect(draft.content.crossBorderInformation).toBeNull();
    const missing = await handler.post(`/api/v1/incidents/${incidentId}/reports`, { stage: 'notification', content });
    expect(missing.statusCode, missing.body).toBe(400);
    expect(missing.json().invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'body.content.crossBorderInformation',
    ]);
    content.crossBorderInformationNoneAvailable = true;
    const res = await handler.post(`/api/v1/incidents/${incidentId}/reports`, { stage: 'notification', content });
    expect(res.statusCode, res.body).toBe(201);
    const final = (await handler.get(`/api/v1/incidents/${incidentId}/deadlines`))
      .json()
      .stages.find((s: { stage: string }) => s.stage === 'final_report');
    expect(final).toMatchObject({ state: 'pending', anchor: 'notified_at', anchorAt: res.json().submittedAt });
    await deliverAll(t.db);
  });
});

describe('authority inbox', () => {
  it('shows the reports once each, with the chain, the feedback clock and filters; the entity cannot read it', async () => {
    const list = await analyst.get('/api/v1/inbox/reports');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().total).toBe(3);
    const ew = list
      .json()
      .items.find((r: { stage: string; version: number }) => r.stage === 'early_warning' && r.version === 1);
    expect(ew).toMatchObject({
      sender: { name: 'Meldend Ziekenhuis' },
      initialFeedback: { state: 'pending', obligation: 'best_effort' },
      missedDeadlines: [],
    });
    expect((await analyst.get('/api/v1/inbox/reports?stage=notification&severity=high')).json().total).toBe(1);
    expect((await analyst.get('/api/v1/inbox/reports?severity=low')).json().total).toBe(0);
    expect((await analyst.get('/api/v1/inbox/reports?unacknowledged=true')).json().total).toBe(2);
    const detail = (await analyst.get(`/api/v1/inbox/reports/${ew.id}`)).json();
    expect(detail.chain.map((c: { stage: string }) => c.stage)).toEqual([
      'early_warning',
      'early_warning',
      'notification',
    ]);
    expect(detail.deadlines.find((d: { stage: string }) => d.stage === 'notification')).toMatchObject({
      state: 'submitted',
    });
    expect(detail.payload).toMatchObject({ stage: 'early_warning', content: { contact: CONTACT } });

    expect((await handler.get('/api/v1/inbox/reports')).statusCode).toBe(403);
    expect((await analyst.post('/api/v1/incidents', {})).statusCode).toBe(403);
    const csv = await analyst.get('/api/v1/inbox/reports/export');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const lines = csv.body.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    // For people: Dutch columns, the stage by its legal name, Dutch time; no codes, no UTC.
    expect(lines[0]).toMatch(/^"Kenmerk";"Ontvangen \(Nederlandse tijd\)";/);
    expect(lines.slice(1).join('\n')).toContain('"vroegtijdige waarschuwing"');
    expect(lines.slice(1).join('\n')).not.toMatch(/early_warning|"\d{4}-\d\d-\d\dT/);
    const machine = (await analyst.get('/api/v1/inbox/reports/export?format=machine')).body.trim().split('\r\n');
    expect(machine[0]).toMatch(/^authorityReference,receivedAt,/);
    expect(machine.slice(1).join('\n')).toContain('"early_warning"');
  });

  it('acknowledges (Art. 23(5)) and asks for an intermediate report; the entity sees both and its clock follows', async () => {
    const ew = (await analyst.get('/api/v1/inbox/reports?stage=early_warning')).json().items.at(-1);
    const auditor = await signedIn(app, authority, 'auditor');
    expect((await auditor.post(`/api/v1/inbox/reports/${ew.id}/acknowledgements`, { message: 'x' })).statusCode).toBe(
      403,
    );
    const ack = await analyst.post(`/api/v1/inbox/reports/${ew.id}/acknowledgements`, {
      message: 'Ontvangen. Meld het bij de politie; wij nemen contact op.',
    });
    expect(ack.statusCode, ack.body).toBe(201);
    const after = (await analyst.get(`/api/v1/inbox/reports/${ew.id}`)).json();
    expect(after.initialFeedback).toMatchObject({ state: 'given' });
    expect((await analyst.get('/api/v1/inbox/reports?unacknowledged=true')).json().total).toBe(1);

    const past = await analyst.post(`/api/v1/inbox/reports/${ew.id}/intermediate-report-requests`, {
      dueAt: '2020-01-01T00:00:00Z',
      message: 'x',
    });
    expect(past.json().invalidParams[0].name).toBe('body.dueAt');
    const dueAt = new Date(Date.now() + 48 * 3_600_000).toISOString();
    expect(
      (
        await analyst.post(`/api/v1/inbox/reports/${ew.id}/intermediate-report-requests`, {
          dueAt,
          message: 'Graag een stand van zaken over het herstel.',
        })
      ).statusCode,
    ).toBe(201);

    const check = await handler.post(`/api/v1/incidents/${ew.incident.id}/feedback-checks`);
    expect(check.statusCode, check.body).toBe(201);
    expect(check.json().newItems).toBe(2);
    expect((await handler.post(`/api/v1/incidents/${ew.incident.id}/feedback-checks`)).json().newItems).toBe(0);
    const reports = (await handler.get(`/api/v1/incidents/${ew.incident.id}/reports`)).json().items;
    expect(reports.find((r: { id: string }) => r.id === ew.id).feedback.map((f: { kind: string }) => f.kind)).toEqual([
      'acknowledgement',
      'intermediate_report_request',
    ]);
    const intermediate = (await handler.get(`/api/v1/incidents/${ew.incident.id}/deadlines`))
      .json()
      .stages.find((s: { stage: string }) => s.stage === 'intermediate_report');
    expect(intermediate).toMatchObject({ state: 'pending', deadline: dueAt });
    const notifications = (await handler.get('/api/v1/notifications'))
      .json()
      .items.map((n: { kind: string }) => n.kind);
    expect(notifications).toEqual(
      expect.arrayContaining(['incident.authority-feedback', 'incident.intermediate-report-requested']),
    );
  });

  it('answers feedback only to tokens bound to the sender of the submission', async () => {
    const ew = (await analyst.get('/api/v1/inbox/reports?stage=early_warning')).json().items.at(-1);
    const owner = await signedIn(app, authority, 'owner');
    const otherToken = (
      await owner.post('/api/v1/api-tokens', { name: 'Andere installatie', role: 'submitter' })
    ).json().token;
    expect((await new TestClient(app, otherToken).get(`/api/v1/submissions/${ew.id}/feedback`)).statusCode).toBe(404);
  });

  it('refuses a malformed incident report at intake, naming the field, and stores nothing', async () => {
    const owner = await signedIn(app, authority, 'owner');
    const token = (await owner.post('/api/v1/api-tokens', { name: 'Kapotte installatie', role: 'submitter' })).json()
      .token;
    const before = await countRows(t.db, 'received_submissions', authority.id);
    const payload = { stage: 'early_warning', content: {} };
    const { payloadDigestOf } = await import('../../src/services/delivery/enqueue-submission.ts');
    const res = await new TestClient(app, token).post('/api/v1/submissions', {
      id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      kind: 'incident-report',
      submittedAt: new Date().toISOString(),
      sender: { orgId: entity.id, name: 'Kapot', kvkNumber: null },
      payload,
      payloadDigest: payloadDigestOf(payload),
      auditHash: null,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toContain('body.payload.reportId');
    expect(await countRows(t.db, 'received_submissions', authority.id)).toBe(before);
  });
});

describe('delivery under faults', () => {
  it('keeps the report pending with the error while the authority is unreachable, then delivers it exactly once', async () => {
    const entity2 = await createTestOrg(t.db, 'Storing BV', 'entity', ['owner', 'incident-handler']);
    const owner2 = await signedIn(app, entity2, 'owner');
    const handler2 = await signedIn(app, entity2, 'incident-handler');
    const token = (
      await (await signedIn(app, authority, 'owner')).post('/api/v1/api-tokens', { name: 'Storing', role: 'submitter' })
    ).json().token;
    expect(
      (await owner2.put('/api/v1/delivery-target', { authorityUrl: 'http://127.0.0.1:9', apiToken: token })).statusCode,
    ).toBe(200);
    const id = await significantIncident(handler2);
    const submitted = (await handler2.post(`/api/v1/incidents/${id}/reports`, earlyWarning())).json();
    const before = await countRows(t.db, 'received_submissions', authority.id);

    await deliveryRunner(t.db).runOne();
    const waiting = (await handler2.get(`/api/v1/incidents/${id}/reports`)).json().items[0].delivery;
    expect(waiting).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: expect.stringContaining('not reachable'),
    });

    expect((await owner2.put('/api/v1/delivery-target', { authorityUrl: url, apiToken: token })).statusCode).toBe(200);
    await deliverAll(t.db);
    const done = (await handler2.get(`/api/v1/incidents/${id}/reports`)).json().items[0];
    expect(done.id).toBe(submitted.id);
    expect(done.delivery).toMatchObject({ status: 'delivered', receipt: { verified: true } });
    expect(await countRows(t.db, 'received_submissions', authority.id)).toBe(before + 1);
  });
});

describe('finding the deliveries of given reports', () => {
  it('finds an old report among more than 200 newer submissions (the open listing is capped)', async () => {
    const org = await createTestOrg(t.db, 'Drukke Zender BV', 'entity', ['owner']);
    const seed = (n: number, age: string) =>
      sql<{ subject_id: string }>`
      INSERT INTO submissions_outbox (org_id, id, kind, subject_id, payload, payload_digest, submitted_at, status, created_at)
      SELECT ${org.id}, gen_random_uuid(), 'incident-report', gen_random_uuid(), '{}'::jsonb, 'x', now(), 'delivered',
             now() - ${age}::interval
      FROM generate_series(1, ${n})
      RETURNING subject_id`.execute(t.db);
    const old = (await seed(1, '1 day')).rows[0]!.subject_id;
    await seed(200, '1 minute');

    const open = await listOutboxRows(t.db, org.id, { kind: 'incident-report' });
    expect(open).toHaveLength(200);
    expect(open.map((r) => r.subject_id)).not.toContain(old);
    const found = await listOutboxRows(t.db, org.id, { kind: 'incident-report', subjectIds: [old] });
    expect(found.map((r) => r.subject_id)).toEqual([old]);
    expect(await listOutboxRows(t.db, org.id, { kind: 'incident-report', subjectIds: [] })).toEqual([]);
  });
});
