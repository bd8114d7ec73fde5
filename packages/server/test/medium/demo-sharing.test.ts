import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { seedDemoSharingCommunities } from '../../src/services/demo/seed-demo-sharing-communities.ts';
import { DEMO_ORGS } from '../../src/services/demo/seed-demo.ts';
import { createTestOrg, signedIn } from '../support/fixtures.ts';
import { buildTestApp, testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();

describe('demo sharing communities', () => {
  it('gives the water company its ISAC and the all-entities community with objects under every label, once', async () => {
    const authority = await createTestOrg(t.db, 'Demo-autoriteit Cyberbeveiliging', 'authority', ['owner']);
    await sql`UPDATE users SET email = 'owner@autoriteit.example' WHERE id = ${authority.users.owner!.id}`.execute(
      t.db,
    );
    const water = await createTestOrg(t.db, 'Waterbedrijf Lage Landen', 'entity', ['auditor']);
    const hospital = await createTestOrg(t.db, 'Ziekenhuis Noorderlicht', 'entity', ['auditor']);
    const deps = testDeps(t.db);
    await seedDemoSharingCommunities(deps, DEMO_ORGS);
    await seedDemoSharingCommunities(deps, DEMO_ORGS);

    const app = await buildTestApp(t.db);
    const waterView = (await (await signedIn(app, water, 'auditor')).get('/api/v1/sharing/objects')).json().items;
    expect(waterView.map((o: { tlp: string }) => o.tlp).sort()).toEqual(
      ['AMBER', 'AMBER+STRICT', 'CLEAR', 'CLEAR', 'GREEN', 'GREEN'].sort(),
    );
    const communities = (await (await signedIn(app, water, 'auditor')).get('/api/v1/sharing/communities')).json().items;
    expect(communities.map((c: { name: string }) => c.name).sort()).toEqual(['Alle entiteiten', 'Drinkwater-ISAC']);
    // The hospital is in the all-entities community only: the report, and the CLEAR objects everyone sees.
    const hospitalView = (await (await signedIn(app, hospital, 'auditor')).get('/api/v1/sharing/objects')).json().items;
    expect(hospitalView.map((o: { tlp: string }) => o.tlp).sort()).toEqual(['CLEAR', 'CLEAR', 'GREEN']);
    // The RED note is stored (once), and names no one: the lists above do not show it.
    const red = await sql<{ n: string }>`SELECT count(*) AS n FROM stix_objects WHERE tlp = 'RED'`.execute(t.db);
    expect(Number(red.rows[0]!.n)).toBe(1);
  });
});
