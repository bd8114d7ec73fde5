// The authority writes a knowledge article (issue 14 item 6): a draft, read by the authority only until it
// is published (publish-knowledge-article.ts).
import {
  KnowledgeArticleInputSchema,
  type KnowledgeArticle,
  type KnowledgeArticleInput,
} from '@weerbaar/core/knowledge';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { insertKnowledgeArticle, replaceKnowledgeRecipients } from '../../repositories/knowledge-article.repository.ts';
import { getKnowledgeArticle } from './knowledge-queries.ts';
import { audienceOf, authorizeAuthor } from './knowledge-audience.ts';

export const createKnowledgeArticle = defineUseCase({
  actions: ['knowledge-article.created'],
  input: KnowledgeArticleInputSchema,
  async run({ trx, now, record }, ctx: OrgActor, input: KnowledgeArticleInput): Promise<KnowledgeArticle> {
    authorizeAuthor(ctx, input);
    const recipients = await audienceOf(trx, ctx, input);
    const row = await insertKnowledgeArticle(trx, {
      owner_org_id: ctx.orgId,
      community_id: input.communityId,
      kind: input.kind,
      title: input.title,
      summary: input.summary,
      body: input.body,
      tlp: input.tlp,
      status: 'draft',
      created_at: now,
      updated_at: now,
      published_at: null,
    });
    await replaceKnowledgeRecipients(trx, row.id, recipients);
    const article = await getKnowledgeArticle(trx, ctx, row.id);
    await record(
      'knowledge-article.created',
      { subjectType: 'knowledge-article', subjectId: row.id, after: article },
      { articleId: row.id },
    );
    return article;
  },
});
