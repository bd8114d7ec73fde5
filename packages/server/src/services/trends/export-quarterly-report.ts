import { notFound } from '@weerbaar/core/platform';
import type { QuarterlyReportQuery } from '@weerbaar/core/trends';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { findOrganisation } from '../../repositories/organisation.repository.ts';
import { getQuarterlyReportFigures } from './quarterly-report-figures.ts';
import { quarterlyReportFilename, renderQuarterlyReportPdf } from './quarterly-report-pdf.ts';

/**
 * The quarterly trend report as PDF, recorded on the audit trail as the CSV export is: it takes aggregates
 * of every entity's reports out of the platform (suppressed, core/trends/suppression.ts).
 */
export const exportQuarterlyReportPdf = defineUseCase({
  actions: ['trends.exported'],
  async run({ trx, now, record }, ctx: OrgActor, q: QuarterlyReportQuery): Promise<{ filename: string; pdf: Buffer }> {
    authorize(ctx, 'export', { type: 'trends', orgId: ctx.orgId }, 'Trends');
    const figures = await getQuarterlyReportFigures(trx, ctx, q, now);
    const org = await findOrganisation(trx, ctx.orgId);
    if (!org) throw notFound('Organisation');
    await record(
      'trends.exported',
      {
        subjectType: 'trends',
        details: { as: 'pdf', report: 'quarterly', year: q.year, quarter: q.quarter, tlp: q.tlp ?? null },
      },
      {},
    );
    const pdf = await renderQuarterlyReportPdf(figures, { tlp: q.tlp, organisation: org.name });
    return { filename: quarterlyReportFilename(q), pdf };
  },
});
