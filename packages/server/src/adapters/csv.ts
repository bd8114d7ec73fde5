// One cell of the CSV exports (audit trail, inbox, registry).

/** Quotes always and neutralises spreadsheet formulas (CSV injection, OWASP): the values come from users. */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}
