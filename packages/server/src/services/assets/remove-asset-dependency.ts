import { notFound } from '@weerbaar/core/platform';
import { deleteDependency, findDependency } from '../../repositories/asset-graph.repository.ts';
import { findAssetsByIds } from '../../repositories/asset.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentDependency } from './asset.presenter.ts';

export const removeAssetDependency = defineUseCase({
  actions: ['asset.dependency-removed'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { fromAssetId, toAssetId }: { fromAssetId: string; toAssetId: string },
  ): Promise<void> {
    const row = await findDependency(trx, ctx.orgId, fromAssetId, toAssetId);
    if (!row) throw notFound('Dependency');
    authorize(ctx, 'write', { type: 'asset', orgId: row.org_id }, 'Asset');
    const nodes = new Map((await findAssetsByIds(trx, ctx.orgId, [fromAssetId, toAssetId])).map((a) => [a.id, a]));
    await deleteDependency(trx, ctx.orgId, fromAssetId, toAssetId);
    await record(
      'asset.dependency-removed',
      { subjectType: 'asset', subjectId: fromAssetId, before: presentDependency(row, nodes) },
      { fromAssetId, toAssetId },
    );
  },
});
