// The demo continuity plans: the water company's SCADA plan (manual operation of pumping stations), the
// hospital's EPD plan for its emergency department, and a crisis protocol each that is the incident
// response plan; approved, not yet printed; seeded once.
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, type OrgActor } from '../../src/kernel/actor.ts';
import { findOrganisationByName } from '../../src/repositories/organisation.repository.ts';
import { hashPassword } from '../../src/services/accounts/secrets.ts';
import {
  getIncidentResponsePlan,
  getPackStatus,
  listContinuityPlans,
} from '../../src/services/continuity/continuity-plan-queries.ts';
import { DEMO_ORGS } from '../../src/services/demo/seed-demo.ts';
import { seedDemoAssets } from '../../src/services/demo/seed-demo-assets.ts';
import { seedDemoContinuityPlans } from '../../src/services/demo/seed-demo-continuity-plans.ts';
import { seedDemoOrganisation } from '../../src/services/demo/seed-demo-organisation.ts';
import { testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();

describe('demo continuity plans', () => {
  it('gives the water company and the hospital approved plans and an incident response plan, once', async () => {
    const deps = testDeps(t.db);
    const passwordHash = await hashPassword('demo');
    for (const demo of DEMO_ORGS) await seedDemoOrganisation(deps, SYSTEM_ACTOR, { demo, passwordHash });
    await seedDemoAssets(deps);
    await seedDemoContinuityPlans(deps);
    await seedDemoContinuityPlans(deps);

    const ctxOf = async (name: string): Promise<OrgActor> => {
      const org = (await findOrganisationByName(t.db, name))!;
      return { actor: SYSTEM_ACTOR, orgId: org.id, role: 'auditor', orgKind: 'entity' };
    };
    const now = new Date();
    const water = await ctxOf('Waterbedrijf Lage Landen');
    const waterPlans = await listContinuityPlans(t.db, water, now);
    expect(waterPlans.map((p) => [p.title, p.serviceName, p.approvedVersion])).toEqual([
      ['SCADA-uitval: pompstations met de hand bedienen', 'Drinkwaterlevering', 1],
      ['Crisisprotocol cyberincidenten', null, 1],
    ]);
    const hospital = await ctxOf('Ziekenhuis Noorderlicht');
    const hospitalPlans = await listContinuityPlans(t.db, hospital, now);
    expect(hospitalPlans.find((p) => p.kind === 'continuity')).toMatchObject({
      title: 'Uitval EPD: zorg gaat door op papier',
      serviceName: 'Spoedeisende hulp',
    });
    expect((await getIncidentResponsePlan(t.db, hospital)).plan?.title).toBe('Crisisprotocol cyberincidenten');
    // Nothing printed yet: the reminder shows.
    expect((await getPackStatus(t.db, hospital)).outdated).toHaveLength(2);
  });
});
