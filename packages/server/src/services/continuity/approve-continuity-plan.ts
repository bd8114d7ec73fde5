import { defaultPlanReview, planReviewProblem, type PlanApprove, type PlanDetail } from '@weerbaar/core/continuity';
import { DomainError, notFound } from '@weerbaar/core/platform';
import { dutchDate } from '@weerbaar/core/risk';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import {
  approveDraftVersion,
  findPlan,
  listPlanVersions,
  lockPlan,
  updatePlan,
} from '../../repositories/continuity-plan.repository.ts';
import { loadPlanDetail } from './continuity-plan-loaders.ts';
import { scheduleContinuityPackReminder, scheduleContinuityPlanReview } from './continuity-reminders.job.ts';

/**
 * Puts the draft in force: approved by those who answer for the organisation (continuity:approve — owner or
 * admin; NIS2 Art. 20(1) and 21(2)(c); Cbw art. 24(1): the measures of art. 21 need the board's approval). The approved version is frozen; the one before it is superseded.
 * The review date (default a year on; Impl. Reg. 2024/2690 Annex 4.1.4) gets its reminder, and a day later
 * a reminder to print the offline pack again if nobody did.
 */
export const approveContinuityPlan = defineUseCase({
  actions: ['continuity-plan.approved'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    { id, approval }: { id: string; approval: PlanApprove },
  ): Promise<PlanDetail> {
    const locked = await lockPlan(trx, ctx.orgId, id);
    if (!locked) throw notFound('Continuity plan');
    authorize(ctx, 'approve', { type: 'continuity-plan', orgId: locked.org_id }, 'Continuity plan');
    const draft = (await listPlanVersions(trx, ctx.orgId, id)).find((v) => v.status === 'draft');
    if (!draft || draft.version !== approval.version) {
      throw new DomainError('conflict', `version ${approval.version} is not the open draft`, [
        {
          name: 'body.version',
          reason: draft ? `the open draft is version ${draft.version}` : 'there is no open draft',
          code: 'status_transition',
        },
      ]);
    }
    const today = dutchDate(now);
    const nextReviewOn = approval.nextReviewOn ?? defaultPlanReview(today);
    const problem = planReviewProblem(today, nextReviewOn, 'body.nextReviewOn');
    if (problem) throw new DomainError('validation_failed', `nextReviewOn ${problem.reason}`, [problem]);
    await approveDraftVersion(trx, ctx.orgId, id, draft.version, {
      approved_by: ctx.actor.type === 'user' ? ctx.actor.userId : null,
      approved_by_name: ctx.actor.label,
      approved_at: now,
      next_review_on: nextReviewOn,
    });
    await updatePlan(trx, ctx.orgId, id, { updated_at: now });
    await scheduleContinuityPlanReview(trx, { orgId: ctx.orgId, planId: id, nextReviewOn });
    await scheduleContinuityPackReminder(trx, { orgId: ctx.orgId, planId: id, version: draft.version }, now);
    const plan = await findPlan(trx, ctx.orgId, id);
    const detail = await loadPlanDetail(trx, plan!, now);
    await record(
      'continuity-plan.approved',
      {
        subjectType: 'continuity-plan',
        subjectId: id,
        after: { version: draft.version, nextReviewOn },
        details: { changeNote: draft.change_note },
      },
      { planId: id, version: draft.version, nextReviewOn },
    );
    return detail;
  },
});
