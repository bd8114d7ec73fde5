import type { Supplier, SupplierUpdate } from '@weerbaar/core/suppliers';
import { notFound } from '@weerbaar/core/platform';
import {
  countAlternativesBySupplier,
  listSuppliedServices,
  lockSupplier,
  updateSupplier,
} from '../../repositories/supplier.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { assertSupplierNameFree, supplierFields } from './supplier-fields.ts';
import { presentSupplier } from './supplier.presenter.ts';

/** Changes a supplier: contract, exit strategy, security requirements, the last assessment (NIS2 Art. 21(3)). */
export const changeSupplier = defineUseCase({
  actions: ['supplier.updated'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    { id, changes }: { id: string; changes: SupplierUpdate },
  ): Promise<Supplier> {
    const before = await lockSupplier(trx, ctx.orgId, id);
    if (!before) throw notFound('Supplier');
    authorize(ctx, 'write', { type: 'supplier', orgId: before.org_id }, 'Supplier');
    if (changes.name !== undefined) await assertSupplierNameFree(trx, ctx.orgId, changes.name, id);
    const row = await updateSupplier(trx, ctx.orgId, id, supplierFields(changes), now);
    const services = await listSuppliedServices(trx, ctx.orgId, [id]);
    const alternativeFor = (await countAlternativesBySupplier(trx, ctx.orgId)).get(id) ?? 0;
    const after = presentSupplier(row, services, alternativeFor);
    await record(
      'supplier.updated',
      { subjectType: 'supplier', subjectId: id, before: presentSupplier(before, services, alternativeFor), after },
      { supplierId: id },
    );
    return after;
  },
});
