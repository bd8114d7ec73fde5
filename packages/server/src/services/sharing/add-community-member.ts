import { notFound } from '@weerbaar/core/platform';
import type { CommunityMember } from '@weerbaar/core/sharing';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import {
  insertCommunityMember,
  listCommunityMembers,
  listOrganisationChoices,
} from '../../repositories/community.repository.ts';
import { ownedCommunity } from './community-access.ts';
import { presentMember } from './sharing.presenter.ts';

/** The owner adds an organisation of this installation to its community. */
export const addCommunityMember = defineUseCase({
  actions: ['sharing.community-member-added'],
  async run(
    { trx, record, now, unchanged },
    ctx: OrgActor,
    input: { communityId: string; orgId: string },
  ): Promise<CommunityMember> {
    await ownedCommunity(trx, ctx.orgId, input.communityId);
    // Only an organisation the owner may pick (listOrganisationChoices); any other is simply not found.
    const [choice] = await listOrganisationChoices(trx, { orgId: ctx.orgId, kind: ctx.orgKind }, input.orgId);
    if (!choice) throw notFound('Organisation');
    const added = await insertCommunityMember(trx, input.communityId, input.orgId, now);
    const member = (await listCommunityMembers(trx, input.communityId)).find((m) => m.org_id === input.orgId)!;
    if (!added) {
      unchanged();
      return presentMember(member);
    }
    await record(
      'sharing.community-member-added',
      { subjectType: 'community', subjectId: input.communityId, after: { orgId: input.orgId } },
      { communityId: input.communityId, memberOrgId: input.orgId },
    );
    return presentMember(member);
  },
});
