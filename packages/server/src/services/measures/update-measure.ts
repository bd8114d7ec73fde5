import { type MeasureImplementationInput, type RequirementId } from '@weerbaar/core/measures';
import { lockImplementations, upsertImplementation } from '../../repositories/measure.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { auditedImplementation } from './measure.presenter.ts';
import { adoptedRequirement, recordCoverage } from './measure-state.ts';
import { scheduleReview } from './review-reminder.job.ts';

/**
 * Records how the organisation implements one requirement (PUT: the whole record). The route validated
 * the body with MeasureImplementationInputSchema; the demo seed parses with it too.
 */
export const updateMeasure = defineUseCase({
  actions: ['measure.updated'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    input: MeasureImplementationInput & { requirementId: RequirementId },
  ): Promise<void> {
    authorize(ctx, 'write', { type: 'measure', orgId: ctx.orgId }, 'Measure');
    const { requirementId } = input;
    await adoptedRequirement(trx, ctx.orgId, requirementId);
    const [before] = await lockImplementations(trx, ctx.orgId, [requirementId]);
    const fields = {
      requirement_id: requirementId,
      status: input.status,
      maturity: input.maturity,
      owner: input.owner,
      due_date: input.dueDate,
      how_implemented: input.howImplemented,
      // Only a not-applicable record keeps its reasons.
      justification: input.status === 'not-applicable' ? input.justification : null,
      review_date: input.reviewDate,
      evidence_links: input.evidenceLinks,
    };
    // The same record again: nothing is written (not even who and when) and nothing recorded.
    const after = auditedImplementation(fields);
    if (before && JSON.stringify(auditedImplementation(before)) === JSON.stringify(after)) {
      unchanged();
      return;
    }
    const row = await upsertImplementation(trx, {
      ...fields,
      org_id: ctx.orgId,
      evidence_links: JSON.stringify(input.evidenceLinks),
      updated_by: ctx.actor.label,
      updated_at: now,
    });
    if (row.review_date && row.review_date !== before?.review_date)
      await scheduleReview(trx, ctx.orgId, requirementId, row.review_date);
    await recordCoverage(trx, ctx.orgId, now);
    await record(
      'measure.updated',
      { subjectType: 'measure', subjectId: requirementId, before: auditedImplementation(before), after },
      { requirementId, status: row.status },
    );
  },
});
