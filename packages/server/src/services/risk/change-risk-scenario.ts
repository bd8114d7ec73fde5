import { notFound } from '@weerbaar/core/platform';
import type { RiskScenario, RiskScenarioUpdate } from '@weerbaar/core/risk';
import {
  findRiskScenario,
  setRiskScenarioAssets,
  updateRiskScenario,
} from '../../repositories/risk-scenario.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { loadScenarios } from './risk-loaders.ts';
import { assertScenarioInputs } from './scenario-inputs.ts';

export const changeRiskScenario = defineUseCase({
  actions: ['risk-scenario.updated'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { id, changes }: { id: string; changes: RiskScenarioUpdate },
  ): Promise<RiskScenario> {
    authorize(ctx, 'write', { type: 'risk', orgId: ctx.orgId }, 'Risk');
    const beforeRow = await findRiskScenario(trx, ctx.orgId, id);
    if (!beforeRow) throw notFound('Risk scenario');
    await assertScenarioInputs(trx, ctx.orgId, changes);
    const before = (await loadScenarios(trx, ctx.orgId, [beforeRow]))[0]!;
    const row = await updateRiskScenario(trx, ctx.orgId, id, {
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.threatId !== undefined ? { threat_id: changes.threatId } : {}),
    });
    if (changes.assetIds !== undefined) await setRiskScenarioAssets(trx, ctx.orgId, id, changes.assetIds);
    const after = (await loadScenarios(trx, ctx.orgId, [row]))[0]!;
    await record(
      'risk-scenario.updated',
      { subjectType: 'risk-scenario', subjectId: id, before, after },
      { scenarioId: id },
    );
    return after;
  },
});
