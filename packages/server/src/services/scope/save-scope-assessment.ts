import { evaluateScope, type ScopeAssessment, type ScopeInputWithUnknowns } from '@weerbaar/core/scope';
import type { Db } from '../../db/database.ts';
import { insertScopeAssessment } from '../../repositories/scope-assessment.repository.ts';
import { actorId, type OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { presentScopeAssessment, presentScopeAssessmentSummary } from './scope-assessment.presenter.ts';

/**
 * Evaluates the answers and keeps answers, outcome and rules version in the organisation's history.
 * The outcome is computed here, never taken from the client, so a saved assessment is what the rules said.
 */
export async function saveScopeAssessment(
  db: Db,
  ctx: OrgActor,
  input: ScopeInputWithUnknowns,
): Promise<ScopeAssessment> {
  const result = evaluateScope(input);
  return db.transaction().execute(async (trx) => {
    const row = await insertScopeAssessment(trx, {
      org_id: ctx.orgId,
      input: input as unknown as Record<string, unknown>,
      result: result as unknown as Record<string, unknown>,
      outcome: result.outcome,
      entity_type_ref: input.entity_type_ref,
      // A conditional outcome has a class only when the unknown answers cannot change it.
      eu_classification: result.eu.classification,
      nl_classification: result.nl.classification,
      rules_version: result.rules_version,
      actor_type: ctx.actor.type,
      actor_id: actorId(ctx.actor),
      actor_label: ctx.actor.label,
    });
    const summary = presentScopeAssessmentSummary(row);
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'scope-assessment.created',
      subjectType: 'scope-assessment',
      subjectId: row.id,
      after: { input, result },
      details: {
        rulesVersion: summary.rulesVersion,
        outcome: summary.outcome,
        entityTypeRef: summary.entityTypeRef,
        euClassification: summary.euClassification,
        nlClassification: summary.nlClassification,
      },
    });
    return presentScopeAssessment(row);
  });
}
