// Demo data only (issue 16 item 7): an EXERCISE crisis of the demo authority on a national ransomware scenario
// at drinking-water companies, with the demo water company as member, a few facts in the picture, one decision
// and one sitrep. Through the use cases, by the authority's analyst, so it is on the audit trail and marked
// OEFENING everywhere. Idempotent: an existing exercise crisis of the authority is left alone.
import type { Role } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { listReadableCrises } from '../../repositories/crisis.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { findUserByEmail } from '../../repositories/user.repository.ts';
import { addCrisisFact } from '../crisis/add-crisis-fact.ts';
import { declareCrisis } from '../crisis/declare-crisis.ts';
import { issueSitrep } from '../crisis/issue-sitrep.ts';
import { logCrisisDecision } from '../crisis/log-crisis-decision.ts';
import { demoEmail } from './seed-demo-organisation.ts';

const AUTHORITY = { name: 'Demo-autoriteit Cyberbeveiliging', domain: 'autoriteit.example' };
const WATER = 'Waterbedrijf Lage Landen';
const HOUR = 3_600_000;

async function personOf(deps: Deps, orgId: string, role: Role): Promise<OrgActor | undefined> {
  const email = demoEmail(role, AUTHORITY.domain);
  const user = await findUserByEmail(deps.db, email);
  if (!user) return undefined;
  const actor = {
    type: 'user' as const,
    userId: user.id,
    label: email,
    sessionId: 'demo-seed',
    orgId,
    role,
    orgKind: 'authority' as const,
  };
  return { actor, orgId, role, orgKind: 'authority' };
}

export async function seedDemoCrisis(deps: Deps): Promise<void> {
  const [authority, water] = await Promise.all([
    findOrganisationByName(deps.db, AUTHORITY.name),
    findOrganisationByName(deps.db, WATER),
  ]);
  if (!authority || !water) return;
  const analyst = await personOf(deps, authority.id, 'analyst');
  if (!analyst) return;
  if ((await listReadableCrises(deps.db, authority.id, true)).length > 0) return;
  const now = deps.clock.now().getTime();
  const crisis = await declareCrisis(deps, analyst, {
    title: 'Oefening: landelijke ransomware bij drinkwaterbedrijven',
    description:
      'Scenario uit de Rijksbrede Risicoanalyse (thema cyberdreigingen en bedreiging vitale infrastructuur): ransomware legt de procesautomatisering van meerdere drinkwaterbedrijven stil.',
    level: 'crisis-national',
    reason: 'Start van de oefening: drie drinkwaterbedrijven melden versleutelde systemen.',
    scope: { sectors: ['Drinking water'], regions: ['Landelijk'] },
    structures: ['iccb', 'ncc', 'nkc'],
    memberOrgIds: [water.id],
    isExercise: true,
  });
  const facts = [
    {
      statement: 'Drie drinkwaterbedrijven melden versleutelde servers in de procesautomatisering.',
      certainty: 'known' as const,
      source: 'Meldingen van de bedrijven',
    },
    {
      statement: 'De drinkwaterlevering loopt nog, met handbediening op de productielocaties.',
      certainty: 'known' as const,
      source: 'Waterbedrijf Lage Landen',
    },
    { statement: 'Het is onbekend of er gegevens zijn gestolen.', certainty: 'unknown' as const, source: 'Analist' },
    {
      statement: 'De aanvaller kwam binnen via dezelfde leverancier van beheersoftware.',
      certainty: 'assumed' as const,
      source: 'Analist',
    },
  ];
  for (const [i, fact] of facts.entries()) {
    await addCrisisFact(deps, analyst, {
      crisisId: crisis.id,
      fact: { ...fact, observedAt: new Date(now - (facts.length - i) * HOUR).toISOString() },
    });
  }
  await logCrisisDecision(deps, analyst, {
    crisisId: crisis.id,
    decision: {
      decision:
        'Alle drinkwaterbedrijven krijgen het advies de verbinding met de leverancier van beheersoftware te verbreken.',
      decidedBy: 'ICCb',
      decidedAt: new Date(now - HOUR / 2).toISOString(),
      basis: 'Beeld van de analisten: dezelfde leverancier bij alle drie de bedrijven (aanname).',
      structure: 'iccb',
    },
  });
  await issueSitrep(deps, analyst, {
    crisisId: crisis.id,
    sitrep: {
      summary:
        'OEFENING. Drie bedrijven geraakt, levering loopt nog met handbediening. Advies verstuurd: verbinding met de leverancier verbreken.',
    },
  });
}
