import { describe, expect, it } from 'vitest';
import {
  CHART,
  chartDays,
  chartPoints,
  labelledDays,
  stepPath,
  xOf,
  yOf,
} from '../src/routes/measures/coverage-chart.ts';

const h = (catalogueId: string, day: string, share: number) => ({ catalogueId, day, share });

describe('coverage chart geometry', () => {
  it('puts 0 % at the bottom and 100 % at the top of the plot, clamped', () => {
    expect(yOf(0)).toBe(CHART.height - CHART.bottom);
    expect(yOf(1)).toBe(CHART.top);
    expect(yOf(1.5)).toBe(CHART.top);
    expect(yOf(0.5)).toBe((CHART.top + CHART.height - CHART.bottom) / 2);
  });

  it('spreads the days evenly from the left to the right edge, one day in the middle', () => {
    expect(xOf(0, 3)).toBe(CHART.left);
    expect(xOf(2, 3)).toBe(CHART.width - CHART.right);
    expect(xOf(0, 1)).toBe((CHART.left + CHART.width - CHART.right) / 2);
  });

  it('takes the last days on which anything changed, in order', () => {
    const history = [
      h('a', '2026-12-03', 0.2),
      h('b', '2026-12-01', 0.1),
      h('a', '2026-12-01', 0.1),
      h('a', '2026-12-05', 0.3),
    ];
    expect(chartDays(history, 2)).toEqual(['2026-12-03', '2026-12-05']);
    expect(chartDays(history, 12)).toEqual(['2026-12-01', '2026-12-03', '2026-12-05']);
  });

  it('draws one catalogue only, carries its share over days it did not change, starts at its first reading', () => {
    const history = [h('a', '2026-12-03', 0.5), h('b', '2026-12-01', 0.9), h('b', '2026-12-05', 1)];
    const days = chartDays(history, 12);
    const points = chartPoints(history, 'a', days);
    expect(points.map((p) => [p.day, p.share])).toEqual([
      ['2026-12-03', 0.5],
      ['2026-12-05', 0.5],
    ]);
    expect(points[0]!.x).toBe(xOf(1, 3));
  });

  it('draws steps: level until the next change, then up or down', () => {
    const points = chartPoints([h('a', '2026-12-01', 0), h('a', '2026-12-02', 1)], 'a', ['2026-12-01', '2026-12-02']);
    expect(stepPath(points)).toBe(
      `M${CHART.left.toFixed(1)},${yOf(0).toFixed(1)} H${(CHART.width - CHART.right).toFixed(1)} V${yOf(1).toFixed(1)}`,
    );
    expect(stepPath([])).toBe('');
  });

  it('labels at most four days, always the first and the last', () => {
    expect([...labelledDays(['a', 'b', 'c'])]).toEqual([0, 1, 2]);
    const many = labelledDays(Array.from({ length: 12 }, (_, i) => String(i)));
    expect(many.size).toBe(4);
    expect(many.has(0) && many.has(11)).toBe(true);
  });
});
