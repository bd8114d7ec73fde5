import { notFound } from '@weerbaar/core/platform';
import type { Risk, RiskUpdate, ScoresInput, TreatmentInput } from '@weerbaar/core/risk';
import { findRisk, updateRisk } from '../../repositories/risk.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { acceptanceOf, treatmentValues } from './risk-acceptance.ts';
import { loadRisks } from './risk-loaders.ts';
import { lockAndLoadRiskMatrix } from './risk-matrix-config.ts';
import { scheduleRiskReview } from './risk-review.job.ts';
import { assertRiskValid } from './risk-rules.ts';

export const changeRisk = defineUseCase({
  actions: ['risk.updated', 'risk.accepted'],
  async run({ trx, now, record }, ctx: OrgActor, { id, changes }: { id: string; changes: RiskUpdate }): Promise<Risk> {
    authorize(ctx, 'write', { type: 'risk', orgId: ctx.orgId }, 'Risk');
    const beforeRow = await findRisk(trx, ctx.orgId, id);
    if (!beforeRow) throw notFound('Risk');
    const { config } = await lockAndLoadRiskMatrix(trx, ctx.orgId, 'keep');
    const inherent: ScoresInput = changes.inherent ?? {
      likelihood: beforeRow.inherent_likelihood,
      impacts: beforeRow.inherent_impacts,
    };
    const residual: ScoresInput | null =
      changes.residual !== undefined
        ? changes.residual
        : beforeRow.residual_likelihood !== null && beforeRow.residual_impacts !== null
          ? { likelihood: beforeRow.residual_likelihood, impacts: beforeRow.residual_impacts }
          : null;
    const treatment: TreatmentInput | null =
      changes.treatment !== undefined
        ? changes.treatment
        : beforeRow.treatment_strategy !== null && beforeRow.treatment_owner !== null
          ? {
              strategy: beforeRow.treatment_strategy,
              owner: beforeRow.treatment_owner,
              dueOn: beforeRow.treatment_due_on,
              justification: beforeRow.treatment_justification ?? '',
            }
          : null;
    // A changed inherent score must still hold the residual below it, so both are checked together.
    assertRiskValid(config, { inherent, residual, treatment, nextReviewOn: changes.nextReviewOn }, now);
    const acceptance = acceptanceOf(ctx, beforeRow, treatment, now);
    const [before] = await loadRisks(trx, ctx.orgId, [beforeRow], now);
    const row = await updateRisk(trx, ctx.orgId, id, {
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.owner !== undefined ? { owner: changes.owner } : {}),
      ...(changes.existingMeasures !== undefined ? { existing_measures: changes.existingMeasures } : {}),
      ...(changes.nextReviewOn !== undefined ? { next_review_on: changes.nextReviewOn } : {}),
      inherent_likelihood: inherent.likelihood,
      inherent_impacts: { ...inherent.impacts },
      residual_likelihood: residual?.likelihood ?? null,
      residual_impacts: residual ? { ...residual.impacts } : null,
      ...treatmentValues(treatment),
      ...acceptance.values,
    });
    const after = (await loadRisks(trx, ctx.orgId, [row], now))[0]!;
    await record('risk.updated', { subjectType: 'risk', subjectId: id, before, after }, { riskId: id });
    if (acceptance.accepted) {
      await record(
        'risk.accepted',
        { subjectType: 'risk', subjectId: id, after: { treatment: after.treatment, acceptance: after.acceptance } },
        { riskId: id },
      );
    }
    if (row.next_review_on !== beforeRow.next_review_on) {
      await scheduleRiskReview(trx, { orgId: ctx.orgId, riskId: id, nextReviewOn: row.next_review_on });
    }
    return after;
  },
});
