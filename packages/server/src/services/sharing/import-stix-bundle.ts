import { DomainError } from '@weerbaar/core/platform';
import { type BundleImport, type BundleImportResult } from '@weerbaar/core/sharing';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { communityOf } from './community-access.ts';
import { storeStixObjects } from './stix-store.ts';

/**
 * Imports a STIX 2.1 bundle into a community, object by object: what passes is stored, what does not is
 * named with its reason (partial success). Objects without a TLP marking get `tlp` (default AMBER+STRICT).
 */
export const importStixBundle = defineUseCase({
  actions: ['sharing.objects-added'],
  async run(
    { trx, record, now, unchanged },
    ctx: OrgActor,
    input: BundleImport & { communityId: string },
  ): Promise<BundleImportResult> {
    await communityOf(trx, ctx.orgId, input.communityId);
    const { bundle } = input;
    if (bundle.type !== 'bundle' || !Array.isArray(bundle.objects))
      throw new DomainError('validation_failed', 'body.bundle: is not a STIX bundle (type "bundle" with objects)', [
        { name: 'body.bundle', reason: 'is not a STIX bundle (type "bundle" with objects)' },
      ]);
    const { addedIds, ...result } = await storeStixObjects(trx, bundle.objects, {
      communityId: input.communityId,
      ownerOrgId: ctx.orgId,
      now,
      tlp: input.tlp,
    });
    // Nothing new (all refused or already stored): nothing to put on the record.
    if (addedIds.length === 0) unchanged();
    else
      await record(
        'sharing.objects-added',
        {
          subjectType: 'community',
          subjectId: input.communityId,
          details: { added: result.added, refused: result.refused, via: 'bundle' },
        },
        { communityId: input.communityId, objectIds: addedIds },
      );
    return result;
  },
});
