// The authority publishes a quarterly trend report as a knowledge article of kind 'trend' (issue 15 item
// 1): written and published in one step, to a community under a TLP 2.0 label, with the knowledge base's
// own rules for the author and the audience (knowledge-audience.ts). The quarter's suppressed figures are
// frozen in the article (knowledge_articles.trend_report), and its PDF is rendered from them on every
// download, so the report recipients read never changes when later reports arrive.
import type { KnowledgeArticle } from '@weerbaar/core/knowledge';
import { QuarterlyReportPublishSchema, quarterlyReportTitle, type QuarterlyReportPublish } from '@weerbaar/core/trends';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { insertKnowledgeArticle, replaceKnowledgeRecipients } from '../../repositories/knowledge-article.repository.ts';
import { audienceOf, authorizeAuthor } from '../knowledge/knowledge-audience.ts';
import { getKnowledgeArticle } from '../knowledge/knowledge-queries.ts';
import { quarterlyReportBody, quarterlyReportSummary } from './quarterly-report-body.ts';
import { getQuarterlyReportFigures } from './quarterly-report-figures.ts';

export const publishQuarterlyReport = defineUseCase({
  actions: ['knowledge-article.created', 'knowledge-article.published', 'trends.quarterly-report-published'],
  input: QuarterlyReportPublishSchema,
  async run({ trx, now, record }, ctx: OrgActor, input: QuarterlyReportPublish): Promise<KnowledgeArticle> {
    authorize(ctx, 'publish', { type: 'trends', orgId: ctx.orgId }, 'Trends');
    authorizeAuthor(ctx, input);
    const recipients = await audienceOf(trx, ctx, input);
    const figures = await getQuarterlyReportFigures(trx, ctx, input, now);
    const row = await insertKnowledgeArticle(trx, {
      owner_org_id: ctx.orgId,
      community_id: input.communityId,
      kind: 'trend',
      title: input.title ?? quarterlyReportTitle(input.year, input.quarter),
      summary: quarterlyReportSummary(figures),
      body: quarterlyReportBody(figures),
      tlp: input.tlp,
      status: 'published',
      created_at: now,
      updated_at: now,
      published_at: now,
      trend_report: JSON.stringify(figures),
    });
    await replaceKnowledgeRecipients(trx, row.id, recipients);
    const article = await getKnowledgeArticle(trx, ctx, row.id);
    const subject = { subjectType: 'knowledge-article', subjectId: row.id, after: article };
    await record('knowledge-article.created', subject, { articleId: row.id });
    await record('knowledge-article.published', subject, { articleId: row.id, tlp: input.tlp });
    await record(
      'trends.quarterly-report-published',
      { ...subject, details: { year: input.year, quarter: input.quarter } },
      { articleId: row.id, year: input.year, quarter: input.quarter, tlp: input.tlp },
    );
    return article;
  },
});
