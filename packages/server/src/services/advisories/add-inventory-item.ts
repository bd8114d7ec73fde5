import { InventoryItemCreateSchema, type InventoryItem, type InventoryItemCreate } from '@weerbaar/core/advisories';
import { invalidField } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { insertInventoryItems } from '../../repositories/advisory.repository.ts';
import { findAsset } from '../../repositories/asset.repository.ts';
import { presentInventoryItem } from './inventory.presenter.ts';
import { scheduleAdvisoryMatch } from './match-advisories.job.ts';

/** Records a product that runs on an asset, and matches the organisation's advisories again. */
export const addInventoryItem = defineUseCase({
  actions: ['inventory.item-added'],
  input: InventoryItemCreateSchema,
  async run({ trx, record }, ctx: OrgActor, input: InventoryItemCreate): Promise<InventoryItem> {
    authorize(ctx, 'write', { type: 'asset', orgId: ctx.orgId }, 'Asset');
    const asset = await findAsset(trx, ctx.orgId, input.assetId);
    // Products run on assets (systems), not on services.
    if (!asset || asset.kind !== 'asset')
      throw invalidField('body.assetId', 'not an asset of this organisation', 'invalid');
    const [row] = await insertInventoryItems(trx, ctx.orgId, [
      {
        asset_id: asset.id,
        vendor: input.vendor ?? null,
        product: input.product ?? null,
        version: input.version ?? null,
        cpe: input.cpe ?? null,
        purl: input.purl ?? null,
        source: 'manual',
      },
    ]);
    const item = presentInventoryItem({ ...row!, asset_name: asset.name });
    await scheduleAdvisoryMatch(trx, ctx.orgId, `item:${row!.id}`, { itemIds: [row!.id] });
    await record(
      'inventory.item-added',
      { subjectType: 'asset', subjectId: asset.id, after: item },
      { assetId: asset.id, itemId: row!.id },
    );
    return item;
  },
});
