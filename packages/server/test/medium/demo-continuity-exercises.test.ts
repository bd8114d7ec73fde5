import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { seedDemoContinuityExercises } from '../../src/services/demo/seed-demo-continuity-exercises.ts';
import { createTestOrg, signedIn } from '../support/fixtures.ts';
import { buildTestApp, fixedClock, testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const clock = fixedClock('2026-12-07T10:00:00Z');

describe('demo critical roles and exercises', () => {
  it("seeds the water company's control room and the hospital's tabletop with the municipality invited, once", async () => {
    const water = await createTestOrg(t.db, 'Waterbedrijf Lage Landen', 'entity', ['risk-manager']);
    const hospital = await createTestOrg(t.db, 'Ziekenhuis Noorderlicht', 'entity', ['risk-manager']);
    const city = await createTestOrg(t.db, 'Gemeente Weerdam', 'entity', []);
    await sql`UPDATE users SET email = 'risk-manager@water.example' WHERE id = ${water.users['risk-manager']!.id}`.execute(
      t.db,
    );
    await sql`UPDATE users SET email = 'risk-manager@ziekenhuis.example' WHERE id = ${hospital.users['risk-manager']!.id}`.execute(
      t.db,
    );
    await sql`INSERT INTO risk_scenarios (org_id, title, threat_id) VALUES (${hospital.id}, 'Ransomware op het EPD', 'ransomware')`.execute(
      t.db,
    );
    // The demo's communities come first (seed-demo.ts): hospital and municipality share one.
    const all = (
      await sql<{ id: string }>`INSERT INTO communities (owner_org_id, name, kind)
        VALUES (${hospital.id}, 'Alle entiteiten', 'all-entities') RETURNING id`.execute(t.db)
    ).rows[0]!.id;
    await sql`INSERT INTO community_members (community_id, org_id) VALUES (${all}, ${hospital.id}), (${all}, ${city.id})`.execute(
      t.db,
    );
    const deps = testDeps(t.db, { clock });
    await seedDemoContinuityExercises(deps);
    await seedDemoContinuityExercises(deps);

    const app = await buildTestApp(t.db, { clock });
    const roles = (await (await signedIn(app, water, 'owner')).get('/api/v1/critical-roles')).json().items;
    expect(roles).toHaveLength(3);
    const byName = Object.fromEntries(roles.map((r: { name: string }) => [r.name, r]));
    // Both trained within the year: covered. The primary's training expired: partial. No deputy: partial at best.
    expect(byName['Operator centrale meldkamer (wachtdienst)'].coverage.status).toBe('covered');
    expect(byName['Storingsdienst procesautomatisering'].coverage).toMatchObject({
      status: 'partial',
      primaryCurrent: false,
      deputyCurrent: true,
    });
    expect(byName['Ploegleider handbediening pompstations'].holders[0].training.status).toBe('overdue');

    const exercises = (await (await signedIn(app, hospital, 'owner')).get('/api/v1/exercises')).json().items;
    expect(exercises).toEqual([
      expect.objectContaining({
        kind: 'tabletop',
        status: 'planned',
        scenario: expect.objectContaining({ title: 'Ransomware op het EPD' }),
      }),
    ]);
    const invitations = (await (await signedIn(app, city, 'owner')).get('/api/v1/exercise-invitations')).json().items;
    expect(invitations).toEqual([
      expect.objectContaining({ organiser: { name: 'Ziekenhuis Noorderlicht' }, status: 'invited' }),
    ]);
  });
});
