import { notFound } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { deleteStixObjectVersions, type VersionMatch } from '../../repositories/stix-object.repository.ts';
import { communityOf } from './community-access.ts';

/** Deletes versions of an object the organisation shared (TAXII 2.1 §5.7); another's object is not found. */
export const deleteStixObject = defineUseCase({
  actions: ['sharing.object-deleted'],
  async run(
    { trx, record },
    ctx: OrgActor,
    input: { communityId: string; objectId: string; versions: VersionMatch; specVersions?: string[] | undefined },
  ): Promise<number> {
    await communityOf(trx, ctx.orgId, input.communityId);
    const deleted = await deleteStixObjectVersions(
      trx,
      ctx.orgId,
      input.communityId,
      input.objectId,
      input.versions,
      input.specVersions,
    );
    if (deleted === 0) throw notFound('Object');
    await record(
      'sharing.object-deleted',
      { subjectType: 'community', subjectId: input.communityId, details: { objectId: input.objectId, deleted } },
      { communityId: input.communityId, objectId: input.objectId },
    );
    return deleted;
  },
});
