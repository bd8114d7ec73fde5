// The authority's trends dashboard (issue 15 item 1): counts from the trends rollup, in buckets, with
// small figures suppressed (core/trends/suppression.ts) before they leave the server — the web, the CSV
// and the PDF only ever see the suppressed table.
import {
  INCIDENT_CATEGORY_LABELS_NL,
  REPORT_ROOT_CAUSE_LABELS_NL,
  SEVERITY_LABELS_NL,
  SIGNIFICANCE_ENTITY_TYPE_CATALOGUE,
  type SignificanceEntityType,
} from '@weerbaar/core/incidents';
import { invalidField } from '@weerbaar/core/platform';
import { entityTypeLabel, SECTORS } from '@weerbaar/core/scope';
import {
  addDaysToIsoDate,
  amsterdamIsoDate,
  bucketLabel,
  bucketsBetween,
  bucketStartInstant,
  DEADLINE_OUTCOMES,
  bucketOfIsoDate,
  isoDate,
  previousBucket,
  suppressTable,
  SUPPRESSION_MIN_ENTITIES,
  VIEW_DIMENSIONS,
  type CellCount,
  type TrendQuery,
  type TrendTable,
} from '@weerbaar/core/trends';
import type { DbOrTrx } from '../../db/database.ts';
import {
  countDeadlineTrend,
  countIncidentTrend,
  countRegistrationTrend,
  type TrendCountRow,
} from '../../repositories/trends.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';

/** How many buckets back the default period reaches. */
const DEFAULT_BUCKETS = { week: 12, month: 6, quarter: 4 } as const;

const CLASSIFICATION_NL: Record<string, string> = {
  essential: 'Essentiële entiteit',
  important: 'Belangrijke entiteit',
  out_of_scope: 'Buiten de Cbw',
};
const ANSWER_NL: Record<string, string> = { yes: 'Ja', no: 'Nee' };
const CRITICAL_NL: Record<string, string> = { yes: 'Kritieke entiteit (Wwke)', no: 'Geen kritieke entiteit' };
const OUTCOME_NL: Record<string, string> = {
  on_time: 'Op tijd',
  late: 'Te laat',
  missing: 'Ontbreekt',
  open: 'Termijn loopt nog',
};
const UNKNOWN_NL = 'Onbekend';

/** The Dutch label of a row key. */
export function trendKeyLabel(dimension: string, key: string): string {
  if (key === 'unknown') return UNKNOWN_NL;
  switch (dimension) {
    case 'sector':
      return SECTORS.find((s) => s.sector === key)?.sector_nl ?? key;
    case 'classification':
      return CLASSIFICATION_NL[key] ?? key;
    case 'criticalEntity':
      return CRITICAL_NL[key] ?? key;
    case 'entityType': {
      const entry = SIGNIFICANCE_ENTITY_TYPE_CATALOGUE[key as SignificanceEntityType]?.nis2AnnexEntry;
      return entry ? entityTypeLabel(entry, 'nl') : key === 'other' ? 'Andere entiteit' : key;
    }
    case 'category':
      return INCIDENT_CATEGORY_LABELS_NL[key as keyof typeof INCIDENT_CATEGORY_LABELS_NL] ?? key;
    case 'rootCause':
      return REPORT_ROOT_CAUSE_LABELS_NL[key as keyof typeof REPORT_ROOT_CAUSE_LABELS_NL] ?? key;
    case 'severity':
      return SEVERITY_LABELS_NL[key as keyof typeof SEVERITY_LABELS_NL] ?? key;
    case 'crossBorder':
      return ANSWER_NL[key] ?? key;
    case 'outcome':
      return OUTCOME_NL[key] ?? key;
    default:
      return key;
  }
}

/** The period asked, or the default: the last few buckets up to today (Amsterdam calendar). */
export function trendPeriod(query: Pick<TrendQuery, 'from' | 'to' | 'interval'>, now: Date) {
  const to = query.to ?? amsterdamIsoDate(now);
  let from = query.from;
  if (!from) {
    let start = bucketOfIsoDate(to, query.interval);
    for (let i = 1; i < DEFAULT_BUCKETS[query.interval]; i++) start = previousBucket(start, query.interval);
    from = isoDate(start);
  }
  if (from > to) throw invalidField('from', 'the period starts after it ends');
  return { from, to, fromInstant: bucketStartInstant(from), toInstant: bucketStartInstant(addDaysToIsoDate(to, 1)) };
}

/** Builds the two-way table (rows = keys, columns = buckets) from the grouping-set rows and suppresses it. */
export function buildTrendTable(
  query: TrendQuery,
  period: { from: string; to: string; fromInstant: Date; toInstant: Date },
  counts: readonly TrendCountRow[],
): TrendTable {
  const buckets = bucketsBetween(period.fromInstant, period.toInstant, query.interval);
  const zero: CellCount = { count: 0, entities: 0 };
  const found = [...new Set(counts.filter((c) => c.key !== null).map((c) => c.key!))];
  const keys = query.view === 'deadlines' ? [...DEADLINE_OUTCOMES] : found.sort((a, b) => a.localeCompare(b, 'nl'));
  const cell = (bucket: string | null, key: string | null): CellCount => {
    const c = counts.find((r) => r.bucket === bucket && r.key === key);
    return c ? { count: c.count, entities: c.entities } : zero;
  };
  const shown = suppressTable({
    cells: keys.map((k) => buckets.map((b) => cell(b, k))),
    rowTotals: keys.map((k) => cell(null, k)),
    columnTotals: buckets.map((b) => cell(b, null)),
    grandTotal: cell(null, null),
  });
  return {
    view: query.view,
    dimension: query.view === 'deadlines' ? 'outcome' : query.dimension,
    interval: query.interval,
    from: period.from,
    to: period.to,
    minEntities: SUPPRESSION_MIN_ENTITIES,
    buckets: buckets.map((key) => ({ key, label: bucketLabel(key, query.interval) })),
    rows: keys.map((key, i) => ({
      key,
      label: trendKeyLabel(query.view === 'deadlines' ? 'outcome' : query.dimension, key),
      cells: shown.cells[i]!,
      total: shown.rowTotals[i]!,
    })),
    bucketTotals: shown.columnTotals,
    total: shown.grandTotal,
  };
}

/** The trend table the analyst asked for. */
export async function getTrendTable(db: DbOrTrx, ctx: OrgActor, query: TrendQuery, now: Date): Promise<TrendTable> {
  authorize(ctx, 'read', { type: 'trends', orgId: ctx.orgId }, 'Trends');
  const dimension = query.view === 'deadlines' ? 'outcome' : query.dimension;
  if (!VIEW_DIMENSIONS[query.view].includes(dimension)) {
    throw invalidField('dimension', `the ${query.view} view counts by ${VIEW_DIMENSIONS[query.view].join(', ')}`);
  }
  const period = trendPeriod(query, now);
  const filter = {
    sector: query.sector,
    category: query.category,
    rootCause: query.rootCause,
    crossBorder: query.crossBorder,
    criticalEntity: query.criticalEntity,
    includeVoluntary: query.includeVoluntary,
  };
  const range = { interval: query.interval, from: period.fromInstant, to: period.toInstant };
  const counts =
    query.view === 'incidents'
      ? await countIncidentTrend(db, ctx.orgId, { ...range, dimension, filter })
      : query.view === 'deadlines'
        ? await countDeadlineTrend(db, ctx.orgId, { ...range, now, filter })
        : await countRegistrationTrend(db, ctx.orgId, { ...range, dimension, sector: query.sector });
  return buildTrendTable(query, period, counts);
}
