import { notFound } from '@weerbaar/core/platform';
import {
  countAlternativesBySupplier,
  deleteSupplier,
  listSuppliedServices,
  lockSupplier,
} from '../../repositories/supplier.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentSupplier } from './supplier.presenter.ts';

/**
 * Removes a supplier from the register, with its links to the services it supplied and every alternative that
 * named it (those dependencies then have none: the concentration analysis shows it at once). The audit event
 * keeps what was removed, links and the count of alternatives included.
 */
export const removeSupplier = defineUseCase({
  actions: ['supplier.removed'],
  async run({ trx, record }, ctx: OrgActor, { id }: { id: string }): Promise<void> {
    const row = await lockSupplier(trx, ctx.orgId, id);
    if (!row) throw notFound('Supplier');
    authorize(ctx, 'write', { type: 'supplier', orgId: row.org_id }, 'Supplier');
    const services = await listSuppliedServices(trx, ctx.orgId, [id]);
    const alternativeFor = (await countAlternativesBySupplier(trx, ctx.orgId)).get(id) ?? 0;
    await deleteSupplier(trx, ctx.orgId, id);
    await record(
      'supplier.removed',
      { subjectType: 'supplier', subjectId: id, before: presentSupplier(row, services, alternativeFor) },
      { supplierId: id },
    );
  },
});
