// A trend table as CSV: the suppressed table exactly as the dashboard shows it, "< 3" included (never the
// raw counts). `people`: Dutch labels and ";"; `machine`: keys and ",". A suppressed figure reads "< 3" in
// both forms, so no export can be read as a zero or summed back.
import { shownText, type TrendTable } from '@weerbaar/core/trends';
import type { ExportFormat } from '@weerbaar/core/platform';
import { csvCell } from '../../adapters/csv.ts';

export function trendTableCsv(table: TrendTable, format: ExportFormat): string {
  const people = format === 'people';
  const sep = people ? ';' : ',';
  const line = (cells: readonly string[]) => `${cells.map(csvCell).join(sep)}\r\n`;
  const k = table.minEntities;
  const header = people
    ? ['Waarde', ...table.buckets.map((b) => b.label), 'Totaal']
    : [table.dimension, ...table.buckets.map((b) => b.key), 'total'];
  let out = people ? `\uFEFF${line(header)}` : line(header);
  for (const row of table.rows) {
    out += line([people ? row.label : row.key, ...row.cells.map((c) => shownText(c, k)), shownText(row.total, k)]);
  }
  out += line([
    people ? 'Totaal' : 'total',
    ...table.bucketTotals.map((c) => shownText(c, k)),
    shownText(table.total, k),
  ]);
  return out;
}
