// The authority changes an article's text, label or audience, as a draft or after publishing; every change
// is a new version (version + 1, updated_at) and the audit event keeps the article before and after.
import {
  KnowledgeArticleInputSchema,
  type KnowledgeArticle,
  type KnowledgeArticleInput,
} from '@weerbaar/core/knowledge';
import { notFound } from '@weerbaar/core/platform';
import { z } from 'zod';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import {
  findOwnKnowledgeArticle,
  replaceKnowledgeRecipients,
  updateKnowledgeArticle,
} from '../../repositories/knowledge-article.repository.ts';
import { getKnowledgeArticle } from './knowledge-queries.ts';
import { audienceOf, authorizeAuthor } from './knowledge-audience.ts';

export const changeKnowledgeArticle = defineUseCase({
  actions: ['knowledge-article.updated'],
  input: z.object({ id: z.uuid(), article: KnowledgeArticleInputSchema }),
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    { id, article: input }: { id: string; article: KnowledgeArticleInput },
  ): Promise<KnowledgeArticle> {
    authorizeAuthor(ctx, input);
    const current = await findOwnKnowledgeArticle(trx, ctx.orgId, id);
    if (!current) throw notFound('Knowledge article');
    const before = await getKnowledgeArticle(trx, ctx, id);
    const recipients = await audienceOf(trx, ctx, input);
    const same =
      before.kind === input.kind &&
      before.title === input.title &&
      before.summary === input.summary &&
      before.body === input.body &&
      before.tlp === input.tlp &&
      before.communityId === input.communityId &&
      sameSet(before.recipientOrgIds, input.recipientOrgIds ?? []) &&
      sameSet(before.recipientUserIds, input.recipientUserIds ?? []);
    if (same) {
      unchanged();
      return before;
    }
    const row = await updateKnowledgeArticle(trx, ctx.orgId, id, {
      community_id: input.communityId,
      kind: input.kind,
      title: input.title,
      summary: input.summary,
      body: input.body,
      tlp: input.tlp,
      version: current.version + 1,
      updated_at: now,
    });
    await replaceKnowledgeRecipients(trx, id, recipients);
    const after = await getKnowledgeArticle(trx, ctx, id);
    await record(
      'knowledge-article.updated',
      { subjectType: 'knowledge-article', subjectId: id, before, after },
      { articleId: id, version: row.version },
    );
    return after;
  },
});

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(b);
  return a.length === set.size && a.every((x) => set.has(x));
}
