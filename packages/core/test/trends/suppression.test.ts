import { describe, expect, it } from 'vitest';
import {
  isSensitive,
  shownText,
  suppressTable,
  SUPPRESSION_MIN_ENTITIES,
  type CellCount,
  type CountTable,
} from '../../src/trends/suppression.ts';

const c = (count: number, entities = count): CellCount => ({ count, entities });

/** A table whose totals are the sums of its cells (entities as given per total). */
function table(
  cells: CellCount[][],
  rowEntities?: number[],
  colEntities?: number[],
  grandEntities?: number,
): CountTable {
  const sum = (xs: CellCount[]) => xs.reduce((n, x) => n + x.count, 0);
  const cols = cells[0]!.map((_, j) => cells.map((r) => r[j]!));
  return {
    cells,
    rowTotals: cells.map((r, i) => c(sum(r), rowEntities?.[i] ?? sum(r))),
    columnTotals: cols.map((col, j) => c(sum(col), colEntities?.[j] ?? sum(col))),
    grandTotal: c(sum(cells.flat()), grandEntities ?? sum(cells.flat())),
  };
}

/** No line may hold exactly one suppressed figure (else total minus the others gives it away). */
function assertNoDifferencing(t: ReturnType<typeof suppressTable>) {
  const hidden = (x: { value: number | null }): number => (x.value === null ? 1 : 0);
  const lines = [
    ...t.cells.map((row, i) => [...row, t.rowTotals[i]!]),
    ...t.columnTotals.map((total, j) => [...t.cells.map((r) => r[j]!), total]),
    [...t.rowTotals, t.grandTotal],
    [...t.columnTotals, t.grandTotal],
  ];
  for (const line of lines) expect(line.map(hidden).reduce((a, b) => a + b, 0)).not.toBe(1);
}

describe('suppression of small counts (threshold rule, k = 3 distinct entities)', () => {
  it('k is 3', () => expect(SUPPRESSION_MIN_ENTITIES).toBe(3));

  it('a count from 1 or 2 entities is sensitive; 3 is not; zero never is', () => {
    expect(isSensitive(c(5, 1))).toBe(true);
    expect(isSensitive(c(9, 2))).toBe(true);
    expect(isSensitive(c(3, 3))).toBe(false);
    expect(isSensitive(c(0, 0))).toBe(false);
  });

  it('counts entities, not reports: 40 reports from 2 entities are hidden', () => {
    const t = suppressTable(table([[c(40, 2), c(10, 5), c(8, 4)]], [11], [2, 5, 4], 11));
    expect(t.cells[0]![0]).toEqual({ value: null, suppressed: 'primary' });
  });

  it('a lone suppressed cell takes the smallest other non-zero cell of its line with it', () => {
    const t = suppressTable(table([[c(2), c(0), c(7), c(5)]]));
    expect(t.cells[0]!.map((x) => x.suppressed)).toEqual(['primary', 'none', 'none', 'secondary']);
    expect(t.rowTotals[0]).toEqual({ value: 14, suppressed: 'none' });
    assertNoDifferencing(t);
  });

  it('when the other cells of the line are zero, the line total is suppressed instead', () => {
    const t = suppressTable(
      table([
        [c(2), c(0)],
        [c(4), c(6)],
      ]),
    );
    expect(t.cells[0]![0]!.value).toBeNull();
    expect(t.cells[0]![1]!.value).toBe(0);
    expect(t.rowTotals[0]!.value).toBeNull();
    assertNoDifferencing(t);
  });

  it('a table without small counts is shown whole', () => {
    const t = suppressTable(
      table([
        [c(3), c(4)],
        [c(5), c(6)],
      ]),
    );
    expect(t.cells.flat().every((x) => x.suppressed === 'none')).toBe(true);
    expect(t.grandTotal.value).toBe(18);
  });

  it('a grand total from two entities is suppressed, and with it enough to hide it', () => {
    const t = suppressTable(table([[c(1, 1), c(1, 1)]], [2], [1, 1], 2));
    expect(t.grandTotal.value).toBeNull();
    expect(t.cells.flat().every((x) => x.value === null)).toBe(true);
    assertNoDifferencing(t);
  });

  it('never leaves a line with exactly one hidden figure (random tables)', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let run = 0; run < 100; run++) {
      const rows = 1 + rnd(5);
      const cols = 1 + rnd(6);
      const cells = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => {
          const n = rnd(3) === 0 ? 0 : 1 + rnd(8);
          return c(n, Math.min(n, 1 + rnd(6)));
        }),
      );
      assertNoDifferencing(suppressTable(table(cells)));
    }
  });

  it('shows a suppressed figure as "< 3" in text', () => {
    expect(shownText({ value: null, suppressed: 'primary' })).toBe('< 3');
    expect(shownText({ value: 12, suppressed: 'none' })).toBe('12');
  });
});
