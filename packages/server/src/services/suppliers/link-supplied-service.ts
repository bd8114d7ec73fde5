import type { SuppliedService, SuppliedServiceInput } from '@weerbaar/core/suppliers';
import { notFound } from '@weerbaar/core/platform';
import { lockAsset } from '../../repositories/asset.repository.ts';
import {
  findSuppliedService,
  listSuppliedServices,
  lockSupplier,
  upsertSuppliedService,
} from '../../repositories/supplier.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { assertSupplied } from './supplied-asset.ts';
import { presentSuppliedService } from './supplier.presenter.ts';

/**
 * Records that the supplier supplies this service or utility of the graph, with the recovery time it
 * commits to. A supplied asset has one supplier: linking it to another moves it (both on the record).
 */
export const linkSuppliedService = defineUseCase({
  actions: ['supplier.service-linked'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    input: SuppliedServiceInput & { supplierId: string; assetId: string },
  ): Promise<SuppliedService> {
    const supplier = await lockSupplier(trx, ctx.orgId, input.supplierId);
    if (!supplier) throw notFound('Supplier');
    authorize(ctx, 'write', { type: 'supplier', orgId: supplier.org_id }, 'Supplier');
    // Locked: its type cannot change away from a supplier's service while it is linked.
    const asset = await lockAsset(trx, ctx.orgId, input.assetId, 'keep');
    if (!asset) throw notFound('Asset');
    assertSupplied(asset, 'path.assetId');
    const before = await findSuppliedService(trx, ctx.orgId, input.assetId);
    await upsertSuppliedService(
      trx,
      {
        org_id: ctx.orgId,
        asset_id: input.assetId,
        supplier_id: input.supplierId,
        recovery_time_hours: input.recoveryTimeHours ?? null,
      },
      now,
    );
    const [link] = await listSuppliedServices(trx, ctx.orgId, [input.supplierId]).then((all) =>
      all.filter((l) => l.asset_id === input.assetId),
    );
    const after = presentSuppliedService(link!);
    await record(
      'supplier.service-linked',
      {
        subjectType: 'supplier',
        subjectId: input.supplierId,
        before: before && { supplierId: before.supplier_id, recoveryTimeHours: before.recovery_time_hours },
        after,
      },
      { supplierId: input.supplierId, assetId: input.assetId },
    );
    return after;
  },
});
