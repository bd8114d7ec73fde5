// The demo risk analysis: scenarios per demo entity, linked to demo assets found by name, seeded once.
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import { insertAsset } from '../../src/repositories/asset.repository.ts';
import { findOrganisationByName } from '../../src/repositories/organisation.repository.ts';
import { hashPassword } from '../../src/services/accounts/secrets.ts';
import { DEMO_ORGS } from '../../src/services/demo/seed-demo.ts';
import { seedDemoOrganisation } from '../../src/services/demo/seed-demo-organisation.ts';
import { seedDemoRisks } from '../../src/services/demo/seed-demo-risks.ts';
import { countRows } from '../support/fixtures.ts';
import { testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();

describe('demo risk analysis', () => {
  it('gives each demo entity scenarios and risks, hits demo assets by name, and seeds only once', async () => {
    const deps = testDeps(t.db);
    const passwordHash = await hashPassword('demo');
    for (const demo of DEMO_ORGS) await seedDemoOrganisation(deps, SYSTEM_ACTOR, { demo, passwordHash });
    const hospital = (await findOrganisationByName(t.db, 'Ziekenhuis Noorderlicht'))!;
    const water = (await findOrganisationByName(t.db, 'Waterbedrijf Lage Landen'))!;
    const epd = await insertAsset(t.db, {
      org_id: hospital.id,
      name: 'Elektronisch patiëntendossier (EPD)',
      kind: 'asset',
      description: null,
      crown_jewel: true,
      owner: null,
    });

    await seedDemoRisks(deps, DEMO_ORGS);
    await seedDemoRisks(deps, DEMO_ORGS);

    for (const demo of DEMO_ORGS.filter((o) => o.kind === 'entity')) {
      const org = (await findOrganisationByName(t.db, demo.name))!;
      expect(await countRows(t.db, 'risks', org.id), demo.name).toBeGreaterThanOrEqual(2);
    }
    const hit = await t.db
      .selectFrom('risk_scenario_assets as sa')
      .innerJoin('risk_scenarios as s', (j) =>
        j.onRef('s.org_id', '=', 'sa.org_id').onRef('s.id', '=', 'sa.scenario_id'),
      )
      .select(['s.title', 'sa.asset_id'])
      .where('sa.org_id', '=', hospital.id)
      .execute();
    expect(hit).toEqual([{ title: 'Ransomware op het EPD', asset_id: epd.id }]);
    const ot = await t.db.selectFrom('risk_scenarios').select('threat_id').where('org_id', '=', water.id).execute();
    expect(ot.map((s) => s.threat_id)).toContain('ot-manipulation');
  });
});
