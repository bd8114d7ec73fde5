import { RiskScenarioCreateSchema, type RiskScenario, type RiskScenarioCreate } from '@weerbaar/core/risk';
import { insertRiskScenario, setRiskScenarioAssets } from '../../repositories/risk-scenario.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { loadScenarios } from './risk-loaders.ts';
import { assertScenarioInputs } from './scenario-inputs.ts';

/** A scenario: a threat against the assets it hits (CER Art. 12(2); NIS2 Art. 21(2)(a)). */
export const createRiskScenario = defineUseCase({
  actions: ['risk-scenario.created'],
  input: RiskScenarioCreateSchema,
  async run({ trx, record }, ctx: OrgActor, input: RiskScenarioCreate): Promise<RiskScenario> {
    authorize(ctx, 'write', { type: 'risk', orgId: ctx.orgId }, 'Risk');
    await assertScenarioInputs(trx, ctx.orgId, input);
    const row = await insertRiskScenario(trx, ctx.orgId, {
      title: input.title,
      description: input.description,
      threat_id: input.threatId,
    });
    await setRiskScenarioAssets(trx, ctx.orgId, row.id, input.assetIds);
    const scenario = (await loadScenarios(trx, ctx.orgId, [row]))[0]!;
    await record(
      'risk-scenario.created',
      { subjectType: 'risk-scenario', subjectId: row.id, after: scenario },
      { scenarioId: row.id },
    );
    return scenario;
  },
});
