import { notFound } from '@weerbaar/core/platform';
import { defaultNextReview, dutchDate, type Risk, type RiskReviewCreate } from '@weerbaar/core/risk';
import { findRisk, updateRisk } from '../../repositories/risk.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { loadRisks } from './risk-loaders.ts';
import { loadRiskMatrix } from './risk-matrix-config.ts';
import { scheduleRiskReview } from './risk-review.job.ts';
import { assertRiskValid } from './risk-rules.ts';

/**
 * The risk was looked at again today: the next review follows the organisation's interval unless a date
 * is given (CER Art. 12(1): at least every four years; NIS2 Art. 21: earlier when things change).
 */
export const reviewRisk = defineUseCase({
  actions: ['risk.reviewed'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    { id, review }: { id: string; review: RiskReviewCreate },
  ): Promise<Risk> {
    authorize(ctx, 'write', { type: 'risk', orgId: ctx.orgId }, 'Risk');
    const beforeRow = await findRisk(trx, ctx.orgId, id);
    if (!beforeRow) throw notFound('Risk');
    const { config } = await loadRiskMatrix(trx, ctx.orgId);
    const today = dutchDate(now);
    const nextReviewOn = review.nextReviewOn ?? defaultNextReview(today, config.reviewIntervalMonths);
    assertRiskValid(
      config,
      {
        inherent: { likelihood: beforeRow.inherent_likelihood, impacts: beforeRow.inherent_impacts },
        residual: null,
        treatment: null,
        nextReviewOn,
      },
      now,
    );
    const row = await updateRisk(trx, ctx.orgId, id, { last_reviewed_on: today, next_review_on: nextReviewOn });
    const after = (await loadRisks(trx, ctx.orgId, [row], now))[0]!;
    await record(
      'risk.reviewed',
      {
        subjectType: 'risk',
        subjectId: id,
        before: { lastReviewedOn: beforeRow.last_reviewed_on, nextReviewOn: beforeRow.next_review_on },
        after: after.review,
        details: { note: review.note },
      },
      { riskId: id, nextReviewOn },
    );
    await scheduleRiskReview(trx, { orgId: ctx.orgId, riskId: id, nextReviewOn });
    return after;
  },
});
