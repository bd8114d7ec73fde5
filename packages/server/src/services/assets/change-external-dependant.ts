import type { ExternalDependant, ExternalDependantUpdate } from '@weerbaar/core/assets';
import { notFound } from '@weerbaar/core/platform';
import { findExternalDependant, updateExternalDependant } from '../../repositories/asset-graph.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentExternalDependant } from './asset.presenter.ts';

export const changeExternalDependant = defineUseCase({
  actions: ['asset.external-dependant-updated'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { assetId, dependantId, changes }: { assetId: string; dependantId: string; changes: ExternalDependantUpdate },
  ): Promise<ExternalDependant> {
    const before = await findExternalDependant(trx, ctx.orgId, assetId, dependantId);
    if (!before) throw notFound('External dependant');
    authorize(ctx, 'write', { type: 'asset', orgId: before.org_id }, 'Asset');
    const row = await updateExternalDependant(trx, ctx.orgId, dependantId, {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
      ...(changes.count !== undefined ? { count: changes.count } : {}),
    });
    const after = presentExternalDependant(row);
    await record(
      'asset.external-dependant-updated',
      { subjectType: 'asset', subjectId: assetId, before: presentExternalDependant(before), after },
      { assetId, dependantId },
    );
    return after;
  },
});
