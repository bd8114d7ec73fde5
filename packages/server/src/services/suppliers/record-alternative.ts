import type { AlternativeInput, SupplierDependency } from '@weerbaar/core/suppliers';
import { DomainError, notFound } from '@weerbaar/core/platform';
import { findDependency } from '../../repositories/asset-graph.repository.ts';
import { lockAsset } from '../../repositories/asset.repository.ts';
import {
  findAlternative,
  findSuppliedService,
  listSupplierDependencies,
  lockSupplier,
  upsertAlternative,
} from '../../repositories/supplier.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { assertSupplied } from './supplied-asset.ts';
import { presentSupplierDependency } from './supplier.presenter.ts';

/**
 * Records the alternative supplier identified for one dependency on a supplier's service or utility, and how
 * long switching over takes (CER Art. 13(1)(d): "the identification of alternative supply chains"; NIS2 Art.
 * 21(2)(c)-(d)). Replaces an earlier one for the same dependency.
 */
export const recordAlternative = defineUseCase({
  actions: ['supplier.alternative-recorded'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    input: AlternativeInput & { fromAssetId: string; toAssetId: string },
  ): Promise<SupplierDependency> {
    const { fromAssetId, toAssetId } = input;
    const dependency = await findDependency(trx, ctx.orgId, fromAssetId, toAssetId);
    if (!dependency) throw notFound('Dependency');
    authorize(ctx, 'write', { type: 'supplier', orgId: dependency.org_id }, 'Dependency');
    const to = await lockAsset(trx, ctx.orgId, toAssetId, 'keep');
    if (!to) throw notFound('Dependency');
    assertSupplied(to, 'path.toAssetId');
    const alternative = await lockSupplier(trx, ctx.orgId, input.alternativeSupplierId);
    if (!alternative) {
      throw new DomainError('validation_failed', 'alternativeSupplierId is not a supplier of this organisation', [
        {
          name: 'body.alternativeSupplierId',
          reason: 'is not a supplier of this organisation',
          code: 'unknown_reference',
        },
      ]);
    }
    const primary = await findSuppliedService(trx, ctx.orgId, toAssetId);
    if (primary?.supplier_id === alternative.id) {
      throw new DomainError('validation_failed', 'The alternative is the supplier it should replace', [
        { name: 'body.alternativeSupplierId', reason: 'is the supplier of this service itself', code: 'same_supplier' },
      ]);
    }
    const before = await findAlternative(trx, ctx.orgId, fromAssetId, toAssetId);
    await upsertAlternative(
      trx,
      {
        org_id: ctx.orgId,
        from_asset_id: fromAssetId,
        to_asset_id: toAssetId,
        alternative_supplier_id: alternative.id,
        switch_over_hours: input.switchOverHours ?? null,
        note: input.note ?? null,
      },
      now,
    );
    const row = (await listSupplierDependencies(trx, ctx.orgId)).find(
      (d) => d.from.id === fromAssetId && d.to.id === toAssetId,
    )!;
    const after = presentSupplierDependency(row);
    await record(
      'supplier.alternative-recorded',
      {
        subjectType: 'supplier',
        subjectId: alternative.id,
        before: before && {
          alternativeSupplierId: before.alternative_supplier_id,
          switchOverHours: before.switch_over_hours,
          note: before.note,
        },
        after,
      },
      { fromAssetId, toAssetId, supplierId: alternative.id },
    );
    return after;
  },
});
