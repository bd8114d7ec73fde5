import { AssetDependencyCreateSchema, type AssetDependency, type AssetDependencyCreate } from '@weerbaar/core/assets';
import { DomainError, notFound } from '@weerbaar/core/platform';
import { z } from 'zod';
import { findDependency, insertDependency } from '../../repositories/asset-graph.repository.ts';
import { findAssetsByIds } from '../../repositories/asset.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentDependency } from './asset.presenter.ts';

/**
 * Records that one service or asset depends on another of the same organisation. Cycles are allowed (two
 * systems that back each other up); a node on itself and a dependency recorded twice are not.
 */
export const addAssetDependency = defineUseCase({
  actions: ['asset.dependency-added'],
  input: AssetDependencyCreateSchema.extend({ fromAssetId: z.uuid() }),
  async run(
    { trx, record },
    ctx: OrgActor,
    input: AssetDependencyCreate & { fromAssetId: string },
  ): Promise<AssetDependency> {
    const { fromAssetId, toAssetId } = input;
    const found = new Map((await findAssetsByIds(trx, ctx.orgId, [fromAssetId, toAssetId])).map((a) => [a.id, a]));
    if (!found.has(fromAssetId)) throw notFound('Asset');
    authorize(ctx, 'write', { type: 'asset', orgId: ctx.orgId }, 'Asset');
    // Another organisation's asset is simply unknown here, as if it did not exist.
    if (!found.has(toAssetId)) {
      throw new DomainError('validation_failed', 'toAssetId is not a service or asset of this organisation', [
        { name: 'body.toAssetId', reason: 'is not a service or asset of this organisation', code: 'unknown_reference' },
      ]);
    }
    if (fromAssetId === toAssetId) {
      throw new DomainError('validation_failed', 'A service or asset cannot depend on itself', [
        { name: 'body.toAssetId', reason: 'is this service or asset itself', code: 'self_reference' },
      ]);
    }
    if (await findDependency(trx, ctx.orgId, fromAssetId, toAssetId)) {
      throw new DomainError('conflict', 'This dependency is already recorded', [
        { name: 'body.toAssetId', reason: 'is already a dependency', code: 'duplicate' },
      ]);
    }
    const row = await insertDependency(trx, {
      org_id: ctx.orgId,
      from_asset_id: fromAssetId,
      to_asset_id: toAssetId,
      description: input.description ?? null,
    });
    const dependency = presentDependency(row, found);
    await record(
      'asset.dependency-added',
      { subjectType: 'asset', subjectId: fromAssetId, after: dependency },
      { fromAssetId, toAssetId },
    );
    return dependency;
  },
});
