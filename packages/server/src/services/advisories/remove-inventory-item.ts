import { notFound } from '@weerbaar/core/platform';
import { z } from 'zod';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { deleteInventoryItem } from '../../repositories/advisory.repository.ts';

/** Removes a product from an asset; its alerts go with it (foreign key ON DELETE CASCADE). */
export const removeInventoryItem = defineUseCase({
  actions: ['inventory.item-removed'],
  input: z.object({ id: z.uuid() }),
  async run({ trx, record }, ctx: OrgActor, input: { id: string }): Promise<void> {
    authorize(ctx, 'write', { type: 'asset', orgId: ctx.orgId }, 'Asset');
    const row = await deleteInventoryItem(trx, ctx.orgId, input.id);
    if (!row) throw notFound('Inventory item');
    await record(
      'inventory.item-removed',
      {
        subjectType: 'asset',
        subjectId: row.asset_id,
        details: { itemId: row.id, vendor: row.vendor, product: row.product },
      },
      { assetId: row.asset_id, itemId: row.id },
    );
  },
});
