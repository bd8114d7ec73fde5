import { DomainError } from '@weerbaar/core/platform';
import { CommunityCreateSchema, type Community, type CommunityCreate } from '@weerbaar/core/sharing';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import {
  findCommunityByName,
  insertCommunity,
  insertCommunityMember,
  listCommunitiesOf,
} from '../../repositories/community.repository.ts';
import { presentCommunity } from './sharing.presenter.ts';

/** A new community; its owner organisation is its first member. */
export const createCommunity = defineUseCase({
  actions: ['sharing.community-created'],
  input: CommunityCreateSchema,
  async run({ trx, record, now }, ctx: OrgActor, input: CommunityCreate): Promise<Community> {
    if (await findCommunityByName(trx, ctx.orgId, input.name))
      throw new DomainError('conflict', 'Your organisation already has a community with this name');
    const row = await insertCommunity(trx, {
      owner_org_id: ctx.orgId,
      name: input.name,
      kind: input.kind,
      sector: input.sector ?? null,
      description: input.description ?? null,
      created_at: now,
    });
    await insertCommunityMember(trx, row.id, ctx.orgId, now);
    const [listed] = await listCommunitiesOf(trx, ctx.orgId, row.id);
    const community = presentCommunity(listed!, ctx.orgId);
    await record(
      'sharing.community-created',
      { subjectType: 'community', subjectId: row.id, after: community },
      { communityId: row.id },
    );
    return community;
  },
});
