import type { Role } from '@weerbaar/core/platform';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { hashPassword } from '../accounts/secrets.ts';
import { seedDemoDelivery } from '../delivery/seed-demo-delivery.ts';
import { seedDemoAssets } from './seed-demo-assets.ts';
import { seedDemoMeasures } from './seed-demo-measures.ts';
import { seedDemoContinuityPlans } from './seed-demo-continuity-plans.ts';
import { seedDemoBoard } from './seed-demo-board.ts';
import { seedDemoContinuityExercises } from './seed-demo-continuity-exercises.ts';
import { seedDemoContinuityBia } from './seed-demo-continuity-bia.ts';
import type { Deps } from '../../kernel/deps.ts';
import { seedDemoIncidents } from './seed-demo-incidents.ts';
import { DEMO_PASSWORD, demoEmail, seedDemoOrganisation, type DemoOrg } from './seed-demo-organisation.ts';
import { seedDemoRisks } from './seed-demo-risks.ts';
import { seedDemoSharingCommunities } from './seed-demo-sharing-communities.ts';
import { seedDemoSharingAdvisories } from './seed-demo-sharing-advisories.ts';
import { seedDemoKnowledge } from './seed-demo-knowledge.ts';
import { seedDemoSupervision } from './seed-demo-supervision.ts';
import { seedDemoCrisis } from './seed-demo-crisis.ts';
import { seedDemoCrisisRequests } from './seed-demo-crisis-requests.ts';
import { seedDemoCampaigns } from './seed-demo-campaigns.ts';
import { seedDemoTrends } from './seed-demo-trends.ts';
import { seedDemoExerciseAgenda } from './seed-demo-exercise-agenda.ts';

export { DEMO_PASSWORD, demoEmail, type DemoOrg } from './seed-demo-organisation.ts';

export const DEMO_ORGS: DemoOrg[] = [
  {
    kind: 'authority',
    name: 'Demo-autoriteit Cyberbeveiliging',
    kvkNumber: '90000001',
    sector: 'Public administration',
    domain: 'autoriteit.example',
    roles: ['owner', 'admin', 'analyst', 'auditor'],
  },
  {
    kind: 'entity',
    name: 'Ziekenhuis Noorderlicht',
    kvkNumber: '90000002',
    sector: 'Health',
    domain: 'ziekenhuis.example',
    roles: ['owner', 'admin', 'risk-manager', 'incident-handler', 'auditor'],
  },
  {
    kind: 'entity',
    name: 'Gemeente Weerdam',
    kvkNumber: '90000003',
    sector: 'Public administration',
    domain: 'gemeente.example',
    roles: ['owner', 'admin', 'risk-manager', 'incident-handler', 'auditor'],
  },
  {
    kind: 'entity',
    name: 'Waterbedrijf Lage Landen',
    kvkNumber: '90000004',
    sector: 'Drinking water',
    domain: 'water.example',
    roles: ['owner', 'admin', 'risk-manager', 'incident-handler', 'auditor'],
  },
];

export interface SeedResult {
  created: boolean;
  logins: { organisation: string; role: Role; email: string }[];
}

/**
 * Idempotent: an existing demo organisation is left as it is. Each organisation is seeded in one use case
 * (seedDemoOrganisation), so each is there completely or not at all.
 * `publicUrl`: where this installation's authority is reached (the demo entities deliver there).
 */
export async function seedDemo(deps: Deps, publicUrl: string): Promise<SeedResult> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const logins: SeedResult['logins'] = [];
  let created = false;
  for (const demo of DEMO_ORGS) {
    for (const role of demo.roles) logins.push({ organisation: demo.name, role, email: demoEmail(role, demo.domain) });
    if (await seedDemoOrganisation(deps, SYSTEM_ACTOR, { demo, passwordHash })) created = true;
  }
  await seedDemoDelivery(deps, DEMO_ORGS, publicUrl);
  await seedDemoAssets(deps);
  // After the demo assets: scenarios hit them by name.
  await seedDemoRisks(deps, DEMO_ORGS);
  await seedDemoIncidents(deps, DEMO_ORGS);
  await seedDemoCampaigns(deps);
  await seedDemoMeasures(deps);
  await seedDemoBoard(deps);
  await seedDemoContinuityPlans(deps);
  // Communities before exercises: the partners one may invite are those one shares a community with.
  await seedDemoSharingCommunities(deps, DEMO_ORGS);
  await seedDemoKnowledge(deps, DEMO_ORGS);
  await seedDemoContinuityExercises(deps);
  await seedDemoContinuityBia(deps);
  await seedDemoSharingAdvisories(deps, DEMO_ORGS[0]!.name, DEMO_ORGS[3]!.name);
  await seedDemoSupervision(deps);
  await seedDemoCrisis(deps);
  await seedDemoCrisisRequests(deps);
  await seedDemoTrends(deps, DEMO_ORGS[0]!);
  await seedDemoExerciseAgenda(deps);
  return { created, logins };
}
