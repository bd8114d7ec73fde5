import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRow } from '../../src/db/schema.ts';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { JOBS } from '../../src/modules.ts';
import { insertNotification } from '../../src/repositories/notification.repository.ts';
import { reminderWebhookJob } from '../../src/services/incidents/reminder-webhook.job.ts';
import { REMINDER_JOB_KIND } from '../../src/services/incidents/send-deadline-reminder.ts';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { earlyWarning, ransomwareIncident } from '../support/incident-fixtures.ts';
import { buildTestApp, fixedClock, testDeps, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Reminders with a driven clock: jobs are planned from the deadlines; each one is run by the job runner
// with its clock set to the moment the job would run — no sleeping.

const t = useTestDatabase();
let app: FastifyInstance;
let org: TestOrg;
let handler: TestClient;
let incidentId: string;
let awareMs: number;
const HOUR = 3_600_000;

const reminderJobs = async () =>
  (await t.db
    .selectFrom('jobs')
    .selectAll()
    .where('org_id', '=', org.id)
    .where('kind', '=', REMINDER_JOB_KIND)
    .orderBy('run_at')
    .execute()) as JobRow[];
/**
 * Runs this one job now (again, when it ran before) with the clock at nowMs: it is made the earliest
 * due job, so the runner takes it first. Returns its outcome as the notification it left: 'sent' or
 * 'skipped' (silent).
 */
async function runJob(job: Pick<JobRow, 'id'>, nowMs: number): Promise<JobRow> {
  await sql`UPDATE jobs SET status = 'pending', run_at = '2000-01-01', locked_until = NULL WHERE id = ${job.id}`.execute(
    t.db,
  );
  const runner = new JobRunner(testDeps(t.db, { clock: fixedClock(new Date(nowMs)) }), {
    jobs: JOBS,
    backoffMs: () => 0,
  });
  expect(await runner.runOne()).toBe(true);
  return (await t.db.selectFrom('jobs').selectAll().where('id', '=', job.id).executeTakeFirstOrThrow()) as JobRow;
}
/** Stores a webhook address as an earlier version (or a name that resolved differently then) let through. */
async function storeWebhookUrl(url: string): Promise<void> {
  await sql`INSERT INTO incident_settings (org_id, webhook_url) VALUES (${org.id}, ${url})
    ON CONFLICT (org_id) DO UPDATE SET webhook_url = EXCLUDED.webhook_url`.execute(t.db);
}
const notificationCount = async () => countRows(t.db, 'notifications', org.id);
async function run(job: JobRow, nowMs: number): Promise<'sent' | 'skipped'> {
  const before = await notificationCount();
  const after = await runJob(job, nowMs);
  expect(after.status, after.last_error ?? '').toBe('done');
  return (await notificationCount()) > before ? 'sent' : 'skipped';
}
const mailsTo = async (address: string) =>
  Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM mail_outbox WHERE to_address = ${address}`.execute(t.db))
      .rows[0]!.n,
  );

beforeAll(async () => {
  app = await buildTestApp(t.db);
  org = await createTestOrg(t.db, 'Herinnering BV', 'entity', ['owner', 'incident-handler', 'auditor']);
  handler = await signedIn(app, org, 'incident-handler');
  const owner = await signedIn(app, org, 'owner');
  expect(
    (await owner.patch('/api/v1/incident-settings', { reminderOffsetsMinutes: [60, 240] })).json()
      .reminderOffsetsMinutes,
  ).toEqual([240, 60]);
  incidentId = (
    await handler.post(
      '/api/v1/incidents',
      ransomwareIncident({ detectedAt: new Date(Date.now() - 2 * HOUR).toISOString() }),
    )
  ).json().id;
  awareMs = Date.now() - HOUR;
  expect(
    (
      await handler.post(`/api/v1/incidents/${incidentId}/significance-decisions`, {
        outcome: 'significant',
        awareAt: new Date(awareMs).toISOString(),
      })
    ).statusCode,
  ).toBe(201);
});

afterAll(async () => {
  await app?.close();
});

describe('deadline reminders', () => {
  it('plans a job per moment before each owed deadline and one when it is overdue', async () => {
    const jobs = await reminderJobs();
    const ew = jobs
      .filter((j) => j.payload.stage === 'early_warning')
      .map((j) => [j.payload.moment, j.run_at.getTime() - awareMs]);
    expect(ew).toEqual([
      [240, 20 * HOUR],
      [60, 23 * HOUR],
      ['overdue', 24 * HOUR + 1000],
    ]);
    expect(jobs.filter((j) => j.payload.stage === 'notification').map((j) => j.payload.moment)).toEqual([
      240,
      60,
      'overdue',
    ]);
    // Planning again (any change to the incident) does not duplicate jobs.
    await handler.patch(`/api/v1/incidents/${incidentId}`, { resolvedAt: null });
    expect(await reminderJobs()).toHaveLength(jobs.length);
  });

  it('warns in the app and by mail once per moment; a repeated job stays silent', async () => {
    const job = (await reminderJobs()).find((j) => j.payload.stage === 'early_warning' && j.payload.moment === 240)!;
    const mails = await mailsTo(org.users['incident-handler']!.email);
    expect(await run(job, job.run_at.getTime())).toBe('sent');
    expect(await run(job, job.run_at.getTime())).toBe('skipped');
    const notifications = (await handler.get('/api/v1/notifications?unread=true')).json().items;
    expect(notifications).toEqual([
      expect.objectContaining({
        kind: 'incident.deadline-reminder',
        title: expect.stringMatching(/^Nog 4 uur: vroegtijdige waarschuwing voor INC-/),
        link: `/incidents/${incidentId}`,
      }),
    ]);
    expect(notifications[0].body).toContain('(Nederlandse tijd)');
    expect(notifications[0].body).toContain('NIS2 Art. 23(4)(a)');
    expect(await mailsTo(org.users['incident-handler']!.email)).toBe(mails + 1);
    expect(await mailsTo(org.users.auditor!.email)).toBe(0);
    const read = await handler.patch(`/api/v1/notifications/${notifications[0].id}`, { read: true });
    expect(read.json().readAt).not.toBeNull();
    expect((await handler.get('/api/v1/notifications?unread=true')).json().items).toHaveLength(0);
  });

  it('warns that the report is late when the deadline passes without it', async () => {
    const job = (await reminderJobs()).find(
      (j) => j.payload.stage === 'notification' && j.payload.moment === 'overdue',
    )!;
    expect(await run(job, job.run_at.getTime())).toBe('sent');
    const latest = (await handler.get('/api/v1/notifications')).json().items[0];
    expect(latest).toMatchObject({
      kind: 'incident.deadline-overdue',
      title: expect.stringMatching(/^Te laat: incidentmelding voor INC-/),
    });
  });

  it('stays silent once the report is in', async () => {
    const owner = await signedIn(app, org, 'owner');
    expect(
      (await owner.patch('/api/v1/incident-settings', { contact: { name: 'A', email: 'a@b.nl', phone: '0612345678' } }))
        .statusCode,
    ).toBe(200);
    expect((await handler.post(`/api/v1/incidents/${incidentId}/reports`, earlyWarning())).statusCode).toBe(201);
    const job = (await reminderJobs()).find((j) => j.payload.stage === 'early_warning' && j.payload.moment === 60)!;
    expect(await run(job, job.run_at.getTime())).toBe('skipped');
    const overdue = (await reminderJobs()).find(
      (j) => j.payload.stage === 'early_warning' && j.payload.moment === 'overdue',
    )!;
    expect(await run(overdue, overdue.run_at.getTime())).toBe('skipped');
  });

  it('folds reminder moments already past into one warning now (a late decision sets off no burst)', async () => {
    const id = (
      await handler.post(
        '/api/v1/incidents',
        ransomwareIncident({ detectedAt: new Date(Date.now() - 24 * HOUR).toISOString() }),
      )
    ).json().id;
    await handler.post(`/api/v1/incidents/${id}/significance-decisions`, {
      outcome: 'significant',
      awareAt: new Date(Date.now() - 23.5 * HOUR).toISOString(),
    });
    const ew = (await reminderJobs()).filter((j) => j.payload.incidentId === id && j.payload.stage === 'early_warning');
    expect(ew.map((j) => j.payload.moment)).toEqual([60, 'overdue']);
    expect(ew[0]!.run_at.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('posts the reminder to the configured webhook with the notification id as idempotency key', async () => {
    const received: { headers: IncomingHttpHeaders; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(received.length === 1 ? 503 : 204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const hook = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
    try {
      const owner = await signedIn(app, org, 'owner');
      expect((await owner.patch('/api/v1/incident-settings', { webhookUrl: hook })).statusCode).toBe(200);
      const job = (await reminderJobs()).find((j) => j.payload.stage === 'notification' && j.payload.moment === 60)!;
      expect(await run(job, job.run_at.getTime())).toBe('sent');
      const webhookJob = await t.db
        .selectFrom('jobs')
        .selectAll()
        .where('org_id', '=', org.id)
        .where('kind', '=', reminderWebhookJob.kind)
        .executeTakeFirstOrThrow();
      const failed = await runJob(webhookJob, Date.now());
      expect(failed.status).toBe('pending');
      expect(failed.last_error).toContain('HTTP 503');
      expect((await runJob(webhookJob, Date.now())).status).toBe('done');
      expect(received).toHaveLength(2);
      expect(received[1]!.headers['idempotency-key']).toBe(webhookJob.payload.notificationId);
      expect(JSON.parse(received[1]!.body)).toMatchObject({
        type: 'incident.deadline-reminder',
        title: expect.stringContaining('incidentmelding'),
      });
    } finally {
      server.close();
    }
  });

  it('refuses a webhook on an internal address, when saving and again when sending (SSRF)', async () => {
    const owner = await signedIn(app, org, 'owner');
    const metadata = 'https://169.254.169.254/latest/meta-data';
    const saved = await owner.patch('/api/v1/incident-settings', { webhookUrl: metadata });
    expect(saved.statusCode).toBe(400);
    expect(saved.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.webhookUrl']);
    // A URL that got past the check (stored earlier, or a name that resolves differently now) is
    // refused where the connection is made.
    const notification = await insertNotification(t.db, {
      org_id: org.id,
      kind: 'incident.deadline-reminder',
      title: 'Herinnering',
      body: 'Test',
      link: null,
      subject_type: null,
      subject_id: null,
      dedupe_key: null,
    });
    await storeWebhookUrl(metadata);
    const job = await reminderWebhookJob.enqueue(t.db, { orgId: org.id, notificationId: notification!.id });
    expect((await runJob(job!, Date.now())).last_error).toContain('link-local');
  });

  it('posts a retry to the webhook as it is now, and not at all once it is removed', async () => {
    const received: string[] = [];
    const server = createServer((req, res) => {
      received.push(req.url ?? '');
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const notification = await insertNotification(t.db, {
        org_id: org.id,
        kind: 'incident.deadline-reminder',
        title: 'Herinnering',
        body: 'Test',
        link: null,
        subject_type: null,
        subject_id: null,
        dedupe_key: null,
      });
      const job = await reminderWebhookJob.enqueue(t.db, { orgId: org.id, notificationId: notification!.id });
      await storeWebhookUrl(`${base}/old`);
      const owner = await signedIn(app, org, 'owner');
      expect((await owner.patch('/api/v1/incident-settings', { webhookUrl: `${base}/new` })).statusCode).toBe(200);
      expect((await runJob(job!, Date.now())).status).toBe('done');
      expect(received).toEqual(['/new']);
      expect((await owner.patch('/api/v1/incident-settings', { webhookUrl: null })).statusCode).toBe(200);
      expect((await runJob(job!, Date.now())).status).toBe('done');
      expect(received).toEqual(['/new']);
    } finally {
      server.close();
    }
  });
});
