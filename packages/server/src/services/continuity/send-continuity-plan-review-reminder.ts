import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { findPlan, listPlanVersions } from '../../repositories/continuity-plan.repository.ts';
import { notifyMembers } from '../platform/notify-members.ts';
import { planReviewKey, REMINDED_ROLES, type PlanReviewPayload } from './continuity-reminder-payloads.ts';

/** The review reminder of a plan on its review day (Impl. Reg. 2024/2690 Annex 4.1.4: planned intervals). */
export const sendContinuityPlanReviewReminder = defineUseCase({
  actions: ['continuity-plan.review-due'],
  async run({ trx, record, unchanged }, _ctx: Actor, p: PlanReviewPayload): Promise<'sent' | 'skipped'> {
    const plan = await findPlan(trx, p.orgId, p.planId);
    const approved = plan && (await listPlanVersions(trx, p.orgId, p.planId)).find((v) => v.status === 'approved');
    // A newer approval moved the date: that date has its own job.
    if (!plan || approved?.next_review_on !== p.nextReviewOn) {
      unchanged();
      return 'skipped';
    }
    const title = `Plan herzien: ${plan.title}`;
    const body = `Het plan "${plan.title}" moet vandaag (${p.nextReviewOn}) opnieuw worden bekeken. Klopt alles nog: mensen, telefoonnummers, leveranciers en stappen? Pas het aan en laat het opnieuw goedkeuren.`;
    const link = `/continuity-plans/${plan.id}`;
    const notified = await notifyMembers(trx, {
      orgId: p.orgId,
      kind: 'continuity-plan.review-due',
      title,
      body,
      link,
      linkText: 'Open het plan',
      subjectType: 'continuity-plan',
      subjectId: plan.id,
      dedupeKey: planReviewKey(p),
      roles: REMINDED_ROLES,
    });
    if (!notified) {
      unchanged();
      return 'skipped';
    }
    await record(
      'continuity-plan.review-due',
      { orgId: p.orgId, subjectType: 'continuity-plan', subjectId: plan.id, details: { nextReviewOn: p.nextReviewOn } },
      { planId: plan.id, nextReviewOn: p.nextReviewOn },
    );
    return 'sent';
  },
});
