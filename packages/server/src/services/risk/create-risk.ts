import { defaultNextReview, dutchDate, RiskCreateSchema, type Risk, type RiskCreate } from '@weerbaar/core/risk';
import { DomainError } from '@weerbaar/core/platform';
import { findRiskScenario } from '../../repositories/risk-scenario.repository.ts';
import { insertRisk } from '../../repositories/risk.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { acceptanceOf, treatmentValues } from './risk-acceptance.ts';
import { loadRisks } from './risk-loaders.ts';
import { lockAndLoadRiskMatrix } from './risk-matrix-config.ts';
import { scheduleRiskReview } from './risk-review.job.ts';
import { assertRiskValid } from './risk-rules.ts';

/** Scores a scenario as a risk: inherent, existing measures, residual and treatment (NIS2 Art. 21(2)(a)). */
export const createRisk = defineUseCase({
  actions: ['risk.created', 'risk.accepted'],
  input: RiskCreateSchema,
  async run({ trx, now, record }, ctx: OrgActor, input: RiskCreate): Promise<Risk> {
    authorize(ctx, 'write', { type: 'risk', orgId: ctx.orgId }, 'Risk');
    if (!(await findRiskScenario(trx, ctx.orgId, input.scenarioId))) {
      throw new DomainError('validation_failed', 'Unknown scenario', [
        { name: 'body.scenarioId', reason: 'is not a scenario of this organisation', code: 'unknown_reference' },
      ]);
    }
    const { config } = await lockAndLoadRiskMatrix(trx, ctx.orgId, 'keep');
    assertRiskValid(config, input, now);
    const today = dutchDate(now);
    const acceptance = acceptanceOf(ctx, undefined, input.treatment, now);
    const row = await insertRisk(trx, ctx.orgId, {
      scenario_id: input.scenarioId,
      title: input.title,
      owner: input.owner,
      inherent_likelihood: input.inherent.likelihood,
      inherent_impacts: input.inherent.impacts,
      existing_measures: input.existingMeasures,
      residual_likelihood: input.residual?.likelihood ?? null,
      residual_impacts: input.residual?.impacts ?? null,
      ...treatmentValues(input.treatment),
      ...acceptance.values,
      last_reviewed_on: today,
      next_review_on: input.nextReviewOn ?? defaultNextReview(today, config.reviewIntervalMonths),
    });
    const risk = (await loadRisks(trx, ctx.orgId, [row], now))[0]!;
    await record('risk.created', { subjectType: 'risk', subjectId: row.id, after: risk }, { riskId: row.id });
    if (acceptance.accepted) {
      await record(
        'risk.accepted',
        { subjectType: 'risk', subjectId: row.id, after: { treatment: risk.treatment, acceptance: risk.acceptance } },
        { riskId: row.id },
      );
    }
    await scheduleRiskReview(trx, { orgId: ctx.orgId, riskId: row.id, nextReviewOn: row.next_review_on });
    return risk;
  },
});
