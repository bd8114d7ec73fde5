import type { Supplier, SupplierCreate } from '@weerbaar/core/suppliers';
import { insertSupplier } from '../../repositories/supplier.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { assertSupplierNameFree, supplierFields } from './supplier-fields.ts';
import { presentSupplier } from './supplier.presenter.ts';

/** Adds a supplier to the register (NIS2 Art. 21(2)(d); 2024/2690 Annex 5.2: directory of suppliers). */
export const createSupplier = defineUseCase({
  actions: ['supplier.created'],
  async run({ trx, record }, ctx: OrgActor, input: SupplierCreate): Promise<Supplier> {
    authorize(ctx, 'write', { type: 'supplier', orgId: ctx.orgId }, 'Supplier');
    await assertSupplierNameFree(trx, ctx.orgId, input.name);
    const row = await insertSupplier(trx, ctx.orgId, { ...supplierFields(input), name: input.name });
    const supplier = presentSupplier(row, [], 0);
    await record(
      'supplier.created',
      { subjectType: 'supplier', subjectId: row.id, after: supplier },
      { supplierId: row.id },
    );
    return supplier;
  },
});
