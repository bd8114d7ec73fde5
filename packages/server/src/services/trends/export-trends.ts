import type { ExportFormat } from '@weerbaar/core/platform';
import type { TrendQuery, TrendTable } from '@weerbaar/core/trends';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { trendTableCsv } from './trend-csv.ts';
import { getTrendTable } from './trends-queries.ts';

/**
 * The trend table as CSV, recorded on the authority's audit trail: an export takes aggregates of every
 * entity's reports out of the platform (suppressed as on screen, core/trends/suppression.ts).
 */
export const exportTrendsCsv = defineUseCase({
  actions: ['trends.exported'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    input: { query: TrendQuery; format: ExportFormat },
  ): Promise<{ table: TrendTable; csv: string }> {
    authorize(ctx, 'export', { type: 'trends', orgId: ctx.orgId }, 'Trends');
    const table = await getTrendTable(trx, ctx, input.query, now);
    await record(
      'trends.exported',
      {
        subjectType: 'trends',
        details: { as: 'csv', format: input.format, query: input.query, from: table.from, to: table.to },
      },
      {},
    );
    return { table, csv: trendTableCsv(table, input.format) };
  },
});
