// Geometry of the coverage-over-time chart (CoverageChart.tsx), pure so the web tier tests it without a
// DOM. One chart per catalogue: x = the days on which something changed (evenly spaced, they are events,
// not a calendar), y = share 0-100 %. The history holds one reading per catalogue and Dutch day (the
// last change of the day); a day without a reading for this catalogue keeps the line at the reading
// before it (coverage only moves on a change), and the line starts at the first reading.

export const CHART = { width: 480, height: 180, left: 44, right: 12, top: 12, bottom: 36 } as const;
export const Y_TICKS = [0, 0.25, 0.5, 0.75, 1] as const;

export interface ChartPoint {
  day: string;
  share: number;
  x: number;
  y: number;
}

export interface ChartReading {
  catalogueId: string;
  day: string;
  share: number;
}

const clamp = (share: number) => Math.min(1, Math.max(0, share));

/** x of the i-th of n days; a single day sits in the middle. */
export function xOf(index: number, count: number): number {
  const span = CHART.width - CHART.left - CHART.right;
  return count <= 1 ? CHART.left + span / 2 : CHART.left + (span * index) / (count - 1);
}

/** y of a share (0 at the bottom, 1 at the top). */
export function yOf(share: number): number {
  const span = CHART.height - CHART.top - CHART.bottom;
  return CHART.top + span * (1 - clamp(share));
}

/** The points of one catalogue over `days` (ascending), carried forward over days without a reading. */
export function chartPoints(
  history: readonly ChartReading[],
  catalogueId: string,
  days: readonly string[],
): ChartPoint[] {
  const byDay = new Map(history.filter((h) => h.catalogueId === catalogueId).map((h) => [h.day, h.share]));
  const points: ChartPoint[] = [];
  let last: number | undefined;
  days.forEach((day, i) => {
    last = byDay.get(day) ?? last;
    if (last !== undefined) points.push({ day, share: last, x: xOf(i, days.length), y: yOf(last) });
  });
  return points;
}

/** SVG path through the points, as steps: the share holds until the next change. */
export function stepPath(points: readonly ChartPoint[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${first!.x.toFixed(1)},${first!.y.toFixed(1)}`;
  for (const p of rest) d += ` H${p.x.toFixed(1)} V${p.y.toFixed(1)}`;
  return d;
}

/** The last `count` days on which anything changed, ascending. */
export function chartDays(history: readonly ChartReading[], count: number): string[] {
  return [...new Set(history.map((h) => h.day))].sort().slice(-count);
}

/** Which day labels to print under the axis: at most `max`, always the first and the last. */
export function labelledDays(days: readonly string[], max = 4): Set<number> {
  if (days.length <= max) return new Set(days.map((_, i) => i));
  const step = (days.length - 1) / (max - 1);
  return new Set(Array.from({ length: max }, (_, i) => Math.round(i * step)));
}
