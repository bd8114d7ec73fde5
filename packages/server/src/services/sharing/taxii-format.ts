/** TAXII 2.1 timestamps (§3.2): RFC 3339 in UTC with a Z; milliseconds, as date_added is kept. */
export function taxiiTimestamp(at: Date): string {
  return at.toISOString();
}
