// Geometry of the trends chart (TrendsPage.tsx) and the drill-down links, pure so the web tier tests them
// without a DOM. One stacked bar per bucket, one segment per row of the table; a suppressed figure draws
// nothing (its share is unknown on purpose) and the bar's total is the bucket total when shown.
import type { TrendTable } from '@weerbaar/core/trends';

export const TREND_CHART = { width: 640, height: 240, left: 44, right: 12, top: 12, bottom: 36 } as const;

/** Colours for the segments, distinct also in grey scale (each segment also has its value as <title>). */
export const SEGMENT_COLOURS = [
  '#154273',
  '#39870c',
  '#e17000',
  '#a90061',
  '#007bc7',
  '#ffb612',
  '#673327',
  '#8fcae7',
  '#76d2b6',
  '#f9e11e',
  '#ca005d',
  '#94710a',
] as const;

export interface Segment {
  rowKey: string;
  bucket: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
}

/** A "nice" top of the y axis at or above the largest stacked bar (1, 2, 5 × 10ⁿ). */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((m) => m >= max)!;
}

export function chartSegments(table: TrendTable): { segments: Segment[]; max: number } {
  const n = table.buckets.length;
  const stacked = table.buckets.map((_, j) => table.rows.reduce((sum, r) => sum + (r.cells[j]?.value ?? 0), 0));
  const max = niceMax(Math.max(0, ...stacked));
  const span = TREND_CHART.width - TREND_CHART.left - TREND_CHART.right;
  const slot = n === 0 ? span : span / n;
  const width = Math.max(2, slot * 0.7);
  const plot = TREND_CHART.height - TREND_CHART.top - TREND_CHART.bottom;
  const segments: Segment[] = [];
  table.buckets.forEach((bucket, j) => {
    let base = 0;
    table.rows.forEach((row, i) => {
      const value = row.cells[j]?.value ?? 0;
      if (value <= 0) return;
      const height = (plot * value) / max;
      segments.push({
        rowKey: row.key,
        bucket: bucket.key,
        value,
        x: TREND_CHART.left + slot * j + (slot - width) / 2,
        y: TREND_CHART.top + plot - ((base + value) * plot) / max,
        width,
        height,
        colour: SEGMENT_COLOURS[i % SEGMENT_COLOURS.length]!,
      });
      base += value;
    });
  });
  return { segments, max };
}

export const yOfValue = (value: number, max: number): number => {
  const plot = TREND_CHART.height - TREND_CHART.top - TREND_CHART.bottom;
  return TREND_CHART.top + plot - (plot * value) / max;
};

/** The inbox filter a row of an incidents table maps to; null where the inbox has no such filter. */
const INBOX_FILTER: Partial<Record<TrendTable['dimension'], string>> = {
  sector: 'sector',
  category: 'category',
  severity: 'severity',
  crossBorder: 'crossBorder',
  entityType: 'entityType',
};

/**
 * The inbox query that lists the reports behind a row (and bucket) of an incidents table: the analyst sees
 * only the reports the inbox shows them, with their own access. `bucketRange` gives the bucket's start and
 * end instants. Null for the other views.
 */
export function drillDownQuery(
  table: Pick<TrendTable, 'view' | 'dimension'>,
  rowKey: string,
  bucketRange?: { from: string; to: string },
): Record<string, string> | null {
  if (table.view !== 'incidents') return null;
  const query: Record<string, string> = {};
  const filter = INBOX_FILTER[table.dimension];
  if (filter && rowKey !== 'unknown') query[filter] = rowKey;
  if (bucketRange) {
    query.from = bucketRange.from;
    query.to = bucketRange.to;
  }
  return query;
}
