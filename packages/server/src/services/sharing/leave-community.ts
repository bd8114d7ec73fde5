import { DomainError } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { deleteCommunityMember } from '../../repositories/community.repository.ts';
import { communityOf } from './community-access.ts';

/**
 * A member organisation leaves a community it does not own; from then on the filter no longer shows it the
 * community's GREEN or community-wide AMBER objects. Sharing is voluntary (NIS2 Art. 29(1);
 * Cbw art. 62(1)), so leaving is too.
 * The owner cannot leave its own community (it would have no one to manage it).
 */
export const leaveCommunity = defineUseCase({
  actions: ['sharing.community-member-removed'],
  async run({ trx, record }, ctx: OrgActor, input: { communityId: string }): Promise<void> {
    const community = await communityOf(trx, ctx.orgId, input.communityId);
    if (community.owner_org_id === ctx.orgId)
      throw new DomainError('conflict', 'The owner stays a member of its own community');
    await deleteCommunityMember(trx, input.communityId, ctx.orgId);
    await record(
      'sharing.community-member-removed',
      { subjectType: 'community', subjectId: input.communityId, before: { orgId: ctx.orgId } },
      { communityId: input.communityId, memberOrgId: ctx.orgId },
    );
  },
});
