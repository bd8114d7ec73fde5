import { DomainError, notFound } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { deleteCommunityMember } from '../../repositories/community.repository.ts';
import { ownedCommunity } from './community-access.ts';

/** The owner removes a member; from then on the filter no longer shows it GREEN or community AMBER objects. */
export const removeCommunityMember = defineUseCase({
  actions: ['sharing.community-member-removed'],
  async run({ trx, record }, ctx: OrgActor, input: { communityId: string; orgId: string }): Promise<void> {
    const community = await ownedCommunity(trx, ctx.orgId, input.communityId);
    if (input.orgId === community.owner_org_id)
      throw new DomainError('conflict', 'The owner stays a member of its own community');
    if (!(await deleteCommunityMember(trx, input.communityId, input.orgId))) throw notFound('Member');
    await record(
      'sharing.community-member-removed',
      { subjectType: 'community', subjectId: input.communityId, before: { orgId: input.orgId } },
      { communityId: input.communityId, memberOrgId: input.orgId },
    );
  },
});
