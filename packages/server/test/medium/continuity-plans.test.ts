// Continuity plans and crisis protocols over HTTP: a risk manager drafts, only owner/admin approve (a person,
// never a token), an approved version is frozen (also in the database) and a change opens a new draft with
// "what changed"; the review and reprint reminders; the offline pack records its plan versions and renders
// as PDF and one static HTML file; the incident response plan mark; tenancy (404) and the audit trail.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { JOBS } from '../../src/modules.ts';
import {
  PACK_REMINDER_JOB_KIND,
  PLAN_REVIEW_JOB_KIND,
} from '../../src/services/continuity/continuity-reminder-payloads.ts';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import type { TestClient } from '../support/test-client.ts';
import { buildTestApp, fixedClock, testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const clock = fixedClock('2026-12-07T10:00:00Z');
let app: FastifyInstance;
let org: TestOrg;
let other: TestOrg;
let manager: TestClient;
let owner: TestClient;
let epdId: string;

const auditActions = async (subjectId: string) =>
  (
    await sql<{
      action: string;
    }>`SELECT action FROM audit_events WHERE org_id = ${org.id} AND subject_id = ${subjectId} ORDER BY seq`.execute(
      t.db,
    )
  ).rows.map((r) => r.action);

const epdContent = {
  activationCriteria: 'Het EPD is langer dan 30 minuten niet bruikbaar.',
  roles: [{ role: 'Crisisleider', holder: 'Dr. A. de Vries', deputy: 'Ir. B. Jansen' }],
  callTree: [
    { level: 1, name: 'Dienstdoende ICT', phone: '088-1234500', calls: 'Crisisleider' },
    { level: 2, name: 'Dr. A. de Vries', role: 'Crisisleider', phone: '06-11112222' },
  ],
  externalHelp: [{ kind: 'csirt', name: 'Z-CERT', phone: '088-0000000' }],
  manualFallback: 'Papieren medicatielijsten en opnameformulieren uit de noodkast.',
  recoverySteps: [
    { title: 'Back-up controleren', targetHours: 4 },
    { title: 'EPD terugzetten', targetHours: 24 },
  ],
  communication: [{ audience: 'staff', subject: 'EPD uit', body: 'Werk met papier tot nader bericht.' }],
};

beforeAll(async () => {
  app = await buildTestApp(t.db, { clock });
  org = await createTestOrg(t.db, 'Plan Ziekenhuis', 'entity', ['owner', 'admin', 'risk-manager', 'auditor']);
  other = await createTestOrg(t.db, 'Ander Plan Waterbedrijf', 'entity', ['owner', 'risk-manager']);
  manager = await signedIn(app, org, 'risk-manager');
  owner = await signedIn(app, org, 'owner');
  epdId = (await manager.post('/api/v1/assets', { name: 'EPD', kind: 'service', crownJewel: true })).json().id;
});

async function draftPlan(title = 'Uitval EPD'): Promise<{ id: string }> {
  const res = await manager.post('/api/v1/continuity-plans', {
    kind: 'continuity',
    serviceId: epdId,
    title,
    content: epdContent,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('drafting and approving', () => {
  it('a risk manager drafts version 1; only the owner or admin approves it; the approved version is frozen', async () => {
    const plan = await draftPlan();
    const created = (await manager.get(`/api/v1/continuity-plans/${plan.id}`)).json();
    expect(created).toMatchObject({ serviceName: 'EPD', approvedVersion: null, draftVersion: 1, packOutdated: false });
    expect(created.versions[0].content.recoverySteps.map((s: { title: string }) => s.title)).toEqual([
      'Back-up controleren',
      'EPD terugzetten',
    ]);

    expect((await manager.post(`/api/v1/continuity-plans/${plan.id}/approval`, { version: 1 })).statusCode).toBe(403);
    const auditor = await signedIn(app, org, 'auditor');
    expect((await auditor.patch(`/api/v1/continuity-plans/${plan.id}`, { title: 'x' })).statusCode).toBe(403);

    const approved = await owner.post(`/api/v1/continuity-plans/${plan.id}/approval`, { version: 1 });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ approvedVersion: 1, draftVersion: null, nextReviewOn: '2027-12-07' });
    expect(approved.json().versions[0]).toMatchObject({ status: 'approved', approvedBy: org.users.owner!.email });

    // Approving again: there is no draft any more.
    expect((await owner.post(`/api/v1/continuity-plans/${plan.id}/approval`, { version: 1 })).statusCode).toBe(409);
    // Not even the database lets the approved content change.
    await expect(
      sql`UPDATE continuity_plan_versions SET content = '{}' WHERE org_id = ${org.id} AND plan_id = ${plan.id} AND version = 1`.execute(
        t.db,
      ),
    ).rejects.toThrow(/frozen/);
    // Nor who approved it: the name is part of what was signed.
    await expect(
      sql`UPDATE continuity_plan_versions SET approved_by_name = 'Iemand anders' WHERE org_id = ${org.id} AND plan_id = ${plan.id} AND version = 1`.execute(
        t.db,
      ),
    ).rejects.toThrow(/frozen/);
  });

  it('a change after approval opens version 2 as draft, says what changed, and approving it supersedes version 1', async () => {
    const plan = await draftPlan('Uitval EPD, tweede');
    await owner.post(`/api/v1/continuity-plans/${plan.id}/approval`, { version: 1 });
    const changed = await manager.patch(`/api/v1/continuity-plans/${plan.id}`, {
      content: {
        ...epdContent,
        recoverySteps: [
          { title: 'EPD terugzetten', targetHours: 24 },
          { title: 'Back-up controleren', targetHours: 4 },
        ],
        externalHelp: [...epdContent.externalHelp, { kind: 'insurer', name: 'Cyberverzekeraar', phone: '020-5550000' }],
      },
      changeNote: 'Verzekeraar toegevoegd',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const body = changed.json();
    expect(body).toMatchObject({ approvedVersion: 1, draftVersion: 2 });
    expect(body.versions[0].changes).toEqual(
      expect.arrayContaining([
        { section: 'externalHelp', change: 'added', item: 'Cyberverzekeraar' },
        { section: 'recoverySteps', change: 'reordered', item: null },
      ]),
    );
    // Version 1 in force is unchanged.
    expect(body.versions[1].content.externalHelp).toHaveLength(1);

    // A second change edits the same draft (no version 3).
    await manager.patch(`/api/v1/continuity-plans/${plan.id}`, { changeNote: 'Verzekeraar en volgorde' });
    expect((await manager.get(`/api/v1/continuity-plans/${plan.id}`)).json().draftVersion).toBe(2);

    expect((await owner.post(`/api/v1/continuity-plans/${plan.id}/approval`, { version: 3 })).statusCode).toBe(409);
    const bad = await owner.post(`/api/v1/continuity-plans/${plan.id}/approval`, {
      version: 2,
      nextReviewOn: '2030-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0]).toMatchObject({ name: 'body.nextReviewOn', code: 'review_too_late' });
    const admin = await signedIn(app, org, 'admin');
    const second = await admin.post(`/api/v1/continuity-plans/${plan.id}/approval`, {
      version: 2,
      nextReviewOn: '2027-06-01',
    });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    expect(await auditActions(plan.id)).toEqual([
      'continuity-plan.created',
      'continuity-plan.approved',
      'continuity-plan.updated',
      'continuity-plan.updated',
      'continuity-plan.approved',
    ]);
  });

  it('saving the content in force unchanged (as the editor sends it) opens no new draft', async () => {
    const plan = await draftPlan('Uitval EPD, ongewijzigd opgeslagen');
    await owner.post(`/api/v1/continuity-plans/${plan.id}/approval`, { version: 1 });
    const inForce = (await manager.get(`/api/v1/continuity-plans/${plan.id}`)).json();
    // The content as stored (jsonb orders keys its own way) and as the API schema orders it: the same plan.
    const res = await manager.patch(`/api/v1/continuity-plans/${plan.id}`, {
      title: 'Uitval EPD, andere titel',
      content: inForce.versions[0].content,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ title: 'Uitval EPD, andere titel', approvedVersion: 1, draftVersion: null });
    expect(res.json().versions).toHaveLength(1);
    const again = await manager.patch(`/api/v1/continuity-plans/${plan.id}`, { content: epdContent });
    expect(again.json()).toMatchObject({ approvedVersion: 1, draftVersion: null });
  });

  it('refuses a continuity plan without a service of its own graph, and a crisis protocol with one', async () => {
    const foreign = (
      await (
        await signedIn(app, other, 'risk-manager')
      ).post('/api/v1/assets', {
        name: 'Drinkwater',
        kind: 'service',
      })
    ).json().id;
    const res = await manager.post('/api/v1/continuity-plans', { kind: 'continuity', serviceId: foreign, title: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0]).toMatchObject({ name: 'body.serviceId', code: 'unknown_reference' });
    expect((await manager.post('/api/v1/continuity-plans', { kind: 'continuity', title: 'x' })).statusCode).toBe(400);
    expect(
      (await manager.post('/api/v1/continuity-plans', { kind: 'crisis', serviceId: epdId, title: 'x' })).statusCode,
    ).toBe(400);
  });
});

describe('the service of a plan', () => {
  it('stays a service while a continuity plan is about it (409 on turning it into an asset)', async () => {
    const service = (await manager.post('/api/v1/assets', { name: 'Labsysteem', kind: 'service' })).json().id;
    const res = await manager.post('/api/v1/continuity-plans', {
      kind: 'continuity',
      serviceId: service,
      title: 'Lab',
    });
    expect(res.statusCode, res.body).toBe(201);
    const changed = await manager.patch(`/api/v1/assets/${service}`, { kind: 'asset' });
    expect(changed.statusCode, changed.body).toBe(409);
    expect(changed.json().invalidParams[0]).toMatchObject({ name: 'body.kind', code: 'plans_first' });
    expect((await manager.get(`/api/v1/assets/${service}`)).json().kind).toBe('service');
  });
});

describe('the incident response plan', () => {
  it('is the crisis protocol marked as such; marking another moves the mark', async () => {
    expect((await manager.get('/api/v1/continuity-plans/incident-response-plan')).json()).toEqual({ plan: null });
    const first = (
      await manager.post('/api/v1/continuity-plans', {
        kind: 'crisis',
        title: 'Crisisprotocol',
        incidentResponsePlan: true,
      })
    ).json();
    expect((await manager.get('/api/v1/continuity-plans/incident-response-plan')).json().plan).toMatchObject({
      id: first.id,
      approvedVersion: null,
    });
    const second = (await manager.post('/api/v1/continuity-plans', { kind: 'crisis', title: 'Cyberprotocol' })).json();
    await manager.patch(`/api/v1/continuity-plans/${second.id}`, { incidentResponsePlan: true });
    expect((await manager.get('/api/v1/continuity-plans/incident-response-plan')).json().plan.id).toBe(second.id);
    expect((await manager.get(`/api/v1/continuity-plans/${first.id}`)).json().incidentResponsePlan).toBe(false);
    const plan = await draftPlan('Geen protocol');
    expect(
      (await manager.patch(`/api/v1/continuity-plans/${plan.id}`, { incidentResponsePlan: true })).statusCode,
    ).toBe(400);
  });
});

describe('the offline pack', () => {
  it('records the plan versions in force, renders PDF and static HTML, and knows when paper is outdated', async () => {
    const plan = await draftPlan('Uitval EPD voor het pakket');
    await owner.post(`/api/v1/continuity-plans/${plan.id}/approval`, { version: 1 });
    const before = (await manager.get('/api/v1/continuity-packs/status')).json();
    expect(before.outdated.map((o: { planId: string }) => o.planId)).toContain(plan.id);

    const auditor = await signedIn(app, org, 'auditor');
    const made = await auditor.post('/api/v1/continuity-packs', {});
    expect(made.statusCode, made.body).toBe(201);
    const pack = made.json();
    expect(pack.plans).toContainEqual({ planId: plan.id, title: 'Uitval EPD voor het pakket', version: 1 });
    expect((await manager.get('/api/v1/continuity-packs/status')).json()).toMatchObject({
      lastPack: { id: pack.id, packVersion: pack.packVersion },
      outdated: [],
    });

    const html = await manager.get(`/api/v1/continuity-packs/${pack.id}/html`);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toContain('Uitval EPD voor het pakket');
    expect(html.body).toContain('Z-CERT');
    expect(html.body).toContain(`Noodpakket versie ${pack.packVersion}`);
    expect(html.body).not.toMatch(/<script|src=|https?:\/\//i);
    const pdf = await manager.get(`/api/v1/continuity-packs/${pack.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // A new approved version makes the paper outdated; the pack itself still shows what it printed.
    await manager.patch(`/api/v1/continuity-plans/${plan.id}`, { content: { ...epdContent, workarounds: 'Nieuw' } });
    await owner.post(`/api/v1/continuity-plans/${plan.id}/approval`, { version: 2 });
    const status = (await manager.get('/api/v1/continuity-packs/status')).json();
    expect(status.outdated).toContainEqual({
      planId: plan.id,
      title: 'Uitval EPD voor het pakket',
      printedVersion: 1,
      currentVersion: 2,
    });
    expect((await manager.get(`/api/v1/continuity-plans/${plan.id}`)).json().packOutdated).toBe(true);
    expect((await manager.get(`/api/v1/continuity-packs/${pack.id}/html`)).body).not.toContain('Nieuw');
    // A renamed plan: the past pack keeps the title it printed, in its record and on its paper.
    await manager.patch(`/api/v1/continuity-plans/${plan.id}`, { title: 'Hernoemd plan' });
    expect((await manager.get(`/api/v1/continuity-packs/${pack.id}`)).json().plans).toContainEqual({
      planId: plan.id,
      title: 'Uitval EPD voor het pakket',
      version: 1,
    });
    const printed = (await manager.get(`/api/v1/continuity-packs/${pack.id}/html`)).body;
    expect(printed).toContain('Uitval EPD voor het pakket');
    expect(printed).not.toContain('Hernoemd plan');
    const packEvents = await sql<{
      action: string;
    }>`SELECT action FROM audit_events WHERE org_id = ${org.id} AND subject_id = ${pack.id}`.execute(t.db);
    expect(packEvents.rows.map((r) => r.action)).toEqual(['continuity-pack.made']);
  });

  it('reminds to print again a day after an approval, unless a pack was made since', async () => {
    const plan = await draftPlan('Uitval EPD herinnering');
    await owner.post(`/api/v1/continuity-plans/${plan.id}/approval`, { version: 1 });
    const runner = new JobRunner(testDeps(t.db, { clock: fixedClock('2026-12-08T10:00:00Z') }), {
      jobs: JOBS,
      backoffMs: () => 0,
    });
    const job = await t.db
      .selectFrom('jobs')
      .selectAll()
      .where('org_id', '=', org.id)
      .where('dedupe_key', '=', `${PACK_REMINDER_JOB_KIND}:${plan.id}:1`)
      .executeTakeFirstOrThrow();
    expect(job.run_at.toISOString()).toBe('2026-12-08T10:00:00.000Z');
    await sql`UPDATE jobs SET run_at = '2000-01-01' WHERE id = ${job.id}`.execute(t.db);
    const notes = await countRows(t.db, 'notifications', org.id);
    while (await runner.runOne());
    expect(await countRows(t.db, 'notifications', org.id)).toBe(notes + 1);
    expect(await auditActions(plan.id)).toContain('continuity-pack.outdated');

    // Printed in time: the reminder of the next approval finds nothing to do.
    await manager.patch(`/api/v1/continuity-plans/${plan.id}`, { content: { ...epdContent, purpose: 'Versie 2' } });
    await owner.post(`/api/v1/continuity-plans/${plan.id}/approval`, { version: 2 });
    await owner.post('/api/v1/continuity-packs', {});
    await sql`UPDATE jobs SET run_at = '2000-01-01' WHERE dedupe_key = ${`${PACK_REMINDER_JOB_KIND}:${plan.id}:2`}`.execute(
      t.db,
    );
    const after = await countRows(t.db, 'notifications', org.id);
    while (await runner.runOne());
    expect(await countRows(t.db, 'notifications', org.id)).toBe(after);
  });

  it('reminds of the review on the review day', async () => {
    const plan = await draftPlan('Uitval EPD review');
    await owner.post(`/api/v1/continuity-plans/${plan.id}/approval`, { version: 1, nextReviewOn: '2027-03-01' });
    const job = await t.db
      .selectFrom('jobs')
      .selectAll()
      .where('dedupe_key', '=', `${PLAN_REVIEW_JOB_KIND}:${plan.id}:2027-03-01`)
      .executeTakeFirstOrThrow();
    expect(job.run_at.toISOString()).toBe('2027-03-01T06:00:00.000Z');
    const later = fixedClock('2027-03-01T06:00:00Z');
    await sql`UPDATE jobs SET run_at = '2000-01-01' WHERE id = ${job.id}`.execute(t.db);
    const runner = new JobRunner(testDeps(t.db, { clock: later }), { jobs: JOBS, backoffMs: () => 0 });
    while (await runner.runOne());
    expect(await auditActions(plan.id)).toContain('continuity-plan.review-due');
    const lateApp = await buildTestApp(t.db, { clock: later });
    const lateOwner = await signedIn(lateApp, org, 'owner');
    expect((await lateOwner.get(`/api/v1/continuity-plans/${plan.id}`)).json().reviewDue).toBe(true);
    await lateApp.close();
  });
});

describe('the overview', () => {
  it('counts the plans, those in force and those whose printed version is outdated', async () => {
    const fresh = await createTestOrg(t.db, 'Overzicht Plannen', 'entity', ['owner']);
    const boss = await signedIn(app, fresh, 'owner');
    expect((await boss.get('/api/v1/overview')).json().continuityPlans).toEqual({
      total: 0,
      approved: 0,
      reviewsDue: 0,
      packOutdated: 0,
    });
    const crisis = (await boss.post('/api/v1/continuity-plans', { kind: 'crisis', title: 'Crisis' })).json();
    await boss.post('/api/v1/continuity-plans', { kind: 'crisis', title: 'Nog een concept' });
    await boss.post(`/api/v1/continuity-plans/${crisis.id}/approval`, { version: 1 });
    expect((await boss.get('/api/v1/overview')).json().continuityPlans).toEqual({
      total: 2,
      approved: 1,
      reviewsDue: 0,
      packOutdated: 1,
    });
    await boss.post('/api/v1/continuity-packs', {});
    expect((await boss.get('/api/v1/overview')).json().continuityPlans.packOutdated).toBe(0);
  });
});

describe('tenancy', () => {
  it("keeps another organisation's plans and packs out of reach (404) and out of its lists", async () => {
    const plan = await draftPlan('Geheim plan');
    const pack = (await owner.post('/api/v1/continuity-packs', {})).json();
    const stranger = await signedIn(app, other, 'owner');
    expect((await stranger.get(`/api/v1/continuity-plans/${plan.id}`)).statusCode).toBe(404);
    expect((await stranger.patch(`/api/v1/continuity-plans/${plan.id}`, { title: 'x' })).statusCode).toBe(404);
    expect((await stranger.post(`/api/v1/continuity-plans/${plan.id}/approval`, { version: 1 })).statusCode).toBe(404);
    expect((await stranger.get(`/api/v1/continuity-packs/${pack.id}/html`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/v1/continuity-packs/${pack.id}/pdf`)).statusCode).toBe(404);
    expect((await stranger.get('/api/v1/continuity-plans')).json().items).toEqual([]);
    const strangerPack = (await stranger.post('/api/v1/continuity-packs', {})).json();
    expect(strangerPack.plans).toEqual([]);
    expect((await manager.get(`/api/v1/continuity-plans/${plan.id}`)).json().title).toBe('Geheim plan');
  });
});
