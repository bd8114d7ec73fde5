// The exercise agenda (issue 16 item 6) through the HTTP API against a real PostgreSQL: the authority's
// role matrix, tenancy (an uninvited entity sees nothing; an invited one only its item), confirm/decline
// recorded in both chains, and the link to the entity's own exercise (no copy).
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RANSOMWARE_EXERCISE, seedDemoExerciseAgenda } from '../../src/services/demo/seed-demo-exercise-agenda.ts';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp, fixedClock, testDeps, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const clock = fixedClock('2026-12-07T10:00:00Z');
let app: FastifyInstance;
let authority: TestOrg;
let water: TestOrg;
let stranger: TestOrg;
let analyst: TestClient;
let authAuditor: TestClient;
let waterOwner: TestClient;
let waterManager: TestClient;
let waterHandler: TestClient;
let strangerOwner: TestClient;
let agendaId: string;
let itemId: string;
let otherItemId: string;

const actions = async (orgId: string) =>
  (
    await sql<{ action: string }>`SELECT action FROM audit_events WHERE org_id = ${orgId} ORDER BY seq`.execute(t.db)
  ).rows.map((r) => r.action);

const itemBody = {
  title: 'Landelijke ransomware-oefening drinkwater',
  theme: 'cyber-threats',
  scenario: 'Ransomware legt de besturing van zuiveringen bij meerdere drinkwaterbedrijven stil.',
  threatId: 'ransomware',
  organiser: 'NCSC met ministerie van IenW',
  objectives: ['Opschaling volgens het Landelijk Crisisplan Digitaal oefenen'],
  plannedFrom: '2027-03-10',
  plannedTo: '2027-03-11',
  otherParticipants: ['Veiligheidsregio Utrecht'],
};

beforeAll(async () => {
  app = await buildTestApp(t.db, { clock });
  authority = await createTestOrg(t.db, 'Autoriteit Agenda', 'authority', ['analyst', 'auditor']);
  water = await createTestOrg(t.db, 'Waterbedrijf Agenda', 'entity', ['risk-manager', 'incident-handler']);
  stranger = await createTestOrg(t.db, 'Vreemde Agenda', 'entity', []);
  analyst = await signedIn(app, authority, 'analyst');
  authAuditor = await signedIn(app, authority, 'auditor');
  waterOwner = await signedIn(app, water, 'owner');
  waterManager = await signedIn(app, water, 'risk-manager');
  waterHandler = await signedIn(app, water, 'incident-handler');
  strangerOwner = await signedIn(app, stranger, 'owner');
});

describe('the authority plans its agenda', () => {
  it('lets owner, admin and analyst manage; the auditor reads; entities cannot', async () => {
    const body = { title: 'Oefenagenda 2026–2029', firstYear: 2026, lastYear: 2029 };
    expect((await authAuditor.post('/api/v1/exercise-agendas', body)).statusCode).toBe(403);
    expect((await waterOwner.post('/api/v1/exercise-agendas', body)).statusCode).toBe(403);
    const res = await analyst.post('/api/v1/exercise-agendas', body);
    expect(res.statusCode, res.body).toBe(201);
    agendaId = res.json().id;
    expect((await authAuditor.get('/api/v1/exercise-agendas')).json().items).toHaveLength(1);
    expect((await waterOwner.get('/api/v1/exercise-agendas')).statusCode).toBe(403);
  });

  it('puts items on a theme within the agenda’s years', async () => {
    const res = await analyst.post(`/api/v1/exercise-agendas/${agendaId}/items`, itemBody);
    expect(res.statusCode, res.body).toBe(201);
    itemId = res.json().id;
    expect(res.json()).toMatchObject({ theme: 'cyber-threats', status: 'planned', invitations: [], crisis: null });
    const outside = await analyst.post(`/api/v1/exercise-agendas/${agendaId}/items`, {
      ...itemBody,
      plannedFrom: '2030-01-01',
      plannedTo: '2030-01-02',
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().invalidParams[0].name).toBe('body.plannedFrom');
    const unknownTheme = await analyst.post(`/api/v1/exercise-agendas/${agendaId}/items`, {
      ...itemBody,
      theme: 'aliens',
    });
    expect(unknownTheme.statusCode).toBe(400);
    const unknownThreat = await analyst.post(`/api/v1/exercise-agendas/${agendaId}/items`, {
      ...itemBody,
      threatId: 'no-such-threat',
    });
    expect(unknownThreat.statusCode).toBe(400);
    otherItemId = (
      await analyst.post(`/api/v1/exercise-agendas/${agendaId}/items`, {
        ...itemBody,
        title: 'Overstroming kustgebied',
        theme: 'climate-natural-disasters',
        threatId: null,
        plannedFrom: '2028-02-01',
        plannedTo: '2028-02-01',
      })
    ).json().id;
    expect((await actions(authority.id)).filter((a) => a === 'exercise-agenda.item-planned')).toHaveLength(2);
  });

  it('invites the water company; another authority’s agenda is not found', async () => {
    expect(
      (await authAuditor.post(`/api/v1/exercise-agenda-items/${itemId}/invitations`, { orgId: water.id })).statusCode,
    ).toBe(403);
    const res = await analyst.post(`/api/v1/exercise-agenda-items/${itemId}/invitations`, { orgId: water.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().invitations).toMatchObject([
      { org: { id: water.id }, status: 'invited', linkedOwnExercise: false },
    ]);
    expect(
      (await analyst.post(`/api/v1/exercise-agenda-items/${itemId}/invitations`, { orgId: water.id })).statusCode,
    ).toBe(409);
    const other = await createTestOrg(t.db, 'Andere Autoriteit Agenda', 'authority', []);
    const otherOwner = await signedIn(app, other, 'owner');
    expect((await otherOwner.get(`/api/v1/exercise-agendas/${agendaId}`)).statusCode).toBe(404);
    expect((await otherOwner.get(`/api/v1/exercise-agenda-items/${itemId}`)).statusCode).toBe(404);
  });
});

describe('the invited entity', () => {
  let participationId: string;

  it('sees only the item it is invited to; an uninvited entity sees nothing', async () => {
    expect((await strangerOwner.get('/api/v1/exercise-agenda-participations')).json().items).toEqual([]);
    const res = await waterHandler.get('/api/v1/exercise-agenda-participations');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items).toHaveLength(1);
    participationId = items[0].id;
    expect(items[0]).toMatchObject({
      authority: { name: 'Autoriteit Agenda' },
      item: { id: itemId, theme: 'cyber-threats', status: 'planned' },
      status: 'invited',
      linkedExercise: null,
    });
    // The authority's evaluation and the other invitees are not part of what it sees.
    expect(Object.keys(items[0].item)).not.toContain('findings');
    expect(JSON.stringify(items)).not.toContain(otherItemId);
    // The authority's own item routes stay closed to the entity.
    expect((await waterOwner.get(`/api/v1/exercise-agenda-items/${itemId}`)).statusCode).toBe(403);
  });

  it('confirms and declines, recorded in both chains; an uninvited one cannot answer', async () => {
    const url = `/api/v1/exercise-agenda-participations/${participationId}/responses`;
    expect((await strangerOwner.post(url, { response: 'confirmed' })).statusCode).toBe(404);
    const declined = await waterHandler.post(url, { response: 'declined' });
    expect(declined.statusCode, declined.body).toBe(200);
    const confirmed = await waterOwner.post(url, { response: 'confirmed' });
    expect(confirmed.json()).toMatchObject({ status: 'confirmed' });
    expect((await waterOwner.post(url, { response: 'confirmed' })).statusCode).toBe(200);
    expect((await actions(water.id)).filter((a) => a === 'exercise-agenda.invitation-answered')).toHaveLength(2);
    expect((await actions(authority.id)).filter((a) => a === 'exercise-agenda.invitation-answered')).toHaveLength(2);
    const item = (await analyst.get(`/api/v1/exercise-agenda-items/${itemId}`)).json();
    expect(item.invitations[0]).toMatchObject({ status: 'confirmed' });
  });

  it('links its own continuity exercise (a link, no copy); never another organisation’s', async () => {
    const scenario = (
      await sql<{ id: string }>`INSERT INTO risk_scenarios (org_id, title, threat_id)
        VALUES (${water.id}, 'Ransomware zuivering', 'ransomware') RETURNING id`.execute(t.db)
    ).rows[0]!.id;
    const exercise = await waterManager.post('/api/v1/exercises', {
      title: 'Interne deel: uitval besturing',
      kind: 'tabletop',
      scenarioId: scenario,
      startsAt: '2027-03-10T08:00:00Z',
      objectives: ['Handmatig bedrijf oefenen'],
    });
    expect(exercise.statusCode, exercise.body).toBe(201);
    const exercisesBefore = await countRows(t.db, 'exercises', water.id);
    const url = `/api/v1/exercise-agenda-participations/${participationId}/linked-exercise`;
    expect((await waterHandler.put(url, { exerciseId: exercise.json().id })).statusCode).toBe(403);
    const linked = await waterManager.put(url, { exerciseId: exercise.json().id });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().linkedExercise).toEqual({ id: exercise.json().id, title: 'Interne deel: uitval besturing' });
    expect(await countRows(t.db, 'exercises', water.id)).toBe(exercisesBefore);
    expect(await countRows(t.db, 'exercises', authority.id)).toBe(0);
    const item = (await analyst.get(`/api/v1/exercise-agenda-items/${itemId}`)).json();
    expect(item.invitations[0]).toMatchObject({ linkedOwnExercise: true });
    expect(JSON.stringify(item)).not.toContain(exercise.json().id);
    // Another organisation's exercise cannot be linked.
    const strangerScenario = (
      await sql<{ id: string }>`INSERT INTO risk_scenarios (org_id, title, threat_id)
        VALUES (${stranger.id}, 'Vreemd', 'ransomware') RETURNING id`.execute(t.db)
    ).rows[0]!.id;
    const foreign = await strangerOwner.post('/api/v1/exercises', {
      title: 'Vreemde oefening',
      kind: 'tabletop',
      scenarioId: strangerScenario,
      startsAt: '2027-03-10T08:00:00Z',
      objectives: ['X'],
    });
    expect(foreign.statusCode).toBe(201);
    const bad = await waterManager.put(url, { exerciseId: foreign.json().id });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('body.exerciseId');
    expect((await waterManager.put(url, { exerciseId: null })).json().linkedExercise).toBeNull();
  });
});

describe('status, evaluation and coverage', () => {
  it('moves the item along, writes the evaluation once held, and shows it on the coverage picture', async () => {
    const url = `/api/v1/exercise-agenda-items/${itemId}`;
    expect((await analyst.patch(url, { findings: 'Te vroeg' })).statusCode).toBe(409);
    expect((await analyst.patch(url, { status: 'evaluated' })).statusCode).toBe(409);
    let agenda = (await authAuditor.get(`/api/v1/exercise-agendas/${agendaId}`)).json();
    const cyber = () => agenda.coverage.themes.find((x: { theme: string }) => x.theme === 'cyber-threats');
    expect(cyber().cells.find((c: { year: number }) => c.year === 2027)).toMatchObject({ state: 'planned' });
    expect((await analyst.patch(url, { status: 'held' })).statusCode).toBe(200);
    const evaluated = await analyst.patch(url, {
      status: 'evaluated',
      findings: 'Opschaling liep goed',
      lessons: 'Contactlijsten actueel houden',
    });
    expect(evaluated.json()).toMatchObject({ status: 'evaluated', lessons: 'Contactlijsten actueel houden' });
    agenda = (await authAuditor.get(`/api/v1/exercise-agendas/${agendaId}`)).json();
    expect(cyber().cells.find((c: { year: number }) => c.year === 2027)).toMatchObject({
      state: 'exercised',
      exercised: 1,
      organisers: ['NCSC met ministerie van IenW'],
    });
    expect(agenda.coverage.uncovered).not.toContain('climate-natural-disasters');
    expect(agenda.coverage.uncovered).toContain('infectious-diseases');
    // Once held, the entity's answer can no longer change.
    const p = (await waterOwner.get('/api/v1/exercise-agenda-participations')).json().items[0];
    expect(p.item.status).toBe('evaluated');
    expect(
      (await waterOwner.post(`/api/v1/exercise-agenda-participations/${p.id}/responses`, { response: 'declined' }))
        .statusCode,
    ).toBe(409);
  });
});

describe('exercise mode', () => {
  it('starts a crisis marked as an exercise from an agenda item, once; the item links to it', async () => {
    const start = { level: 'heightened' };
    expect((await authAuditor.post(`/api/v1/exercise-agenda-items/${otherItemId}/crises`, start)).statusCode).toBe(403);
    // The evaluated item is closed.
    expect((await analyst.post(`/api/v1/exercise-agenda-items/${itemId}/crises`, start)).statusCode).toBe(409);
    const res = await analyst.post(`/api/v1/exercise-agenda-items/${otherItemId}/crises`, start);
    expect(res.statusCode, res.body).toBe(201);
    const crisisId = res.json().crisis.id;
    const row = (
      await sql<{ is_exercise: boolean; exercise_agenda_item_id: string; reference: string }>`
        SELECT is_exercise, exercise_agenda_item_id, reference FROM crises WHERE id = ${crisisId}`.execute(t.db)
    ).rows[0]!;
    expect(row).toMatchObject({ is_exercise: true, exercise_agenda_item_id: otherItemId });
    expect(row.reference).toMatch(/^OEF-/);
    expect((await analyst.post(`/api/v1/exercise-agenda-items/${otherItemId}/crises`, start)).statusCode).toBe(409);
    expect((await analyst.get(`/api/v1/exercise-agenda-items/${otherItemId}`)).json().crisis).toEqual({ id: crisisId });
    expect(await actions(authority.id)).toContain('crisis.declared');
  });
});

describe('demo agenda', () => {
  it('seeds a 2026–2029 agenda across themes with the water company confirmed for the ransomware exercise, once', async () => {
    const demoAuthority = await createTestOrg(t.db, 'Demo-autoriteit Cyberbeveiliging', 'authority', ['analyst']);
    const demoWater = await createTestOrg(t.db, 'Waterbedrijf Lage Landen', 'entity', []);
    const rename = async (org: TestOrg, role: 'owner' | 'analyst', domain: string) => {
      org.users[role]!.email = `${role}@${domain}`;
      await sql`UPDATE users SET email = ${`${role}@${domain}`} WHERE id = ${org.users[role]!.id}`.execute(t.db);
    };
    await rename(demoAuthority, 'analyst', 'autoriteit.example');
    await rename(demoWater, 'owner', 'water.example');
    const deps = testDeps(t.db, { clock });
    await seedDemoExerciseAgenda(deps);
    await seedDemoExerciseAgenda(deps);

    const demoAnalyst = await signedIn(app, demoAuthority, 'analyst');
    const agendas = (await demoAnalyst.get('/api/v1/exercise-agendas')).json().items;
    expect(agendas).toHaveLength(1);
    expect(agendas[0]).toMatchObject({ firstYear: 2026, lastYear: 2029 });
    const agenda = (await demoAnalyst.get(`/api/v1/exercise-agendas/${agendas[0].id}`)).json();
    expect(new Set(agenda.items.map((i: { theme: string }) => i.theme)).size).toBeGreaterThanOrEqual(4);
    const themeRow = (theme: string) => agenda.coverage.themes.find((x: { theme: string }) => x.theme === theme);
    expect(themeRow('critical-infrastructure-threats').cells[0]).toMatchObject({ year: 2026, state: 'exercised' });
    const waterOwnerClient = await signedIn(app, demoWater, 'owner');
    const mine = (await waterOwnerClient.get('/api/v1/exercise-agenda-participations')).json().items;
    expect(mine).toMatchObject([
      { item: { title: DEMO_RANSOMWARE_EXERCISE, theme: 'cyber-threats' }, status: 'confirmed' },
    ]);
  });
});
