import { notFound } from '@weerbaar/core/platform';
import { deleteAlternative, findAlternative } from '../../repositories/supplier.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

/** The dependency no longer has an identified alternative. */
export const removeAlternative = defineUseCase({
  actions: ['supplier.alternative-removed'],
  async run({ trx, record }, ctx: OrgActor, input: { fromAssetId: string; toAssetId: string }): Promise<void> {
    const row = await findAlternative(trx, ctx.orgId, input.fromAssetId, input.toAssetId);
    if (!row) throw notFound('Alternative');
    authorize(ctx, 'write', { type: 'supplier', orgId: row.org_id }, 'Alternative');
    await deleteAlternative(trx, ctx.orgId, input.fromAssetId, input.toAssetId);
    await record(
      'supplier.alternative-removed',
      {
        subjectType: 'supplier',
        subjectId: row.alternative_supplier_id,
        before: {
          ...input,
          alternativeSupplierId: row.alternative_supplier_id,
          switchOverHours: row.switch_over_hours,
        },
      },
      input,
    );
  },
});
