import {
  ExternalDependantCreateSchema,
  type ExternalDependant,
  type ExternalDependantCreate,
} from '@weerbaar/core/assets';
import { DomainError, notFound } from '@weerbaar/core/platform';
import { z } from 'zod';
import { insertExternalDependant } from '../../repositories/asset-graph.repository.ts';
import { lockAsset } from '../../repositories/asset.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentExternalDependant } from './asset.presenter.ts';

/**
 * Who outside the organisation depends on one of its services: an organisation, a government body or a
 * group of recipients (CER Art. 12(2): how far other sectors depend on the service; Art. 7(1)(a): its users).
 */
export const addExternalDependant = defineUseCase({
  actions: ['asset.external-dependant-added'],
  input: ExternalDependantCreateSchema.extend({ assetId: z.uuid() }),
  async run(
    { trx, record },
    ctx: OrgActor,
    input: ExternalDependantCreate & { assetId: string },
  ): Promise<ExternalDependant> {
    const asset = await lockAsset(trx, ctx.orgId, input.assetId, 'keep');
    if (!asset) throw notFound('Asset');
    authorize(ctx, 'write', { type: 'asset', orgId: asset.org_id }, 'Asset');
    if (asset.kind !== 'service') {
      throw new DomainError('validation_failed', 'Only services have external dependants', [
        { name: 'path.id', reason: 'is not a service' },
      ]);
    }
    const row = await insertExternalDependant(trx, {
      org_id: ctx.orgId,
      asset_id: asset.id,
      name: input.name,
      kind: input.kind,
      count: input.count ?? null,
    });
    const dependant = presentExternalDependant(row);
    await record(
      'asset.external-dependant-added',
      { subjectType: 'asset', subjectId: asset.id, after: dependant },
      { assetId: asset.id, dependantId: row.id },
    );
    return dependant;
  },
});
