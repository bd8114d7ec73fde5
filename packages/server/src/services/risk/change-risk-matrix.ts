import { DomainError, type InvalidParam } from '@weerbaar/core/platform';
import { RiskMatrixConfigSchema, type RiskMatrix, type RiskMatrixConfig } from '@weerbaar/core/risk';
import { riskLevelsInUse, upsertRiskMatrixConfig } from '../../repositories/risk-matrix.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { lockAndLoadRiskMatrix } from './risk-matrix-config.ts';

/**
 * The organisation adopts its own matrix. Scores already given must still fit: a scale may not shrink
 * below a level in use, nor drop a dimension a risk is scored on (change those risks first).
 */
export const changeRiskMatrix = defineUseCase({
  actions: ['risk-matrix.changed'],
  input: RiskMatrixConfigSchema,
  async run({ trx, now, record }, ctx: OrgActor, input: RiskMatrixConfig): Promise<RiskMatrix> {
    authorize(ctx, 'write', { type: 'risk', orgId: ctx.orgId }, 'Risk');
    const before = await lockAndLoadRiskMatrix(trx, ctx.orgId, 'change');
    const used = await riskLevelsInUse(trx, ctx.orgId);
    const problems: InvalidParam[] = [];
    if (used.likelihood > input.likelihood.length) {
      problems.push({
        name: 'body.likelihood',
        reason: `a risk uses level ${used.likelihood}`,
        code: 'in_use',
        params: { level: used.likelihood },
      });
    }
    if (used.impact > input.impact.length) {
      problems.push({
        name: 'body.impact',
        reason: `a risk uses level ${used.impact}`,
        code: 'in_use',
        params: { level: used.impact },
      });
    }
    const keys = new Set(input.dimensions.map((d) => d.key));
    for (const key of used.dimensions) {
      if (!keys.has(key)) {
        problems.push({
          name: 'body.dimensions',
          reason: `risks are scored on '${key}'`,
          code: 'in_use',
          params: { dimension: key },
        });
      }
    }
    if (problems.length > 0)
      throw new DomainError('conflict', 'The risks already scored do not fit this matrix', problems);
    await upsertRiskMatrixConfig(trx, ctx.orgId, input, now);
    const after: RiskMatrix = { ...input, custom: true };
    await record(
      'risk-matrix.changed',
      { subjectType: 'risk-matrix', subjectId: null, before: { ...before.config, custom: before.custom }, after },
      {},
    );
    return after;
  },
});
