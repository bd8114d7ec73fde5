// Who may write an article and to whom it goes: shared by the use cases that create and change articles.
// The author is the authority (policy 'shared-information' change: the authority's owner, admin or analyst,
// core/platform/policies.ts); the community must be one the authority owns or is a member of; the named
// recipients must exist. Who then reads the article is the one TLP rule (core/sharing/visibility.ts).
import type { KnowledgeArticleInput } from '@weerbaar/core/knowledge';
import { DomainError } from '@weerbaar/core/platform';
import type { Trx } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { existingRecipients } from '../../repositories/knowledge-article.repository.ts';
import { communityOf } from '../sharing/community-access.ts';

export function authorizeAuthor(
  ctx: OrgActor,
  input: Pick<KnowledgeArticleInput, 'tlp' | 'recipientOrgIds' | 'recipientUserIds'>,
) {
  authorize(
    ctx,
    'change',
    {
      type: 'shared-information',
      orgId: ctx.orgId,
      tlp: input.tlp,
      // Writing is the authority's own act (own('authority:triage')): the audience does not decide it.
      communityId: null,
      communityMemberOrgIds: [],
      recipientOrgIds: input.recipientOrgIds ?? [],
      clientOrgIds: [],
      recipientUserIds: input.recipientUserIds ?? [],
    },
    'Knowledge article',
  );
}

/** The recipient rows of an article, after checking the community and that every named recipient exists. */
export async function audienceOf(
  trx: Trx,
  ctx: OrgActor,
  input: Pick<KnowledgeArticleInput, 'communityId' | 'recipientOrgIds' | 'recipientUserIds'>,
) {
  await communityOf(trx, ctx.orgId, input.communityId);
  const orgIds = [...new Set(input.recipientOrgIds ?? [])];
  const userIds = [...new Set(input.recipientUserIds ?? [])];
  const found = await existingRecipients(trx, orgIds, userIds);
  const unknown = [
    ...orgIds.filter((id) => !found.orgIds.has(id)).map(() => 'body.recipientOrgIds'),
    ...userIds.filter((id) => !found.userIds.has(id)).map(() => 'body.recipientUserIds'),
  ];
  if (unknown.length > 0)
    throw new DomainError(
      'validation_failed',
      'A named recipient does not exist',
      [...new Set(unknown)].map((name) => ({ name, reason: 'names an unknown recipient', code: 'invalid' as const })),
    );
  return [
    ...orgIds.map((org_id) => ({ community_id: input.communityId, org_id, user_id: null, passed_on_by: null })),
    ...userIds.map((user_id) => ({ community_id: input.communityId, org_id: null, user_id, passed_on_by: null })),
  ];
}
