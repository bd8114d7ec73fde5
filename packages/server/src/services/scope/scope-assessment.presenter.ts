import type {
  ScopeAssessment,
  ScopeAssessmentSummary,
  ScopeEvaluation,
  ScopeInputWithUnknowns,
} from '@weerbaar/core/scope';
import type { ScopeAssessmentRow } from '../../db/schema-scope.ts';
import type { ScopeAssessmentSummaryRow } from '../../repositories/scope-assessment.repository.ts';

// Explicit allow-lists of what leaves the server: the actor's id stays inside (the audit trail has it).

export function presentScopeAssessmentSummary(r: ScopeAssessmentSummaryRow): ScopeAssessmentSummary {
  return {
    id: r.id,
    createdAt: r.created_at.toISOString(),
    createdBy: { type: r.actor_type, label: r.actor_label },
    rulesVersion: r.rules_version,
    outcome: r.outcome,
    entityTypeRef: r.entity_type_ref,
    euClassification: r.eu_classification,
    nlClassification: r.nl_classification,
  };
}

export function presentScopeAssessment(r: ScopeAssessmentRow): ScopeAssessment {
  return {
    ...presentScopeAssessmentSummary(r),
    // Written by saveScopeAssessment from validated values; stored as evaluated, never edited.
    input: r.input as unknown as ScopeInputWithUnknowns,
    result: r.result as unknown as ScopeEvaluation,
  };
}
