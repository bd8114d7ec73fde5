import { notFound } from '@weerbaar/core/platform';
import { deleteSuppliedService, findSuppliedService, lockSupplier } from '../../repositories/supplier.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

/** The supplier no longer supplies this service or utility (the asset stays in the graph). */
export const unlinkSuppliedService = defineUseCase({
  actions: ['supplier.service-unlinked'],
  async run({ trx, record }, ctx: OrgActor, input: { supplierId: string; assetId: string }): Promise<void> {
    const supplier = await lockSupplier(trx, ctx.orgId, input.supplierId);
    if (!supplier) throw notFound('Supplier');
    authorize(ctx, 'write', { type: 'supplier', orgId: supplier.org_id }, 'Supplier');
    const link = await findSuppliedService(trx, ctx.orgId, input.assetId);
    if (!link || link.supplier_id !== input.supplierId) throw notFound('Supplied service');
    await deleteSuppliedService(trx, ctx.orgId, input.assetId);
    await record(
      'supplier.service-unlinked',
      {
        subjectType: 'supplier',
        subjectId: input.supplierId,
        before: { assetId: link.asset_id, recoveryTimeHours: link.recovery_time_hours },
      },
      input,
    );
  },
});
