import {
  assessCerDisruption,
  assessIncidentSignificance,
  IncidentImpactSchema,
  type CerDisruptionAssessment,
  type IncidentImpact,
  type IncidentSettings,
  type Recurrence,
  type SignificanceAssessment,
} from '@weerbaar/core/incidents';

export interface SignificanceProposal {
  proposed: SignificanceAssessment;
  cerProposed: CerDisruptionAssessment | null;
}

/** The stored impact facts, read back leniently: a fact stored under an older contract is dropped, not fatal. */
export function readImpact(stored: Record<string, unknown>): IncidentImpact {
  const parsed = IncidentImpactSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const known = Object.fromEntries(Object.entries(stored).filter(([k]) => k in IncidentImpactSchema.shape));
  return IncidentImpactSchema.catch({}).parse(known);
}

/**
 * The platform's proposal. NIS2 Art. 23(3) / Impl. Reg. 2024/2690 by the organisation's entity type, with
 * the Art. 4 recurrence counted from the register (incident-recurrence.ts); CER Art. 15(1) only for
 * critical entities (no national thresholds are modelled, docs/incident-deadlines.md).
 */
export function proposeSignificance(
  impact: IncidentImpact,
  settings: IncidentSettings,
  recurrence: Recurrence,
): SignificanceProposal {
  return {
    proposed: assessIncidentSignificance(settings.significanceEntityType, impact, recurrence),
    cerProposed: settings.criticalEntity ? assessCerDisruption(impact) : null,
  };
}
