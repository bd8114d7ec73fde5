import { AssetCreateSchema, type Asset, type AssetCreate } from '@weerbaar/core/assets';
import { insertAsset } from '../../repositories/asset.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { assertAssetNameFree } from './asset-name.ts';
import { presentAsset } from './asset.presenter.ts';

export const createAsset = defineUseCase({
  actions: ['asset.created'],
  // The route validated the body already; this holds for every other caller too (CLI, imports, jobs).
  input: AssetCreateSchema,
  async run({ trx, record }, ctx: OrgActor, input: AssetCreate): Promise<Asset> {
    authorize(ctx, 'write', { type: 'asset', orgId: ctx.orgId }, 'Asset');
    await assertAssetNameFree(trx, ctx.orgId, input.kind, input.name);
    const row = await insertAsset(trx, {
      org_id: ctx.orgId,
      name: input.name,
      kind: input.kind,
      description: input.description ?? null,
      crown_jewel: input.crownJewel,
      owner: input.owner ?? null,
      asset_type: input.assetType ?? null,
      control_function: input.controlFunction ?? null,
      confidentiality: input.confidentiality ?? null,
      integrity: input.integrity ?? null,
      availability: input.availability ?? null,
      max_tolerable_downtime_hours: input.maxTolerableDowntimeHours ?? null,
      people_served: input.peopleServed ?? null,
    });
    const asset = presentAsset(row);
    await record('asset.created', { subjectType: 'asset', subjectId: row.id, after: asset }, {});
    return asset;
  },
});
