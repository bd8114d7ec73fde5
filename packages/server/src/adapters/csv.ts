// The CSV exports (audit trail, inbox, registry).
//
// Two forms (docs/ARCHITECTURE.md, "CSV exports"):
// - `people` (the default, what the web app's download links ask for): Dutch column names, Dutch labels for
//   codes, times in Dutch time (Europe/Amsterdam, "07-12-2026 09:15"), ';' between cells and a byte order mark,
//   so a Dutch spreadsheet opens it in columns with its accents intact;
// - `machine`: the stable form for scripts: camelCase column names, the API's codes, UTC instants in ISO 8601,
//   ',' between cells.
import type { ExportFormat } from '@weerbaar/core/platform';

/** Quotes always and neutralises spreadsheet formulas (CSV injection, OWASP): the values come from users. */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

const DUTCH_TIME = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "07-12-2026 09:15": an instant as a Dutch spreadsheet reads a date and time, in Dutch time. */
export function dutchCsvTime(instant: Date | string | null | undefined): string {
  if (instant === null || instant === undefined) return '';
  return DUTCH_TIME.format(new Date(instant)).replace(',', '');
}

/** One column: its name and value in each form. `people` defaults to the machine value. */
export interface CsvColumn<Row> {
  machine: string;
  people: string;
  value: (row: Row) => unknown;
  peopleValue?: (row: Row) => unknown;
}

/** The header line and a row writer for one export in the asked form. */
export function csvWriter<Row>(
  format: ExportFormat,
  columns: readonly CsvColumn<Row>[],
): { header: string; row: (row: Row) => string } {
  const people = format === 'people';
  const separator = people ? ';' : ',';
  const line = (cells: readonly unknown[]) => `${cells.map(csvCell).join(separator)}\r\n`;
  return {
    // U+FEFF: without it, spreadsheet programs read UTF-8 as their legacy code page ("BelgiÃ«"). The
    // machine header stays as it always was: bare camelCase names.
    header: people ? `\uFEFF${line(columns.map((c) => c.people))}` : `${columns.map((c) => c.machine).join(',')}\r\n`,
    row: (row) => line(columns.map((c) => (people && c.peopleValue ? c.peopleValue(row) : c.value(row)))),
  };
}
