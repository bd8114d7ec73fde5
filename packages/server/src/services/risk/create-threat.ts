import { DomainError } from '@weerbaar/core/platform';
import { ThreatCreateSchema, type Threat, type ThreatCreate } from '@weerbaar/core/risk';
import { findRiskThreatByName, insertRiskThreat } from '../../repositories/risk-threat.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentOwnThreat } from './risk.presenter.ts';

/** An organisation adds a threat the catalogue lacks (CER Art. 12(2): "all the relevant" risks, its own too). */
export const createThreat = defineUseCase({
  actions: ['risk-threat.created'],
  input: ThreatCreateSchema,
  async run({ trx, record }, ctx: OrgActor, input: ThreatCreate): Promise<Threat> {
    authorize(ctx, 'write', { type: 'risk', orgId: ctx.orgId }, 'Risk');
    if (await findRiskThreatByName(trx, ctx.orgId, input.name)) {
      throw new DomainError('conflict', `A threat named '${input.name}' already exists`, [
        { name: 'body.name', reason: 'is already used', code: 'taken' },
      ]);
    }
    const row = await insertRiskThreat(trx, ctx.orgId, {
      theme: input.theme,
      nature: input.nature,
      name: input.name,
      description: input.description,
      typical_scenarios: input.typicalScenarios,
    });
    const threat = presentOwnThreat(row);
    await record('risk-threat.created', { subjectType: 'risk-threat', subjectId: row.id, after: threat }, {});
    return threat;
  },
});
