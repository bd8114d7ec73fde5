// The demo risk analysis: scenarios per demo entity on the demo assets, with the services and external
// dependants the dependency graph says go down with them; seeded once.
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, type OrgActor } from '../../src/kernel/actor.ts';
import { findOrganisationByName } from '../../src/repositories/organisation.repository.ts';
import { hashPassword } from '../../src/services/accounts/secrets.ts';
import { DEMO_ORGS } from '../../src/services/demo/seed-demo.ts';
import { seedDemoAssets } from '../../src/services/demo/seed-demo-assets.ts';
import { seedDemoOrganisation } from '../../src/services/demo/seed-demo-organisation.ts';
import { seedDemoRisks } from '../../src/services/demo/seed-demo-risks.ts';
import { listOrgScenarios } from '../../src/services/risk/risk-queries.ts';
import { countRows } from '../support/fixtures.ts';
import { testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();

describe('demo risk analysis', () => {
  it('gives each demo entity scenarios on its demo assets, with what goes down with them, once', async () => {
    const deps = testDeps(t.db);
    const passwordHash = await hashPassword('demo');
    for (const demo of DEMO_ORGS) await seedDemoOrganisation(deps, SYSTEM_ACTOR, { demo, passwordHash });
    await seedDemoAssets(deps);
    await seedDemoRisks(deps, DEMO_ORGS);
    await seedDemoRisks(deps, DEMO_ORGS);

    for (const demo of DEMO_ORGS.filter((o) => o.kind === 'entity')) {
      const org = (await findOrganisationByName(t.db, demo.name))!;
      expect(await countRows(t.db, 'risks', org.id), demo.name).toBeGreaterThanOrEqual(2);
    }
    const scenariosOf = async (name: string) => {
      const org = (await findOrganisationByName(t.db, name))!;
      const ctx: OrgActor = { actor: SYSTEM_ACTOR, orgId: org.id, role: 'auditor', orgKind: 'entity' };
      return listOrgScenarios(t.db, ctx);
    };
    const hospital = await scenariosOf('Ziekenhuis Noorderlicht');
    const epd = hospital.find((s) => s.title === 'Ransomware op het EPD')!;
    expect(epd.assets.map((a) => a.name)).toEqual(['Elektronisch patiëntendossier (EPD)']);
    // EPD ← triage ← emergency care: the graph carries the hit to services two hops away and beyond.
    expect(epd.affectedServices.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Spoedeisende hulp', 'Operaties', 'Poliklinische zorg']),
    );
    expect(epd.externalDependants.map((d) => d.name)).toContain('Patiënten regio Noord');

    const water = await scenariosOf('Waterbedrijf Lage Landen');
    const scada = water.find((s) => s.threat.id === 'ot-manipulation')!;
    expect(scada.assets.map((a) => a.name).sort()).toEqual(['Procesbesturing zuivering (PLC’s)', 'SCADA']);
    expect(scada.affectedServices.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Drinkwaterlevering', 'Bluswatervoorziening']),
    );
    const power = water.find((s) => s.threat.id === 'power-outage')!;
    expect(power.assets.map((a) => a.name)).toEqual(['Stroomvoorziening (netbeheerder)']);
    expect(power.externalDependants.map((d) => d.name)).toContain('Ziekenhuis Noorderlicht');
  });
});
