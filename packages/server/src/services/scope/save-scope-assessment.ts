import { evaluateScope, type ScopeAssessment, type ScopeInputWithUnknowns } from '@weerbaar/core/scope';
import { insertScopeAssessment } from '../../repositories/scope-assessment.repository.ts';
import { actorId, type OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentScopeAssessment, presentScopeAssessmentSummary } from './scope-assessment.presenter.ts';

/**
 * Evaluates the answers and keeps answers, outcome and rules version in the organisation's history.
 * The outcome is computed here, never taken from the client, so a saved assessment is what the rules said.
 */
export const saveScopeAssessment = defineUseCase({
  actions: ['scope-assessment.created'],
  async run({ trx, record }, ctx: OrgActor, input: ScopeInputWithUnknowns): Promise<ScopeAssessment> {
    authorize(ctx, 'write', { type: 'scope-assessment', orgId: ctx.orgId }, 'Scope assessment');
    const result = evaluateScope(input);
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
    await record(
      'scope-assessment.created',
      {
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
      },
      { outcome: summary.outcome, rulesVersion: summary.rulesVersion },
    );
    return presentScopeAssessment(row);
  },
});
