// The trend tables' figures from one row per (bucket, key, entity) (docs/SCALE.md, "The deadline view reads a
// rollup"). The cells are counted in one hash aggregate: their count of distinct entities is exact, the number
// of rows. The totals are derived from the cells instead of counted again with GROUPING SETS and
// count(DISTINCT), which sorted a year of rows four times: a total's count is the sum of its cells (each
// incident and each owed stage lies in exactly one cell), and its count of distinct entities is needed only
// against the suppression threshold (core/trends/suppression.ts, isSensitive: entities < k). A total with a
// cell of at least k entities rests on at least k; otherwise all its cells are small and the union of their
// few entities, read for those cells only, gives the exact number.
import { sql, type RawBuilder } from 'kysely';
import { SUPPRESSION_MIN_ENTITIES } from '@weerbaar/core/trends';
import type { DbOrTrx } from '../db/database.ts';

/** One figure: a cell (bucket and key), a bucket total, a key total or the grand total. */
export interface TrendCountRow {
  bucket: string | null;
  key: string | null;
  count: number;
  /**
   * Distinct entities behind the figure: exact for a cell, and for a total below the suppression threshold;
   * a total at or above it may report a lower bound that is itself at or above it.
   */
  entities: number;
}

type Cell = TrendCountRow & { bucket: string; key: string };

/**
 * Counts the cells of `rows`, a query of `b` (date), `k` (text), `s` (the entity) and `n` (how many), at most
 * one row per (b, k, s), and adds every total. `counted`, when given, is a query of the same cells already
 * counted (`b`, `k`, `count`, `entities`, at most one row per cell), read instead of counting `rows`, which
 * are then read only for the few entities of small cells.
 */
export async function countCells(
  db: DbOrTrx,
  rows: RawBuilder<unknown>,
  counted?: RawBuilder<unknown>,
): Promise<TrendCountRow[]> {
  const result = await sql<{ bucket: string; key: string; count: string; entities: string }>`
    ${
      counted
        ? sql`SELECT to_char(b, 'YYYY-MM-DD') AS bucket, k AS key, count, entities FROM (${counted}) c WHERE count > 0`
        : sql`SELECT to_char(b, 'YYYY-MM-DD') AS bucket, k AS key, sum(n) AS count, count(*) AS entities
            FROM (${rows}) x GROUP BY b, k`
    }`.execute(db);
  const cells: Cell[] = result.rows.map((r) => ({
    bucket: r.bucket,
    key: r.key,
    count: Number(r.count),
    entities: Number(r.entities),
  }));
  const lines = totalLines(cells);
  const small = smallCellsToUnite(lines);
  const senders = new Map<Cell, Set<string>>();
  if (small.size > 0) {
    const wanted = [...small].map((c) => sql`(${c.bucket}, ${c.key})`);
    const few = await sql<{ bucket: string; key: string; s: string }>`
      SELECT to_char(b, 'YYYY-MM-DD') AS bucket, k AS key, s::text AS s
      FROM (${rows}) x WHERE (to_char(b, 'YYYY-MM-DD'), k) IN (${sql.join(wanted)})`.execute(db);
    const byCell = new Map([...small].map((c) => [`${c.bucket}/${c.key}`, c]));
    for (const r of few.rows) {
      const cell = byCell.get(`${r.bucket}/${r.key}`)!;
      senders.set(cell, (senders.get(cell) ?? new Set()).add(r.s));
    }
  }
  return [...cells, ...lines.map((l) => ({ bucket: l.bucket, key: l.key, ...totalOf(l.cells, senders) }))];
}

interface Line {
  bucket: string | null;
  key: string | null;
  cells: Cell[];
}

/** The totals of the table: per bucket, per key and the grand total, each with the cells it adds up. */
export function totalLines(cells: readonly Cell[]): Line[] {
  const group = (by: (c: Cell) => string, line: (c: Cell) => Omit<Line, 'cells'>) => {
    const out = new Map<string, Line>();
    for (const c of cells) out.set(by(c), { ...line(c), cells: [...(out.get(by(c))?.cells ?? []), c] });
    return [...out.values()];
  };
  return [
    ...group(
      (c) => c.bucket,
      (c) => ({ bucket: c.bucket, key: null }),
    ),
    ...group(
      (c) => c.key,
      (c) => ({ bucket: null, key: c.key }),
    ),
    ...(cells.length > 0 ? [{ bucket: null, key: null, cells: [...cells] }] : []),
  ];
}

const K = SUPPRESSION_MIN_ENTITIES;

/** The cells whose entities must be read: those of a total of several cells that all rest on fewer than k. */
export function smallCellsToUnite(lines: readonly Line[]): Set<Cell> {
  const out = new Set<Cell>();
  for (const l of lines)
    if (l.cells.length > 1 && l.cells.every((c) => c.entities < K)) l.cells.forEach((c) => out.add(c));
  return out;
}

/** A total from its cells (see the head of this file). */
export function totalOf(cells: readonly Cell[], senders: ReadonlyMap<Cell, ReadonlySet<string>>): CountOnly {
  const count = cells.reduce((sum, c) => sum + c.count, 0);
  const most = Math.max(0, ...cells.map((c) => c.entities));
  if (cells.length <= 1 || most >= K) return { count, entities: most };
  return { count, entities: new Set(cells.flatMap((c) => [...(senders.get(c) ?? [])])).size };
}

type CountOnly = Pick<TrendCountRow, 'count' | 'entities'>;
