// The authority publishes a draft: from now on everyone its TLP label and audience allow reads it (for
// TLP:CLEAR: also the public page without sign-in). Publishing again changes nothing.
import type { KnowledgeArticle } from '@weerbaar/core/knowledge';
import { notFound } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { findOwnKnowledgeArticle, updateKnowledgeArticle } from '../../repositories/knowledge-article.repository.ts';
import { getKnowledgeArticle } from './knowledge-queries.ts';
import { authorizeAuthor } from './knowledge-audience.ts';

export const publishKnowledgeArticle = defineUseCase({
  actions: ['knowledge-article.published'],
  async run({ trx, now, record, unchanged }, ctx: OrgActor, input: { id: string }): Promise<KnowledgeArticle> {
    const current = await findOwnKnowledgeArticle(trx, ctx.orgId, input.id);
    if (!current) throw notFound('Knowledge article');
    authorizeAuthor(ctx, { tlp: current.tlp });
    if (current.status === 'published') {
      unchanged();
      return getKnowledgeArticle(trx, ctx, input.id);
    }
    await updateKnowledgeArticle(trx, ctx.orgId, input.id, { status: 'published', published_at: now, updated_at: now });
    const article = await getKnowledgeArticle(trx, ctx, input.id);
    await record(
      'knowledge-article.published',
      { subjectType: 'knowledge-article', subjectId: input.id, after: article },
      { articleId: input.id, tlp: current.tlp },
    );
    return article;
  },
});
