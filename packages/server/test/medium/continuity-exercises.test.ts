// Critical roles and awareness (NIS2 Art. 21(2)(g), Art. 20(2); CER Art. 13(1)(e)) and exercises with
// partners on the platform (issue 13 item 6), through the HTTP API against a real PostgreSQL.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { JOBS } from '../../src/modules.ts';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp, fixedClock, testDeps, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const clock = fixedClock('2026-12-07T10:00:00Z');
let app: FastifyInstance;
let hospital: TestOrg;
let municipality: TestOrg;
let stranger: TestOrg;
let manager: TestClient;
let auditor: TestClient;
let handler: TestClient;
let cityOwner: TestClient;
let cityAuditor: TestClient;
let strangerOwner: TestClient;
let serviceId: string;
let scenarioId: string;
let planId: string;

const actions = async (orgId: string) =>
  (
    await sql<{ action: string }>`SELECT action FROM audit_events WHERE org_id = ${orgId} ORDER BY seq`.execute(t.db)
  ).rows.map((r) => r.action);

beforeAll(async () => {
  app = await buildTestApp(t.db, { clock });
  hospital = await createTestOrg(t.db, 'Ziekenhuis Oefen', 'entity', ['risk-manager', 'auditor', 'incident-handler']);
  municipality = await createTestOrg(t.db, 'Gemeente Oefen', 'entity', ['auditor']);
  stranger = await createTestOrg(t.db, 'Vreemde Oefen', 'entity', []);
  manager = await signedIn(app, hospital, 'risk-manager');
  auditor = await signedIn(app, hospital, 'auditor');
  handler = await signedIn(app, hospital, 'incident-handler');
  cityOwner = await signedIn(app, municipality, 'owner');
  cityAuditor = await signedIn(app, municipality, 'auditor');
  strangerOwner = await signedIn(app, stranger, 'owner');
  serviceId = (
    await manager.post('/api/v1/assets', { name: 'Patiëntenzorg', kind: 'service', crownJewel: true })
  ).json().id;
  // Scenarios and plans are other helpers' modules: inserted directly, as the brief says.
  scenarioId = (
    await sql<{ id: string }>`INSERT INTO risk_scenarios (org_id, title, threat_id)
      VALUES (${hospital.id}, 'Uitval patiëntendossier', 'ransomware') RETURNING id`.execute(t.db)
  ).rows[0]!.id;
  planId = (
    await sql<{ id: string }>`INSERT INTO continuity_plans (org_id, kind, service_id, title)
      VALUES (${hospital.id}, 'continuity', ${serviceId}, 'Continuïteitsplan EPD') RETURNING id`.execute(t.db)
  ).rows[0]!.id;
  // Partners are the organisations one shares a community with (the sharing module's): hospital and
  // municipality are in one regional group; the stranger is in none with them.
  const region = (
    await sql<{ id: string }>`INSERT INTO communities (owner_org_id, name, kind)
      VALUES (${hospital.id}, 'Veiligheidsregio Oefen', 'ad-hoc') RETURNING id`.execute(t.db)
  ).rows[0]!.id;
  await sql`INSERT INTO community_members (community_id, org_id)
    VALUES (${region}, ${hospital.id}), (${region}, ${municipality.id})`.execute(t.db);
});

describe('critical roles and awareness', () => {
  let roleId: string;

  it('marks a critical role with its service; only the roles that write the risk analysis may', async () => {
    const body = { name: 'Dienstdoende ICT', description: 'Herstart van het EPD', serviceIds: [serviceId] };
    expect((await auditor.post('/api/v1/critical-roles', body)).statusCode).toBe(403);
    expect((await handler.post('/api/v1/critical-roles', body)).statusCode).toBe(403);
    const res = await manager.post('/api/v1/critical-roles', body);
    expect(res.statusCode, res.body).toBe(201);
    roleId = res.json().id;
    expect(res.json()).toMatchObject({
      services: [{ id: serviceId, name: 'Patiëntenzorg' }],
      holders: [],
      coverage: { status: 'uncovered', holders: 0 },
    });
    expect((await manager.post('/api/v1/critical-roles', body)).statusCode).toBe(409);
    // A service of another organisation is not one of ours.
    const foreign = (
      await strangerOwner.post('/api/v1/assets', { name: 'Ander', kind: 'service', crownJewel: false })
    ).json().id;
    const bad = await manager.post('/api/v1/critical-roles', { name: 'X', serviceIds: [foreign] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('body.serviceIds.0');
    expect((await actions(hospital.id)).filter((a) => a === 'critical-role.created')).toHaveLength(1);
  });

  it('links a member of the organisation, refuses a person of another one, and keeps roles per tenant', async () => {
    const ok = await manager.post(`/api/v1/critical-roles/${roleId}/holders`, {
      personName: 'incident-handler Ziekenhuis Oefen',
      userId: hospital.users['incident-handler']!.id,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const other = await manager.post(`/api/v1/critical-roles/${roleId}/holders`, {
      personName: 'Iemand',
      userId: stranger.users.owner!.id,
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().invalidParams[0].name).toBe('body.userId');
    expect(
      (await manager.post(`/api/v1/critical-roles/${roleId}/holders`, { personName: 'M. de Vries', deputy: true }))
        .statusCode,
    ).toBe(201);
    expect((await strangerOwner.get(`/api/v1/critical-roles/${roleId}`)).statusCode).toBe(404);
    expect((await strangerOwner.get('/api/v1/critical-roles')).json().items).toEqual([]);
    expect((await strangerOwner.post(`/api/v1/critical-roles/${roleId}/holders`, { personName: 'x' })).statusCode).toBe(
      404,
    );
  });

  it('counts attendance of the role’s activities and the board’s training (measures), and lets them expire', async () => {
    const activity = await manager.post('/api/v1/awareness-activities', {
      title: 'Phishing en noodprocedures',
      kind: 'training',
      dueOn: '2026-12-01',
      validityMonths: 12,
      roleIds: [roleId],
    });
    expect(activity.statusCode, activity.body).toBe(201);
    const activityId = activity.json().id;
    // Nobody attended and the due date passed: overdue.
    let role = (await auditor.get(`/api/v1/critical-roles/${roleId}`)).json();
    expect(role.holders.map((h: { training: { status: string } }) => h.training.status)).toEqual([
      'overdue',
      'overdue',
    ]);
    const attended = await manager.post(`/api/v1/awareness-activities/${activityId}/attendance`, {
      personName: ' INCIDENT-HANDLER  Ziekenhuis Oefen ',
      attendedOn: '2026-01-15',
    });
    expect(attended.statusCode, attended.body).toBe(201);
    expect(attended.json().attendance[0]).toMatchObject({ attendedOn: '2026-01-15', expiresOn: '2027-01-15' });
    role = (await auditor.get(`/api/v1/critical-roles/${roleId}`)).json();
    expect(role.coverage).toMatchObject({ status: 'partial', current: 1, primaryCurrent: true, deputyCurrent: false });

    // The deputy is a board member: the board training recorded by the measures module counts, once.
    const board = await manager.post('/api/v1/board-trainings', {
      personName: 'M. de Vries',
      boardRole: 'Lid raad van bestuur',
      trainingName: 'Cyberweerbaarheid voor bestuurders',
      completedOn: '2026-03-01',
      expiresOn: '2028-03-01',
    });
    expect(board.statusCode, board.body).toBe(201);
    role = (await auditor.get(`/api/v1/critical-roles/${roleId}`)).json();
    expect(role.coverage.status).toBe('covered');
    expect(role.holders.find((h: { deputy: boolean }) => h.deputy).training).toEqual({
      status: 'current',
      validUntil: '2028-03-01',
      source: 'board-training',
    });
    const awarenessRows = await sql<{ n: string }>`SELECT count(*) AS n FROM awareness_attendance`.execute(t.db);
    expect(Number(awarenessRows.rows[0]!.n)).toBe(1);

    // A year and a bit later the attendance expired; the board training still holds.
    clock.set('2027-02-01T10:00:00Z');
    try {
      role = (await auditor.get(`/api/v1/critical-roles/${roleId}`)).json();
      expect(role.coverage).toMatchObject({ status: 'partial', primaryCurrent: false, deputyCurrent: true });
      expect(role.holders.find((h: { deputy: boolean }) => !h.deputy).training.status).toBe('expired');
    } finally {
      clock.set('2026-12-07T10:00:00Z');
    }
    expect(await actions(hospital.id)).toEqual(
      expect.arrayContaining(['awareness-activity.created', 'awareness-activity.attendance-recorded']),
    );
  });
});

describe('exercises with partners on the platform', () => {
  let exerciseId: string;
  let invitationId: string;

  const exercise = () => ({
    title: 'Tabletop uitval EPD',
    kind: 'tabletop',
    scenarioId,
    startsAt: '2027-03-10T09:00:00+01:00',
    endsAt: '2027-03-10T12:00:00+01:00',
    objectives: ['Handmatige registratie binnen 30 minuten'],
    planIds: [planId],
    participants: [{ name: 'Crisiscoördinator', role: 'voorzitter' }],
  });

  it('plans an exercise on a scenario and plans of its own only', async () => {
    expect((await auditor.post('/api/v1/exercises', exercise())).statusCode).toBe(403);
    const foreignScenario = await manager.post('/api/v1/exercises', { ...exercise(), scenarioId: planId });
    expect(foreignScenario.statusCode).toBe(400);
    expect(foreignScenario.json().invalidParams[0].name).toBe('body.scenarioId');
    const res = await manager.post('/api/v1/exercises', exercise());
    expect(res.statusCode, res.body).toBe(201);
    exerciseId = res.json().id;
    expect(res.json()).toMatchObject({
      status: 'planned',
      scenario: { id: scenarioId, title: 'Uitval patiëntendossier' },
      plans: [{ id: planId, title: 'Continuïteitsplan EPD', kind: 'continuity' }],
    });
  });

  it('invites the municipality, which sees the invitation’s facts and nothing else of the hospital', async () => {
    expect(
      (await manager.post(`/api/v1/exercises/${exerciseId}/invitations`, { orgId: hospital.id, role: 'x' })).statusCode,
    ).toBe(400);
    // Only partners: the list holds no one the hospital shares no community with, and inviting them fails.
    const partners = (await manager.get('/api/v1/exercise-partners')).json().items;
    expect(partners.map((o: { name: string }) => o.name)).toEqual(['Gemeente Oefen']);
    const outsider = await manager.post(`/api/v1/exercises/${exerciseId}/invitations`, {
      orgId: stranger.id,
      role: 'x',
    });
    expect(outsider.statusCode, outsider.body).toBe(400);
    const res = await manager.post(`/api/v1/exercises/${exerciseId}/invitations`, {
      orgId: municipality.id,
      role: 'Crisisteam bevolkingszorg',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().invitations).toMatchObject([{ org: { name: 'Gemeente Oefen' }, status: 'invited' }]);
    invitationId = res.json().invitations[0].id;

    const received = (await cityAuditor.get('/api/v1/exercise-invitations')).json().items;
    expect(received).toEqual([
      {
        id: invitationId,
        exerciseTitle: 'Tabletop uitval EPD',
        kind: 'tabletop',
        startsAt: '2027-03-10T08:00:00.000Z',
        endsAt: '2027-03-10T11:00:00.000Z',
        organiser: { name: 'Ziekenhuis Oefen' },
        scenarioTitle: 'Uitval patiëntendossier',
        role: 'Crisisteam bevolkingszorg',
        status: 'invited',
        exerciseStatus: 'planned',
        respondedAt: null,
      },
    ]);
    expect((await cityAuditor.get('/api/v1/overview')).json().exerciseInvitations).toBe(1);
    expect((await manager.get('/api/v1/overview')).json().exerciseInvitations).toBe(0);
    // The exercise itself, its plans and the hospital's register stay the hospital's.
    expect((await cityOwner.get(`/api/v1/exercises/${exerciseId}`)).statusCode).toBe(404);
    expect((await cityOwner.get('/api/v1/exercises')).json().items).toEqual([]);
    expect((await cityOwner.get('/api/v1/plan-exercise-coverage')).json().items).toEqual([]);
    expect((await strangerOwner.get('/api/v1/exercise-invitations')).json().items).toEqual([]);
    expect((await manager.get('/api/v1/exercise-invitations')).json().items).toEqual([]);
  });

  it('the invited organisation answers in its own platform; both chains record it; no one else can', async () => {
    expect(
      (await strangerOwner.post(`/api/v1/exercise-invitations/${invitationId}/responses`, { response: 'accepted' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await manager.post(`/api/v1/exercise-invitations/${invitationId}/responses`, { response: 'accepted' }))
        .statusCode,
    ).toBe(404);
    // Taking part is a person's act: the municipality's machine may read the invitation, not answer it.
    const { token } = (await cityOwner.post('/api/v1/api-tokens', { name: 'Koppeling', role: 'owner' })).json();
    const machine = new TestClient(app, token);
    expect((await machine.get('/api/v1/exercise-invitations')).json().items).toHaveLength(1);
    expect(
      (await machine.post(`/api/v1/exercise-invitations/${invitationId}/responses`, { response: 'accepted' }))
        .statusCode,
    ).toBe(403);
    const res = await cityOwner.post(`/api/v1/exercise-invitations/${invitationId}/responses`, {
      response: 'accepted',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'accepted', respondedAt: '2026-12-07T10:00:00.000Z' });
    expect((await manager.get(`/api/v1/exercises/${exerciseId}`)).json().invitations[0]).toMatchObject({
      status: 'accepted',
      respondedAt: '2026-12-07T10:00:00.000Z',
    });
    expect((await actions(municipality.id)).at(-1)).toBe('exercise.invitation-answered');
    expect((await actions(hospital.id)).slice(-2)).toEqual([
      'exercise.invitation-sent',
      'exercise.invitation-answered',
    ]);
    // Repeating the same answer changes and records nothing.
    const before = (await actions(municipality.id)).length;
    expect(
      (await cityOwner.post(`/api/v1/exercise-invitations/${invitationId}/responses`, { response: 'accepted' }))
        .statusCode,
    ).toBe(200);
    expect(await actions(municipality.id)).toHaveLength(before);
  });

  it('shows the exercise in its month of the yearly calendar, and the plan as never exercised until held', async () => {
    const calendar = (await auditor.get('/api/v1/exercise-calendar?year=2027')).json();
    expect(calendar.months).toHaveLength(12);
    expect(calendar.months[2].items.map((e: { id: string }) => e.id)).toEqual([exerciseId]);
    expect(calendar.months.filter((m: { items: unknown[] }) => m.items.length > 0)).toHaveLength(1);
    expect(
      (await auditor.get('/api/v1/exercise-calendar?year=2026'))
        .json()
        .months.flatMap((m: { items: unknown[] }) => m.items),
    ).toEqual([]);
    expect((await auditor.get('/api/v1/plan-exercise-coverage')).json().items).toEqual([
      {
        plan: { id: planId, title: 'Continuïteitsplan EPD', kind: 'continuity' },
        lastExercisedAt: null,
        lastExerciseId: null,
        status: 'never',
      },
    ]);
  });

  it('keeps a run log, refuses findings before it is held, and turns findings into improvement actions', async () => {
    const finding = { text: 'Het belschema van de gemeente was verouderd' };
    expect((await manager.post(`/api/v1/exercises/${exerciseId}/findings`, finding)).statusCode).toBe(409);
    const inject = await manager.post(`/api/v1/exercises/${exerciseId}/log-entries`, {
      occurredAt: '2027-03-10T09:15:00+01:00',
      kind: 'inject',
      text: 'Het EPD is niet bereikbaar',
    });
    expect(inject.statusCode, inject.body).toBe(201);
    expect((await manager.patch(`/api/v1/exercises/${exerciseId}`, { status: 'evaluated' })).statusCode).toBe(409);
    expect((await manager.patch(`/api/v1/exercises/${exerciseId}`, { status: 'held' })).json().status).toBe('held');
    // Once held the invitation's answer is fixed, and the overview no longer asks for it.
    expect((await cityAuditor.get('/api/v1/overview')).json().exerciseInvitations).toBe(0);
    expect(
      (await cityOwner.post(`/api/v1/exercise-invitations/${invitationId}/responses`, { response: 'declined' }))
        .statusCode,
    ).toBe(409);
    await manager.post(`/api/v1/exercises/${exerciseId}/log-entries`, {
      occurredAt: '2027-03-10T09:40:00+01:00',
      kind: 'decision',
      text: 'Over op papieren registratie',
    });
    const f = await manager.post(`/api/v1/exercises/${exerciseId}/findings`, finding);
    expect(f.statusCode, f.body).toBe(201);
    const action = await manager.post(`/api/v1/exercises/${exerciseId}/findings/${f.json().id}/actions`, {
      title: 'Belschema gemeente bijwerken',
      assignee: 'incident-handler Ziekenhuis Oefen',
      dueAt: '2027-04-01T00:00:00Z',
    });
    expect(action.statusCode, action.body).toBe(201);
    expect(action.json()).toMatchObject({ kind: 'improvement', findingId: f.json().id, doneAt: null });

    const full = (await auditor.get(`/api/v1/exercises/${exerciseId}`)).json();
    expect(full.log.map((e: { kind: string }) => e.kind)).toEqual(['inject', 'decision']);
    expect(full.findings[0].actions.map((a: { title: string }) => a.title)).toEqual(['Belschema gemeente bijwerken']);

    // One improvement-action mechanism: the action is a task, and shows under "my tasks" with its exercise.
    const overview = (await handler.get('/api/v1/overview')).json();
    expect(overview.myTasks.items).toEqual([
      {
        id: action.json().id,
        title: 'Belschema gemeente bijwerken',
        dueAt: '2027-04-01T00:00:00.000Z',
        exercise: { id: exerciseId, title: 'Tabletop uitval EPD' },
      },
    ]);
    // Not through the incident routes, though.
    expect(
      (await handler.patch(`/api/v1/incidents/${exerciseId}/tasks/${action.json().id}`, { done: true })).statusCode,
    ).toBe(404);
    const done = await manager.patch(`/api/v1/exercises/${exerciseId}/actions/${action.json().id}`, { done: true });
    expect(done.json().doneAt).toBe('2026-12-07T10:00:00.000Z');
    expect((await handler.get('/api/v1/overview')).json().myTasks.total).toBe(0);

    const evaluated = await manager.patch(`/api/v1/exercises/${exerciseId}`, {
      status: 'evaluated',
      evaluation: 'Doelen gehaald, belschema verbeteren.',
    });
    expect(evaluated.statusCode, evaluated.body).toBe(200);
    const trail = (await auditor.get('/api/v1/audit-events?pageSize=100')).json().items as {
      action: string;
      subjectLabel: string | null;
    }[];
    expect(trail.find((e) => e.action === 'exercise.planned')?.subjectLabel).toBe('Tabletop uitval EPD');
    expect(trail.find((e) => e.action === 'critical-role.created')?.subjectLabel).toBe('Dienstdoende ICT');
    expect(await actions(hospital.id)).toEqual(
      expect.arrayContaining([
        'exercise.planned',
        'exercise.log-entry-added',
        'exercise.updated',
        'exercise.finding-added',
        'exercise.action-added',
        'exercise.action-updated',
      ]),
    );
  });

  it('tells per plan when it was last exercised, and that it is due again after a year', async () => {
    const [coverage] = (await auditor.get('/api/v1/plan-exercise-coverage')).json().items;
    expect(coverage).toMatchObject({
      lastExercisedAt: '2027-03-10T08:00:00.000Z',
      lastExerciseId: exerciseId,
      status: 'current',
    });
    clock.set('2028-03-11T10:00:00Z');
    try {
      expect((await auditor.get('/api/v1/plan-exercise-coverage')).json().items[0].status).toBe('due');
    } finally {
      clock.set('2026-12-07T10:00:00Z');
    }
  });

  it('holds a task to exactly one source in the database', async () => {
    const incidentId = null;
    await expect(
      sql`INSERT INTO incident_tasks (org_id, incident_id, exercise_id, title, kind)
        VALUES (${hospital.id}, ${incidentId}, NULL, 'zonder bron', 'improvement')`.execute(t.db),
    ).rejects.toThrow(/incident_tasks_one_source/);
    await expect(
      sql`INSERT INTO incident_tasks (org_id, exercise_id, title, kind)
        VALUES (${hospital.id}, ${exerciseId}, 'respons uit oefening', 'response')`.execute(t.db),
    ).rejects.toThrow(/incident_tasks_exercise_improvement/);
  });
});

describe('exercise reminders', () => {
  it('reminds a week before an exercise and when its evaluation is overdue; not once it was cancelled', async () => {
    const plan = (title: string) =>
      manager.post('/api/v1/exercises', {
        title,
        kind: 'tabletop',
        scenarioId,
        startsAt: '2027-01-20T09:00:00Z',
        objectives: ['Over op papier'],
        planIds: [planId],
        participants: [],
      });
    const held = (await plan('Herinnering oefening')).json().id;
    const cancelled = (await plan('Afgelaste oefening')).json().id;
    const jobs = await sql<{ id: string; run_at: Date; dedupe_key: string }>`
      SELECT id, run_at, dedupe_key FROM jobs WHERE kind = 'continuity.exercise-reminder'
        AND payload->>'exerciseId' = ${held} ORDER BY run_at`.execute(t.db);
    expect(jobs.rows.map((j) => j.run_at.toISOString())).toEqual([
      '2027-01-13T09:00:00.000Z',
      '2027-02-17T09:00:00.000Z',
    ]);
    await manager.patch(`/api/v1/exercises/${cancelled}`, { status: 'cancelled' });
    const notes = await countRows(t.db, 'notifications', hospital.id);
    await sql`UPDATE jobs SET run_at = '2000-01-01' WHERE kind = 'continuity.exercise-reminder'`.execute(t.db);
    const runner = new JobRunner(testDeps(t.db, { clock: fixedClock('2027-02-17T09:00:00Z') }), {
      jobs: JOBS,
      backoffMs: () => 0,
    });
    while (await runner.runOne());
    const sent = await sql<{ subject_id: string; details: { reminder: string } }>`
      SELECT subject_id, details FROM audit_events WHERE org_id = ${hospital.id} AND action = 'exercise.reminder-sent'
      ORDER BY seq`.execute(t.db);
    expect(sent.rows.map((r) => [r.subject_id, r.details.reminder])).toEqual([
      [held, 'upcoming'],
      [held, 'evaluation-overdue'],
    ]);
    expect(await countRows(t.db, 'notifications', hospital.id)).toBe(notes + 2);
    const mail = await sql<{ subject: string; body: string }>`
      SELECT subject, body FROM mail_outbox WHERE subject LIKE '%Herinnering oefening%' ORDER BY created_at`.execute(
      t.db,
    );
    expect(mail.rows[0]).toMatchObject({ subject: '[Weerbaar] Oefening over een week: Herinnering oefening' });
    expect(mail.rows[0]!.body).toContain(`Open de oefening: /exercises/${held}`);
  });
});
