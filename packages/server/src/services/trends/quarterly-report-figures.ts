// The figures of a quarterly trend report (issue 15 item 1): the quarter's trend tables through the same
// queries and the same suppression as the dashboard (trends-queries.ts, core/trends/suppression.ts), and a
// summary whose figures are suppressed by the same rule (fewer than 3 entities behind a figure: "< 3").
import {
  isSensitive,
  quarterDays,
  SUPPRESSION_MIN_ENTITIES,
  TrendQuerySchema,
  type QuarterlyReportFigures,
  type ShownCount,
  type TrendQueryInput,
} from '@weerbaar/core/trends';
import type { DbOrTrx } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { countReceivedReports } from '../../repositories/trends.repository.ts';
import { getTrendTable, trendPeriod } from './trends-queries.ts';

/** A single figure that rests on `entities` distinct senders, shown or suppressed as a table cell is. */
const shown = (count: number, entities: number): ShownCount =>
  isSensitive({ count, entities }) ? { value: null, suppressed: 'primary' } : { value: count, suppressed: 'none' };

export async function getQuarterlyReportFigures(
  db: DbOrTrx,
  ctx: OrgActor,
  q: { year: number; quarter: number },
  now: Date,
): Promise<QuarterlyReportFigures> {
  const { from, to } = quarterDays(q.year, q.quarter);
  const table = (query: TrendQueryInput) =>
    getTrendTable(db, ctx, TrendQuerySchema.parse({ from, to, interval: 'month', ...query }), now);
  const bySectorPerMonth = await table({ view: 'incidents', dimension: 'sector' });
  const byCategory = await table({ view: 'incidents', dimension: 'category', interval: 'quarter' });
  const byRootCause = await table({ view: 'incidents', dimension: 'rootCause', interval: 'quarter' });
  const byCrossBorder = await table({ view: 'incidents', dimension: 'crossBorder', interval: 'quarter' });
  const deadlines = await table({ view: 'deadlines', interval: 'quarter' });
  const period = trendPeriod({ from, to, interval: 'month' }, now);
  const received = await countReceivedReports(db, ctx.orgId, { from: period.fromInstant, to: period.toInstant });
  return {
    year: q.year,
    quarter: q.quarter,
    from,
    to,
    minEntities: SUPPRESSION_MIN_ENTITIES,
    generatedAt: now.toISOString(),
    summary: {
      reportsReceived: shown(received.reports, received.entities),
      // A count of entities is itself small when it is under 3: the same rule applies.
      entitiesReporting: shown(received.entities, received.entities),
      incidents: bySectorPerMonth.total,
    },
    bySectorPerMonth,
    byCategory,
    byRootCause,
    byCrossBorder,
    deadlines,
  };
}
