// Crisis coordination (issue 16 items 1, 2, 5): tenancy (only members read a crisis), the crisis-team role
// (an observer cannot write), exercises kept apart from real crises, frozen sitreps, the sitrep reminder, and
// closing with lessons that become improvement actions. One database for the file.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import { sendSitrepReminder } from '../../src/services/crisis/send-sitrep-reminder.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import type { TestClient } from '../support/test-client.ts';
import { buildTestApp, fixedClock, testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const clock = fixedClock('2026-12-07T10:00:00Z');
let app: FastifyInstance;
let authority: TestOrg;
let hospital: TestOrg;
let water: TestOrg;
let analyst: TestClient;
let authorityOwner: TestClient;
let authorityAuditor: TestClient;
let hospitalHandler: TestClient;
let hospitalAuditor: TestClient;
let waterOwner: TestClient;
let otherAuthorityOwner: TestClient;
let crisisId: string;

const declare = (overrides: Record<string, unknown> = {}) => ({
  title: 'Kwetsbaarheid in leverancierssoftware',
  level: 'heightened',
  reason: 'Actief misbruik gemeld bij twee ziekenhuizen.',
  scope: { sectors: ['Health'], regions: ['Utrecht'] },
  structures: ['ncc'],
  ...overrides,
});

beforeAll(async () => {
  app = await buildTestApp(t.db, { clock });
  authority = await createTestOrg(t.db, 'Crisis NCSC', 'authority', ['owner', 'analyst', 'auditor']);
  hospital = await createTestOrg(t.db, 'Crisis Ziekenhuis', 'entity', ['owner', 'incident-handler', 'auditor']);
  water = await createTestOrg(t.db, 'Crisis Water', 'entity', ['owner']);
  analyst = await signedIn(app, authority, 'analyst');
  authorityOwner = await signedIn(app, authority, 'owner');
  authorityAuditor = await signedIn(app, authority, 'auditor');
  hospitalHandler = await signedIn(app, hospital, 'incident-handler');
  hospitalAuditor = await signedIn(app, hospital, 'auditor');
  waterOwner = await signedIn(app, water, 'owner');
  otherAuthorityOwner = await signedIn(app, await createTestOrg(t.db, 'Crisis CSIRT', 'authority', ['owner']), 'owner');
  const res = await analyst.post('/api/v1/crises', declare({ memberOrgIds: [hospital.id] }));
  expect(res.statusCode, res.body).toBe(201);
  crisisId = res.json().id;
});

describe('declaring and the room', () => {
  it('declares at a configured level, makes the declarer coordinator and records the declaration', async () => {
    const crisis = (await analyst.get(`/api/v1/crises/${crisisId}`)).json();
    expect(crisis).toMatchObject({
      reference: 'CR-2026-001',
      level: 'heightened',
      levelLabel: 'Verhoogde paraatheid',
      status: 'declared',
      isExercise: false,
      structures: [{ key: 'ncc' }],
      members: [{ orgId: hospital.id, remote: false }],
      team: [{ userId: authority.users.analyst!.id, role: 'coordinator' }],
      nextSitrepDueAt: '2026-12-07T14:00:00.000Z',
      may: { post: true, manage: true },
    });
    expect(crisis.levelChanges).toMatchObject([{ kind: 'declared', toLevel: 'heightened' }]);
    const audit = await sql<{ n: string }>`
      SELECT count(*) AS n FROM audit_events WHERE org_id = ${authority.id} AND action = 'crisis.declared'`.execute(
      t.db,
    );
    expect(Number(audit.rows[0]!.n)).toBe(1);
  });

  it('refuses a level that is not configured, and "normal" (nothing to declare)', async () => {
    for (const level of ['code-red', 'normal']) {
      const res = await analyst.post('/api/v1/crises', declare({ level }));
      expect(res.statusCode).toBe(400);
      expect(res.json().invalidParams[0].name).toBe('body.level');
    }
  });

  it('escalates and de-escalates with the reason on the record; a member cannot', async () => {
    const up = await analyst.post(`/api/v1/crises/${crisisId}/level-changes`, {
      level: 'crisis-national',
      reason: 'Uitval bij drie sectoren.',
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json().levelChanges.at(-1)).toMatchObject({
      kind: 'escalated',
      fromLevel: 'heightened',
      toLevel: 'crisis-national',
      reason: 'Uitval bij drie sectoren.',
    });
    const member = await hospitalHandler.post(`/api/v1/crises/${crisisId}/level-changes`, {
      level: 'incident',
      reason: 'x',
    });
    expect(member.statusCode).toBe(403);
    const same = await analyst.post(`/api/v1/crises/${crisisId}/level-changes`, {
      level: 'crisis-national',
      reason: 'x',
    });
    expect(same.statusCode).toBe(400);
  });
});

describe('tenancy and roles', () => {
  it('a member organisation reads the room and lists it; another entity neither', async () => {
    expect((await hospitalAuditor.get(`/api/v1/crises/${crisisId}`)).statusCode).toBe(200);
    expect((await hospitalAuditor.get('/api/v1/crises')).json().items.map((c: { id: string }) => c.id)).toContain(
      crisisId,
    );
    expect((await waterOwner.get(`/api/v1/crises/${crisisId}`)).statusCode).toBe(404);
    expect((await waterOwner.get('/api/v1/crises')).json().items).toEqual([]);
    expect(
      (
        await waterOwner.post(`/api/v1/crises/${crisisId}/facts`, {
          statement: 'x',
          certainty: 'known',
          source: 'x',
          observedAt: '2026-12-07T09:00:00Z',
        })
      ).statusCode,
    ).toBe(404);
  });

  it("a member's incident handler posts a fact; its auditor and the authority's auditor cannot", async () => {
    const fact = {
      statement: 'Patiëntportaal onbereikbaar',
      certainty: 'known',
      source: 'Melding ziekenhuis',
      observedAt: '2026-12-07T09:30:00Z',
    };
    expect((await hospitalHandler.post(`/api/v1/crises/${crisisId}/facts`, fact)).statusCode).toBe(201);
    expect((await hospitalAuditor.post(`/api/v1/crises/${crisisId}/facts`, fact)).statusCode).toBe(403);
    expect((await authorityAuditor.post(`/api/v1/crises/${crisisId}/facts`, fact)).statusCode).toBe(403);
    // The member's step is in both chains: the authority's and its own.
    const chains = await sql<{ org_id: string }>`
      SELECT org_id FROM audit_events WHERE action = 'crisis.fact-added' ORDER BY org_id`.execute(t.db);
    expect(chains.rows.map((r) => r.org_id).sort()).toEqual([authority.id, hospital.id].sort());
  });

  it('an observer in the crisis team reads but cannot write, whatever the platform role', async () => {
    const set = await analyst.post(`/api/v1/crises/${crisisId}/team`, {
      userId: authority.users.owner!.id,
      role: 'observer',
    });
    expect(set.statusCode, set.body).toBe(200);
    const room = await authorityOwner.get(`/api/v1/crises/${crisisId}`);
    expect(room.statusCode).toBe(200);
    expect(room.json().may).toEqual({ post: false, manage: false });
    const decision = {
      decision: 'x',
      decidedBy: 'NCC',
      decidedAt: '2026-12-07T10:00:00Z',
      basis: 'x',
    };
    expect((await authorityOwner.post(`/api/v1/crises/${crisisId}/decisions`, decision)).statusCode).toBe(403);
    expect(
      (await authorityOwner.post(`/api/v1/crises/${crisisId}/level-changes`, { level: 'incident', reason: 'x' }))
        .statusCode,
    ).toBe(403);
    // Someone of another organisation cannot be put in the team.
    const outsider = await analyst.post(`/api/v1/crises/${crisisId}/team`, {
      userId: water.users.owner!.id,
      role: 'analyst',
    });
    expect(outsider.statusCode).toBe(400);
  });
});

describe('picture, decisions and sitreps', () => {
  it('numbers decisions and freezes each sitrep; the database refuses a change to one', async () => {
    for (const n of [1, 2]) {
      const res = await analyst.post(`/api/v1/crises/${crisisId}/decisions`, {
        decision: `Besluit ${n}`,
        decidedBy: 'ICCb',
        decidedAt: '2026-12-07T10:00:00Z',
        basis: 'Beeld van 10:00',
        structure: 'iccb',
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().number).toBe(n);
    }
    const action = await analyst.post(`/api/v1/crises/${crisisId}/actions`, {
      title: 'Sectoren informeren',
      owner: 'Analist',
      dueAt: '2026-12-07T09:00:00Z',
    });
    expect(action.statusCode).toBe(201);
    expect(action.json().overdue).toBe(true);
    const sitrep = await analyst.post(`/api/v1/crises/${crisisId}/sitreps`, { summary: 'Eerste beeld.' });
    expect(sitrep.statusCode, sitrep.body).toBe(201);
    expect(sitrep.json()).toMatchObject({ number: 1, content: { reference: 'CR-2026-001', isExercise: false } });
    expect(sitrep.json().content.decisions).toHaveLength(2);
    expect(sitrep.json().content.facts).toHaveLength(1);
    // Later entries do not change the frozen sitrep.
    await analyst.post(`/api/v1/crises/${crisisId}/facts`, {
      statement: 'Later feit',
      certainty: 'assumed',
      source: 'Analist',
      observedAt: '2026-12-07T10:00:00Z',
    });
    const again = await hospitalAuditor.get(`/api/v1/crises/${crisisId}/sitreps/${sitrep.json().id}`);
    expect(again.json().content.facts).toHaveLength(1);
    await expect(
      sql`UPDATE crisis_sitreps SET summary = 'anders' WHERE id = ${sitrep.json().id}`.execute(t.db),
    ).rejects.toThrow(/append-only/);
    const pdf = await hospitalAuditor.get(`/api/v1/crises/${crisisId}/sitreps/${sitrep.json().id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reminds when a sitrep is due, once, and not after a newer sitrep moved the due moment', async () => {
    const deps = testDeps(t.db, { clock });
    const res = await analyst.post('/api/v1/crises', declare({ title: 'Herinnering', sitrepIntervalMinutes: 60 }));
    const id = res.json().id;
    const payload = { orgId: authority.id, crisisId: id, dueAt: '2026-12-07T11:00:00.000Z' };
    expect(await sendSitrepReminder(deps, SYSTEM_ACTOR, payload)).toBe('sent');
    expect(await sendSitrepReminder(deps, SYSTEM_ACTOR, payload)).toBe('skipped');
    // A sitrep at 10:30 moves the next one to 11:30: a reminder scheduled for 11:00 has nothing to do.
    clock.set('2026-12-07T10:30:00Z');
    try {
      expect((await analyst.post(`/api/v1/crises/${id}/sitreps`, { summary: 'Op tijd.' })).statusCode).toBe(201);
      const old = { ...payload, dueAt: '2026-12-07T11:00:00.000Z', orgId: authority.id };
      // A fresh key: without the due-moment check this one would be sent.
      await sql`DELETE FROM notifications WHERE org_id = ${authority.id} AND subject_id = ${id}`.execute(t.db);
      expect(await sendSitrepReminder(deps, SYSTEM_ACTOR, old)).toBe('skipped');
      expect(await sendSitrepReminder(deps, SYSTEM_ACTOR, { ...payload, dueAt: '2026-12-07T11:30:00.000Z' })).toBe(
        'sent',
      );
    } finally {
      clock.set('2026-12-07T10:00:00Z');
    }
  });
});

describe('exercises', () => {
  it('are never in the list of real crises and never link real reports', async () => {
    // An agenda item that is not the organisation's is refused as input, not a database error.
    const unknownItem = await analyst.post(
      '/api/v1/crises',
      declare({ title: 'Oefening', isExercise: true, exerciseAgendaItemId: crypto.randomUUID() }),
    );
    expect(unknownItem.statusCode, unknownItem.body).toBe(400);
    const exercise = await analyst.post(
      '/api/v1/crises',
      declare({ title: 'Oefening ransomware drinkwater', isExercise: true }),
    );
    expect(exercise.statusCode, exercise.body).toBe(201);
    expect(exercise.json()).toMatchObject({ reference: 'OEF-2026-001', isExercise: true });
    const real = (await analyst.get('/api/v1/crises')).json().items.map((c: { id: string }) => c.id);
    const drills = (await analyst.get('/api/v1/crises?exercise=true')).json().items.map((c: { id: string }) => c.id);
    expect(real).not.toContain(exercise.json().id);
    expect(real).toContain(crisisId);
    expect(drills).toEqual([exercise.json().id]);
    const linked = await analyst.post(
      '/api/v1/crises',
      declare({ isExercise: true, scope: { inboxReportIds: [crypto.randomUUID()] } }),
    );
    expect(linked.statusCode).toBe(400);
    expect(linked.json().invalidParams[0].name).toBe('body.scope.inboxReportIds');
    const scope = await analyst.put(`/api/v1/crises/${exercise.json().id}/scope`, {
      sectors: ['Drinking water'],
      observables: [{ type: 'ipv4', value: '203.0.113.9' }],
    });
    expect(scope.statusCode).toBe(400);
  });
});

describe('end and learn', () => {
  it('closes with an evaluation; lessons with an owner become improvement actions; nothing is added after', async () => {
    const res = await analyst.post(`/api/v1/crises/${crisisId}/closure`, {
      reason: 'Dreiging voorbij.',
      evaluation: 'Snel beeld, trage besluitvorming.',
      lessons: [
        { lesson: 'Contactlijst sectoren bijhouden', owner: 'Analist', dueAt: '2027-01-31T12:00:00Z' },
        { lesson: 'Besluitvorming sneller', owner: null },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const crisis = res.json();
    expect(crisis).toMatchObject({
      status: 'closed',
      level: 'normal',
      evaluation: 'Snel beeld, trage besluitvorming.',
    });
    expect(crisis.nextSitrepDueAt).toBeNull();
    expect(crisis.levelChanges.at(-1)).toMatchObject({ kind: 'closed', toLevel: 'normal' });
    expect(crisis.lessons.map((l: { taskId: string | null }) => l.taskId !== null)).toEqual([true, false]);
    const tasks = await t.db
      .selectFrom('incident_tasks')
      .select(['kind', 'assignee'])
      .where('crisis_id', '=', crisisId)
      .where('kind', '=', 'improvement')
      .execute();
    expect(tasks).toEqual([{ kind: 'improvement', assignee: 'Analist' }]);
    const late = await analyst.post(`/api/v1/crises/${crisisId}/facts`, {
      statement: 'Te laat',
      certainty: 'known',
      source: 'x',
      observedAt: '2026-12-07T11:00:00Z',
    });
    expect(late.statusCode).toBe(409);
    const record = await hospitalAuditor.get(`/api/v1/crises/${crisisId}/pdf`);
    expect(record.statusCode).toBe(200);
    expect(record.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('taking organisations and people out of the room', () => {
  it('removes a member organisation with its people in the team, audited; others get 404, an observer 403', async () => {
    const res = await analyst.post('/api/v1/crises', declare({ title: 'Uitval', memberOrgIds: [hospital.id] }));
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    const handlerId = hospital.users['incident-handler']!.id;
    expect((await analyst.post(`/api/v1/crises/${id}/team`, { userId: handlerId, role: 'analyst' })).statusCode).toBe(
      200,
    );
    const observerSet = await analyst.post(`/api/v1/crises/${id}/team`, {
      userId: authority.users.owner!.id,
      role: 'observer',
    });
    expect(observerSet.statusCode).toBe(200);

    // Another organisation holding the real ids, a member organisation, an observer: all refused.
    expect((await otherAuthorityOwner.delete(`/api/v1/crises/${id}/members/${hospital.id}`)).statusCode).toBe(404);
    expect((await otherAuthorityOwner.delete(`/api/v1/crises/${id}/team/${handlerId}`)).statusCode).toBe(404);
    expect((await hospitalHandler.delete(`/api/v1/crises/${id}/members/${hospital.id}`)).statusCode).toBe(403);
    expect((await authorityOwner.delete(`/api/v1/crises/${id}/members/${hospital.id}`)).statusCode).toBe(403);
    expect((await authorityOwner.delete(`/api/v1/crises/${id}/team/${handlerId}`)).statusCode).toBe(403);

    const removed = await analyst.delete(`/api/v1/crises/${id}/members/${hospital.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().members).toEqual([]);
    expect(removed.json().team.map((m: { userId: string }) => m.userId)).not.toContain(handlerId);
    expect((await hospitalHandler.get(`/api/v1/crises/${id}`)).statusCode).toBe(404);
    expect((await analyst.delete(`/api/v1/crises/${id}/members/${hospital.id}`)).statusCode).toBe(404);

    const out = await analyst.delete(`/api/v1/crises/${id}/team/${authority.users.owner!.id}`);
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json().team.map((m: { userId: string }) => m.userId)).not.toContain(authority.users.owner!.id);
    // No longer an observer: the owner may manage again.
    expect((await authorityOwner.get(`/api/v1/crises/${id}`)).json().may.manage).toBe(true);
    expect((await analyst.delete(`/api/v1/crises/${id}/team/${authority.users.owner!.id}`)).statusCode).toBe(404);

    // An observable goes out of the scope again; a second removal changes nothing.
    const observable = { type: 'ip', value: '203.0.113.7' };
    const withObservable = await analyst.put(`/api/v1/crises/${id}/scope`, { observables: [observable] });
    expect(withObservable.json().scope.observables).toEqual([observable]);
    expect(
      (await otherAuthorityOwner.post(`/api/v1/crises/${id}/scope/removals`, { observables: [observable] })).statusCode,
    ).toBe(404);
    const scopeOut = await analyst.post(`/api/v1/crises/${id}/scope/removals`, { observables: [observable] });
    expect(scopeOut.statusCode, scopeOut.body).toBe(200);
    expect(scopeOut.json().scope.observables).toEqual([]);

    const audit = await sql<{ action: string; org_id: string }>`
      SELECT action, org_id FROM audit_events
      WHERE action IN ('crisis.member-removed', 'crisis.team-member-removed') ORDER BY action`.execute(t.db);
    expect(audit.rows).toEqual([
      { action: 'crisis.member-removed', org_id: authority.id },
      { action: 'crisis.team-member-removed', org_id: authority.id },
    ]);
  });
});

describe('the crisis-team picker', () => {
  it('names the people who may post, of the owner and its member organisations only, to who may manage', async () => {
    const res = await analyst.post('/api/v1/crises', declare({ title: 'Teamkeuze', memberOrgIds: [hospital.id] }));
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    const candidates = await analyst.get(`/api/v1/crises/${id}/team-candidates`);
    expect(candidates.statusCode, candidates.body).toBe(200);
    // The owner first; auditors (read-only) are no candidates; water is no member; names, no e-mail addresses.
    expect(candidates.json()).toEqual({
      organisations: [
        {
          orgId: authority.id,
          name: 'Crisis NCSC',
          owner: true,
          people: [
            { userId: authority.users.analyst!.id, name: 'analyst Crisis NCSC' },
            { userId: authority.users.owner!.id, name: 'Owner Crisis NCSC' },
          ],
        },
        {
          orgId: hospital.id,
          name: 'Crisis Ziekenhuis',
          owner: false,
          people: [
            { userId: hospital.users['incident-handler']!.id, name: 'incident-handler Crisis Ziekenhuis' },
            { userId: hospital.users.owner!.id, name: 'Owner Crisis Ziekenhuis' },
          ],
        },
      ],
    });
    // A member organisation's person picked from the list joins the team.
    const set = await analyst.post(`/api/v1/crises/${id}/team`, {
      userId: hospital.users['incident-handler']!.id,
      role: 'analyst',
    });
    expect(set.statusCode, set.body).toBe(200);

    // Only who may manage the crisis: a member's people and the authority's auditor are refused (route role),
    // another authority does not find it, an observer may not manage.
    expect((await hospitalHandler.get(`/api/v1/crises/${id}/team-candidates`)).statusCode).toBe(403);
    expect((await waterOwner.get(`/api/v1/crises/${id}/team-candidates`)).statusCode).toBe(403);
    expect((await authorityAuditor.get(`/api/v1/crises/${id}/team-candidates`)).statusCode).toBe(403);
    expect((await otherAuthorityOwner.get(`/api/v1/crises/${id}/team-candidates`)).statusCode).toBe(404);
    const observer = await analyst.post(`/api/v1/crises/${id}/team`, {
      userId: authority.users.owner!.id,
      role: 'observer',
    });
    expect(observer.statusCode).toBe(200);
    expect((await authorityOwner.get(`/api/v1/crises/${id}/team-candidates`)).statusCode).toBe(403);
  });
});

describe('an organisation of the register on another installation', () => {
  it('becomes a remote member (sitreps over the pull, never the room); an id not in the register is refused', async () => {
    const elsewhere = crypto.randomUUID();
    await sql`INSERT INTO registry_entities (org_id, entity_id, name, kvk_number, sectors, entity_types,
        classification_eu, classification_nl, province, latest_submission_id, latest_submitted_at,
        latest_received_at, latest_reference, first_received_at)
      VALUES (${authority.id}, ${elsewhere}, 'Waterschap Elders', NULL, ${['Drinking water']}, ${[]}, 'essential',
        NULL, 'utrecht', ${crypto.randomUUID()}, now(), now(), 'REG-2026-ELDERS', now())`.execute(t.db);
    const res = await analyst.post('/api/v1/crises', declare({ title: 'Elders' }));
    const id = res.json().id;

    const added = await analyst.post(`/api/v1/crises/${id}/members`, { orgId: elsewhere });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().members).toEqual([{ orgId: elsewhere, name: 'Waterschap Elders', remote: true }]);
    // It is not a member of the room: the policy's member list holds organisations here only.
    const [row] = (
      await sql<{ n: number }>`SELECT count(*)::int AS n FROM crisis_member_orgs WHERE crisis_id = ${id}`.execute(t.db)
    ).rows;
    expect(row).toEqual({ n: 0 });
    // An id neither here nor in the register stays a plain invalid value.
    const unknown = await analyst.post(`/api/v1/crises/${id}/members`, { orgId: crypto.randomUUID() });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.orgId', code: 'invalid' })]);
    // Declaring with an unknown id: refused on its place in the list; no crisis is written.
    const before = (await analyst.get('/api/v1/crises')).json().items.length;
    const declared = await analyst.post(
      '/api/v1/crises',
      declare({ memberOrgIds: [water.id, elsewhere, crypto.randomUUID()] }),
    );
    expect(declared.statusCode).toBe(400);
    expect(declared.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'body.memberOrgIds.2', code: 'invalid' }),
    ]);
    expect((await analyst.get('/api/v1/crises')).json().items.length).toBe(before);
    // Declaring with one here and one elsewhere: one in the room, one remote.
    const both = await analyst.post('/api/v1/crises', declare({ memberOrgIds: [water.id, elsewhere] }));
    expect(both.statusCode, both.body).toBe(201);
    expect(both.json().members).toEqual([
      { orgId: water.id, name: water.name, remote: false },
      { orgId: elsewhere, name: 'Waterschap Elders', remote: true },
    ]);
  });
});
