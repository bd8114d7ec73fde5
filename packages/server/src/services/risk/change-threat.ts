import { DomainError, notFound } from '@weerbaar/core/platform';
import type { Threat, ThreatUpdate } from '@weerbaar/core/risk';
import { findRiskThreat, findRiskThreatByName, updateRiskThreat } from '../../repositories/risk-threat.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentOwnThreat } from './risk.presenter.ts';

/** Changes one of the organisation's own threats; the catalogue is the same for everyone and not changed here. */
export const changeThreat = defineUseCase({
  actions: ['risk-threat.updated'],
  async run({ trx, record }, ctx: OrgActor, { id, changes }: { id: string; changes: ThreatUpdate }): Promise<Threat> {
    authorize(ctx, 'write', { type: 'risk', orgId: ctx.orgId }, 'Risk');
    const before = await findRiskThreat(trx, ctx.orgId, id);
    if (!before) throw notFound('Threat');
    if (changes.name !== undefined) {
      const same = await findRiskThreatByName(trx, ctx.orgId, changes.name);
      if (same && same.id !== id) {
        throw new DomainError('conflict', `A threat named '${changes.name}' already exists`, [
          { name: 'body.name', reason: 'is already used', code: 'taken' },
        ]);
      }
    }
    const row = await updateRiskThreat(trx, ctx.orgId, id, {
      ...(changes.theme !== undefined ? { theme: changes.theme } : {}),
      ...(changes.nature !== undefined ? { nature: changes.nature } : {}),
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.typicalScenarios !== undefined ? { typical_scenarios: changes.typicalScenarios } : {}),
    });
    const after = presentOwnThreat(row);
    await record(
      'risk-threat.updated',
      { subjectType: 'risk-threat', subjectId: id, before: presentOwnThreat(before), after },
      {},
    );
    return after;
  },
});
