import { notFound } from '@weerbaar/core/platform';
import { deleteExternalDependant, findExternalDependant } from '../../repositories/asset-graph.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentExternalDependant } from './asset.presenter.ts';

export const removeExternalDependant = defineUseCase({
  actions: ['asset.external-dependant-removed'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { assetId, dependantId }: { assetId: string; dependantId: string },
  ): Promise<void> {
    const before = await findExternalDependant(trx, ctx.orgId, assetId, dependantId);
    if (!before) throw notFound('External dependant');
    authorize(ctx, 'write', { type: 'asset', orgId: before.org_id }, 'Asset');
    await deleteExternalDependant(trx, ctx.orgId, dependantId);
    await record(
      'asset.external-dependant-removed',
      { subjectType: 'asset', subjectId: assetId, before: presentExternalDependant(before) },
      { assetId, dependantId },
    );
  },
});
