import { describe, expect, it } from 'vitest';
import type { TrendTable } from '@weerbaar/core/trends';
import { chartSegments, drillDownQuery, niceMax, TREND_CHART } from '../src/routes/trends/trend-chart.ts';

const shown = (value: number | null) => ({
  value,
  suppressed: value === null ? ('primary' as const) : ('none' as const),
});

const table: TrendTable = {
  view: 'incidents',
  dimension: 'sector',
  interval: 'month',
  from: '2026-10-01',
  to: '2026-11-30',
  minEntities: 3,
  buckets: [
    { key: '2026-10-01', label: '2026-10' },
    { key: '2026-11-01', label: '2026-11' },
  ],
  rows: [
    { key: 'Health', label: 'Gezondheidszorg', cells: [shown(4), shown(null)], total: shown(9) },
    { key: 'Energy', label: 'Energie', cells: [shown(3), shown(6)], total: shown(9) },
  ],
  bucketTotals: [shown(7), shown(11)],
  total: shown(18),
};

describe('trends chart geometry', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(11)).toBe(20);
    expect(niceMax(120)).toBe(200);
  });

  it('stacks the shown figures per bucket and draws nothing for a suppressed one', () => {
    const { segments, max } = chartSegments(table);
    expect(max).toBe(10);
    expect(segments.map((s) => [s.rowKey, s.bucket, s.value])).toEqual([
      ['Health', '2026-10-01', 4],
      ['Energy', '2026-10-01', 3],
      ['Energy', '2026-11-01', 6],
    ]);
    const [health, energy] = segments;
    // Energy sits on top of health in October, and the stack starts at the plot's bottom.
    expect(energy!.y + energy!.height).toBeCloseTo(health!.y);
    expect(health!.y + health!.height).toBeCloseTo(TREND_CHART.height - TREND_CHART.bottom);
  });

  it('drills an incidents row down to the inbox filter, with the bucket as received period', () => {
    expect(drillDownQuery(table, 'Health')).toEqual({ sector: 'Health' });
    expect(drillDownQuery(table, 'Health', { from: 'a', to: 'b' })).toEqual({ sector: 'Health', from: 'a', to: 'b' });
    expect(drillDownQuery({ view: 'incidents', dimension: 'classification' }, 'essential')).toEqual({});
    expect(drillDownQuery({ view: 'deadlines', dimension: 'outcome' }, 'late')).toBeNull();
    expect(drillDownQuery(table, 'unknown')).toEqual({});
  });
});
