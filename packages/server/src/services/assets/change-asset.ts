import type { Asset, AssetUpdate } from '@weerbaar/core/assets';
import { notFound } from '@weerbaar/core/platform';
import { findAsset, updateAsset } from '../../repositories/asset.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { assertAssetNameFree } from './asset-name.ts';
import { presentAsset } from './asset.presenter.ts';

export const changeAsset = defineUseCase({
  actions: ['asset.updated'],
  async run({ trx, record }, ctx: OrgActor, { id, changes }: { id: string; changes: AssetUpdate }): Promise<Asset> {
    const before = await findAsset(trx, ctx.orgId, id);
    if (!before) throw notFound('Asset');
    authorize(ctx, 'write', { type: 'asset', orgId: before.org_id }, 'Asset');
    if (changes.name !== undefined || changes.kind !== undefined) {
      await assertAssetNameFree(trx, ctx.orgId, changes.kind ?? before.kind, changes.name ?? before.name, id);
    }
    const row = await updateAsset(trx, ctx.orgId, id, {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.crownJewel !== undefined ? { crown_jewel: changes.crownJewel } : {}),
      ...(changes.owner !== undefined ? { owner: changes.owner } : {}),
    });
    const after = presentAsset(row);
    await record('asset.updated', { subjectType: 'asset', subjectId: id, before: presentAsset(before), after }, {});
    return after;
  },
});
