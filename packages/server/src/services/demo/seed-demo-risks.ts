// Demo risk analysis: a few scenarios per demo entity, so a newcomer sees a working register, heatmaps and
// a report after `npm start`. Runs after the demo assets: a scenario hits the demo asset whose name
// matches (the EPD, SCADA, the power supply); without one the scenario has no assets. An organisation that
// has scenarios already is left as it is. Existing measures named by a requirement id (`nis2-art21:j`)
// link to the measures module (its detail lists the risk; its gap list is ordered by these risks).
import { addMonths, DEFAULT_RISK_MATRIX, defaultNextReview, dutchDate } from '@weerbaar/core/risk';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import {
  countRiskScenarios,
  findAssetByNamePatterns,
  insertRiskScenario,
  setRiskScenarioAssets,
} from '../../repositories/risk-scenario.repository.ts';
import { insertRisk } from '../../repositories/risk.repository.ts';
import { SYSTEM_ACTOR, type Actor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import type { DemoOrg } from './seed-demo-organisation.ts';

interface DemoScenario {
  threatId: string;
  title: string;
  description: string;
  /** ILIKE patterns for the demo assets it hits, tried in order. */
  assets: readonly (readonly string[])[];
  risk: {
    owner: string;
    inherent: { likelihood: number; impacts: Record<string, number> };
    measures: { ref: string; title: string }[];
    residual: { likelihood: number; impacts: Record<string, number> };
    treatment: {
      strategy: 'accept' | 'mitigate' | 'transfer' | 'avoid';
      owner: string;
      months: number | null;
      justification: string;
    };
  };
}

const POWER = ['%stroom%', '%energie%', '%netbeheer%', '%elektriciteit%'] as const;

const DEMO_SCENARIOS: Readonly<Record<string, readonly DemoScenario[]>> = {
  'Ziekenhuis Noorderlicht': [
    {
      threatId: 'ransomware',
      title: 'Ransomware op het EPD',
      description:
        'Het elektronisch patiëntendossier is drie dagen niet te gebruiken. Zorg gaat op papier door, spoedpatiënten worden omgeleid.',
      assets: [['%EPD%', '%patiënt%dossier%', '%patient%dossier%']],
      risk: {
        owner: 'CIO',
        inherent: { likelihood: 4, impacts: { continuity: 5, 'safety-health': 5, financial: 4, reputation: 4 } },
        measures: [
          { ref: 'nis2-art21:c', title: 'Offline back-ups, elke week hersteltest' },
          { ref: 'nis2-art21:j', title: 'MFA voor alle beheerders' },
        ],
        residual: { likelihood: 3, impacts: { continuity: 4, 'safety-health': 4, financial: 3, reputation: 3 } },
        treatment: {
          strategy: 'mitigate',
          owner: 'CISO',
          months: 6,
          justification: 'Netwerk segmenteren en EDR op alle werkplekken.',
        },
      },
    },
    {
      threatId: 'power-outage',
      title: 'Stroomuitval van 24 uur in de regio',
      description:
        'De netbeheerder levert een dag geen stroom. Het noodstroomaggregaat moet de OK’s en de IC draaiende houden.',
      assets: [POWER],
      risk: {
        owner: 'Hoofd facilitair bedrijf',
        inherent: { likelihood: 2, impacts: { continuity: 5, 'safety-health': 5 } },
        measures: [{ ref: 'M-07', title: 'Noodstroomaggregaat met brandstof voor 72 uur' }],
        residual: { likelihood: 2, impacts: { continuity: 3, 'safety-health': 3 } },
        treatment: {
          strategy: 'mitigate',
          owner: 'Hoofd facilitair bedrijf',
          months: 3,
          justification: 'Aggregaat elk kwartaal onder volle last testen.',
        },
      },
    },
  ],
  'Gemeente Weerdam': [
    {
      threatId: 'ransomware',
      title: 'Ransomware op de basisregistraties',
      description: 'Burgerzaken kan dagen geen paspoorten, uittreksels of uitkeringen verwerken.',
      assets: [['%BRP%', '%basisregistrat%', '%burgerzaken%']],
      risk: {
        owner: 'CIO',
        inherent: { likelihood: 3, impacts: { continuity: 4, financial: 3, reputation: 4, legal: 3 } },
        measures: [{ ref: 'nis2-art21:c', title: 'Back-ups volgens BIO2' }],
        residual: { likelihood: 2, impacts: { continuity: 4, financial: 3, reputation: 3, legal: 3 } },
        treatment: {
          strategy: 'mitigate',
          owner: 'CISO',
          months: 9,
          justification: 'Herstelplan oefenen met de leverancier.',
        },
      },
    },
    {
      threatId: 'ddos',
      title: 'DDoS-aanval op het digitale loket',
      description: 'Het digitale loket is een dag onbereikbaar. De balie in het gemeentehuis blijft open.',
      assets: [['%loket%', '%website%']],
      risk: {
        owner: 'Teamleider dienstverlening',
        inherent: { likelihood: 3, impacts: { continuity: 2, reputation: 3 } },
        measures: [{ ref: 'M-DDoS', title: 'DDoS-bescherming bij de hostingpartij' }],
        residual: { likelihood: 2, impacts: { continuity: 2, reputation: 2 } },
        treatment: {
          strategy: 'accept',
          owner: 'Gemeentesecretaris',
          months: null,
          justification:
            'De balie blijft open en het loket is binnen een dag terug. Extra maatregelen kosten meer dan de schade.',
        },
      },
    },
  ],
  'Waterbedrijf Lage Landen': [
    {
      threatId: 'ot-manipulation',
      title: 'Manipulatie van de SCADA van de zuivering',
      description:
        'Een aanvaller verandert de dosering van chemicaliën. Drinkwater voldoet mogelijk niet meer aan de eisen.',
      assets: [['%SCADA%'], ['%procesbesturing%']],
      risk: {
        owner: 'Manager productie',
        inherent: { likelihood: 3, impacts: { continuity: 5, 'safety-health': 5, environment: 4, reputation: 5 } },
        measures: [
          { ref: 'OT-01', title: 'OT-netwerk gescheiden van kantoor-IT' },
          { ref: 'OT-04', title: 'Grenswaarden voor dosering in de installatie zelf' },
        ],
        residual: { likelihood: 2, impacts: { continuity: 4, 'safety-health': 4, environment: 3, reputation: 4 } },
        treatment: {
          strategy: 'mitigate',
          owner: 'OT-securityofficer',
          months: 6,
          justification: 'Monitoring van OT-verkeer invoeren.',
        },
      },
    },
    {
      threatId: 'remote-maintenance-compromise',
      title: 'Misbruik van de onderhoudsverbinding van de SCADA-leverancier',
      description: 'Via de altijd open VPN van de leverancier komt een aanvaller in het OT-netwerk.',
      assets: [['%onderhoud%op afstand%', '%SCADA%']],
      risk: {
        owner: 'Manager productie',
        inherent: { likelihood: 4, impacts: { continuity: 4, 'safety-health': 4, 'chain-partners': 3 } },
        measures: [{ ref: 'nis2-art21:d', title: 'Leverancier logt in met MFA' }],
        residual: { likelihood: 3, impacts: { continuity: 4, 'safety-health': 4, 'chain-partners': 3 } },
        treatment: {
          strategy: 'mitigate',
          owner: 'Inkoop',
          months: 4,
          justification: 'Verbinding alleen open op aanvraag, met toezicht.',
        },
      },
    },
    {
      threatId: 'power-outage',
      title: 'Stroomuitval bij de pompstations',
      description: 'Pompstations vallen stil. Na enkele uren daalt de druk in het leidingnet.',
      assets: [POWER],
      risk: {
        owner: 'Manager distributie',
        inherent: { likelihood: 2, impacts: { continuity: 5, 'safety-health': 4, 'chain-partners': 4 } },
        measures: [{ ref: 'M-12', title: 'Aansluitpunt voor mobiele aggregaten bij grote pompstations' }],
        residual: { likelihood: 2, impacts: { continuity: 4, 'safety-health': 3, 'chain-partners': 3 } },
        treatment: {
          strategy: 'transfer',
          owner: 'Manager distributie',
          months: 12,
          justification: 'Contract voor levering van mobiele aggregaten binnen 4 uur.',
        },
      },
    },
  ],
};

export const seedDemoOrgRisks = defineUseCase({
  actions: ['risk-scenario.created', 'risk.created'],
  async run({ trx, now, record, unchanged }, _ctx: Actor, { orgName }: { orgName: string }): Promise<boolean> {
    const org = await findOrganisationByName(trx, orgName);
    const scenarios = DEMO_SCENARIOS[orgName];
    if (!org || !scenarios || (await countRiskScenarios(trx, org.id)) > 0) {
      unchanged();
      return false;
    }
    const today = dutchDate(now);
    for (const s of scenarios) {
      const assetIds: string[] = [];
      for (const patterns of s.assets) {
        const asset = await findAssetByNamePatterns(trx, org.id, patterns);
        if (asset && !assetIds.includes(asset.id)) assetIds.push(asset.id);
      }
      const scenario = await insertRiskScenario(trx, org.id, {
        title: s.title,
        description: s.description,
        threat_id: s.threatId,
      });
      await setRiskScenarioAssets(trx, org.id, scenario.id, assetIds);
      await record(
        'risk-scenario.created',
        { orgId: org.id, subjectType: 'risk-scenario', subjectId: scenario.id, details: { reason: 'demo seed' } },
        { scenarioId: scenario.id },
      );
      const t = s.risk.treatment;
      const risk = await insertRisk(trx, org.id, {
        scenario_id: scenario.id,
        title: s.title,
        owner: s.risk.owner,
        inherent_likelihood: s.risk.inherent.likelihood,
        inherent_impacts: s.risk.inherent.impacts,
        existing_measures: s.risk.measures,
        residual_likelihood: s.risk.residual.likelihood,
        residual_impacts: s.risk.residual.impacts,
        treatment_strategy: t.strategy,
        treatment_owner: t.owner,
        treatment_due_on: t.months === null ? null : addMonths(today, t.months),
        treatment_justification: t.justification,
        // A demo acceptance names the seed, not a person: nobody decided it.
        accepted_by: null,
        accepted_by_name: t.strategy === 'accept' ? 'Demogegevens' : null,
        accepted_at: t.strategy === 'accept' ? now : null,
        last_reviewed_on: today,
        next_review_on: defaultNextReview(today, DEFAULT_RISK_MATRIX.reviewIntervalMonths),
      });
      await record(
        'risk.created',
        { orgId: org.id, subjectType: 'risk', subjectId: risk.id, details: { reason: 'demo seed' } },
        { riskId: risk.id },
      );
    }
    return true;
  },
});

/** Seeds the demo risk analysis of every demo entity; call after the demo assets. */
export async function seedDemoRisks(deps: Deps, orgs: readonly DemoOrg[]): Promise<void> {
  for (const demo of orgs.filter((o) => o.kind === 'entity')) {
    await seedDemoOrgRisks(deps, SYSTEM_ACTOR, { orgName: demo.name });
  }
}
