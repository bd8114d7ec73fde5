// Statistical disclosure control for the authority's trend tables (issue 15 item 1): a count that rests
// on fewer than K distinct entities is not shown, so a published or exported figure never points at one
// entity's incidents.
//
// K = 3, the threshold rule of statistical disclosure control for frequency tables: "a cell in a table of
// frequencies is defined to be sensitive if the number of respondents is less than some specified number.
// Some agencies require at least five respondents in a cell, others require three" (Glossary of
// Statistical Disclosure Control, Statistics Netherlands / Statistics Canada / Destatis / Univ. of
// Manchester, 2005, for the joint UNECE/Eurostat work session; OECD glossary entry 7010; see also the
// Eurostat-funded Handbook on Statistical Disclosure Control, 2nd ed. 2024, ch. 5 on frequency tables).
// Three is the least that protects every contributor: with two, either one subtracts its own count and
// learns the other's exactly. Five would hide most sector-by-week cells of a country with ~8,000 entities
// and a few hundred incidents a year, so the dashboard would say nothing; the threshold is counted in
// distinct entities (senders), not reports, because one entity can send many reports.
//
// Differencing: a suppressed cell must not be recoverable as "total minus the others". Every line of the
// table (a row with its row total, a column with its column total, the totals with the grand total) holds
// either no suppressed figure or at least two; where only one would be, the smallest other non-zero
// figure of that line is suppressed too (complementary or secondary suppression, Handbook ch. 5), and a
// total when there is no other cell left. Zero cells are shown: no entity contributes to them.
import { z } from 'zod';

/** The minimum number of distinct entities behind a shown count (see above). */
export const SUPPRESSION_MIN_ENTITIES = 3;

/** A count with the number of distinct entities it rests on. */
export interface CellCount {
  count: number;
  entities: number;
}

export const SuppressionSchema = z.enum(['none', 'primary', 'secondary']);
export type Suppression = z.infer<typeof SuppressionSchema>;

/** A published figure: the count, or null when suppressed (shown as "< K"). */
export const ShownCountSchema = z.object({
  value: z.number().int().nonnegative().nullable(),
  suppressed: SuppressionSchema,
});
export type ShownCount = z.infer<typeof ShownCountSchema>;

/** A two-way table: `cells[row][column]`, with the totals of each row, each column and all. */
export interface CountTable {
  cells: CellCount[][];
  rowTotals: CellCount[];
  columnTotals: CellCount[];
  grandTotal: CellCount;
}

export interface ShownTable {
  cells: ShownCount[][];
  rowTotals: ShownCount[];
  columnTotals: ShownCount[];
  grandTotal: ShownCount;
}

/** Primary suppression: a non-zero count from fewer than `k` distinct entities. */
export const isSensitive = (c: CellCount, k = SUPPRESSION_MIN_ENTITIES): boolean => c.count > 0 && c.entities < k;

interface Slot {
  count: number;
  state: Suppression;
  /** Totals are suppressed only when no cell of the line can be. */
  isTotal: boolean;
}

/** Suppresses the sensitive cells of the table and enough others that none can be derived from totals. */
export function suppressTable(table: CountTable, k = SUPPRESSION_MIN_ENTITIES): ShownTable {
  const slot = (c: CellCount, isTotal = false): Slot => ({
    count: c.count,
    state: isSensitive(c, k) ? 'primary' : 'none',
    isTotal,
  });
  const cells = table.cells.map((row) => row.map((c) => slot(c)));
  const rowTotals = table.rowTotals.map((c) => slot(c, true));
  const columnTotals = table.columnTotals.map((c) => slot(c, true));
  const grand = slot(table.grandTotal, true);

  // Each line adds up: its members are the cells and the line's total.
  const lines: Slot[][] = [
    ...cells.map((row, i) => [...row, rowTotals[i]!]),
    ...columnTotals.map((total, j) => [...cells.map((row) => row[j]!), total]),
    [...rowTotals, grand],
    [...columnTotals, grand],
  ];
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (line.filter((s) => s.state !== 'none').length !== 1) continue;
      const open = line.filter((s) => s.state === 'none');
      const candidates = open.filter((s) => !s.isTotal && s.count > 0).sort((a, b) => a.count - b.count);
      const pick = candidates[0] ?? open.find((s) => s.isTotal) ?? open[0];
      if (!pick) continue;
      pick.state = 'secondary';
      changed = true;
    }
  }
  const show = (s: Slot): ShownCount => ({ value: s.state === 'none' ? s.count : null, suppressed: s.state });
  return {
    cells: cells.map((row) => row.map(show)),
    rowTotals: rowTotals.map(show),
    columnTotals: columnTotals.map(show),
    grandTotal: show(grand),
  };
}

/** How a suppressed figure reads in the UI, CSV and PDF: "< 3". */
export const suppressedLabel = (k = SUPPRESSION_MIN_ENTITIES): string => `< ${k}`;

/** A figure as text for CSV and PDF. */
export const shownText = (c: ShownCount, k = SUPPRESSION_MIN_ENTITIES): string =>
  c.value === null ? suppressedLabel(k) : String(c.value);
