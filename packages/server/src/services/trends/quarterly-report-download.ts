// The PDF of a published quarterly report, for everyone who may read its knowledge article: the one TLP
// filter decides (listVisibleKnowledgeArticles → shared-visibility.ts), and the PDF is rendered from the
// figures frozen at publication, so it reads the same on every download.
import { notFound } from '@weerbaar/core/platform';
import { QuarterlyReportFiguresSchema, QuarterlyReportTlpSchema } from '@weerbaar/core/trends';
import type { DbOrTrx } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { listVisibleKnowledgeArticles } from '../../repositories/knowledge-article.repository.ts';
import { PUBLIC_VIEWER, viewerOf } from '../sharing/sharing-queries.ts';
import { quarterlyReportFilename, renderQuarterlyReportPdf } from './quarterly-report-pdf.ts';

/** `ctx` null: the public page without sign-in, which reaches published TLP:CLEAR articles only. */
export async function renderPublishedQuarterlyReport(
  db: DbOrTrx,
  ctx: OrgActor | null,
  articleId: string,
): Promise<{ filename: string; pdf: Buffer }> {
  const viewer = ctx ? viewerOf(ctx) : PUBLIC_VIEWER;
  const [row] = await listVisibleKnowledgeArticles(db, viewer, { id: articleId, limit: 1 });
  if (!row || row.trend_report === null || (ctx === null && row.status !== 'published'))
    throw notFound('Quarterly report');
  const figures = QuarterlyReportFiguresSchema.parse(row.trend_report);
  const pdf = await renderQuarterlyReportPdf(figures, {
    tlp: QuarterlyReportTlpSchema.parse(row.tlp),
    title: row.title,
    organisation: row.owner_org_name,
  });
  return { filename: quarterlyReportFilename(figures), pdf };
}
