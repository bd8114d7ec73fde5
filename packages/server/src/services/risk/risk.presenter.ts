import type { AssetRef } from '@weerbaar/core/assets';
import {
  isReviewDue,
  scoreOf,
  THEME_FILING,
  type CatalogueThreat,
  type Risk,
  type RiskMatrixConfig,
  type RiskScenario,
  type Scored,
  type Threat,
  type ThreatRef,
} from '@weerbaar/core/risk';
import type { AssetRow } from '../../db/schema-incidents.ts';
import type { RiskRow, RiskScenarioRow, RiskThreatRow } from '../../db/schema-risk.ts';
import { presentAssetRef } from '../assets/asset.presenter.ts';

export function presentCatalogueThreat(t: CatalogueThreat): Threat {
  return {
    id: t.id,
    origin: 'catalogue',
    theme: t.theme,
    nature: t.nature,
    name: t.nameNl,
    description: t.descriptionNl,
    typicalScenarios: [...t.scenariosNl],
    source: t.source,
    themeNote: THEME_FILING[t.id] ?? null,
  };
}

export function presentOwnThreat(r: RiskThreatRow): Threat {
  return {
    id: r.id,
    origin: 'organisation',
    theme: r.theme as Threat['theme'],
    nature: r.nature,
    name: r.name,
    description: r.description,
    typicalScenarios: r.typical_scenarios,
    source: null,
    themeNote: null,
  };
}

export function presentScenario(
  r: RiskScenarioRow,
  threat: ThreatRef,
  assets: readonly AssetRow[],
  impact: { affectedServices: readonly AssetRef[]; externalDependants: RiskScenario['externalDependants'] },
): RiskScenario {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    threat,
    assets: assets.map(presentAssetRef),
    affectedServices: [...impact.affectedServices],
    externalDependants: [...impact.externalDependants],
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

function scored(matrix: RiskMatrixConfig, likelihood: number, impacts: Record<string, number>): Scored {
  // Stored scores were checked against the matrix when saved; a matrix change keeps levels in use (change-risk-matrix.ts).
  const s = scoreOf(matrix, { likelihood, impacts })!;
  return {
    likelihood,
    impacts: { ...impacts },
    impact: s.impact,
    score: s.score,
    band: { key: s.band.key, label: s.band.label, colour: s.band.colour },
  };
}

/** A risk as the API shows it, scored on the organisation's matrix; `today` is the Dutch calendar day. */
export function presentRisk(
  r: RiskRow,
  scenario: { id: string; title: string; threat: ThreatRef; assets: AssetRef[] },
  matrix: RiskMatrixConfig,
  today: string,
): Risk {
  return {
    id: r.id,
    title: r.title,
    scenario,
    owner: r.owner,
    inherent: scored(matrix, r.inherent_likelihood, r.inherent_impacts),
    existingMeasures: r.existing_measures.map((m) => ({ ref: m.ref, title: m.title })),
    residual:
      r.residual_likelihood !== null && r.residual_impacts !== null
        ? scored(matrix, r.residual_likelihood, r.residual_impacts)
        : null,
    treatment:
      r.treatment_strategy !== null && r.treatment_owner !== null
        ? {
            strategy: r.treatment_strategy,
            owner: r.treatment_owner,
            dueOn: r.treatment_due_on,
            justification: r.treatment_justification ?? '',
          }
        : null,
    acceptance: r.accepted_at !== null ? { byName: r.accepted_by_name ?? '', at: r.accepted_at.toISOString() } : null,
    review: {
      lastReviewedOn: r.last_reviewed_on,
      nextReviewOn: r.next_review_on,
      due: isReviewDue(r.next_review_on, today),
    },
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
