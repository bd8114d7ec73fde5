// Sorting for DataTable, apart from React so it can be tested on its own.

export type SortDirection = 'ascending' | 'descending';
export type SortValue = string | number | null | undefined;

export interface SortState {
  column: string;
  direction: SortDirection;
}

const collator = new Intl.Collator(['nl', 'en'], { numeric: true, sensitivity: 'base' });

/** Missing values sort last in both directions: an empty cell is never the first thing read. */
export function compareSortValues(a: SortValue, b: SortValue, direction: SortDirection): number {
  const aMissing = a === null || a === undefined || a === '';
  const bMissing = b === null || b === undefined || b === '';
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return direction === 'ascending' ? order : -order;
}

/** A sorted copy; rows with equal values keep their order from the server (Array.sort is stable). */
export function sortRows<Row>(rows: readonly Row[], value: (row: Row) => SortValue, direction: SortDirection): Row[] {
  return [...rows].sort((a, b) => compareSortValues(value(a), value(b), direction));
}

/** Clicking a column's header sorts by it ascending; clicking it again turns the order round. */
export function nextSort(current: SortState | undefined, column: string): SortState {
  if (current?.column === column)
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: 'ascending' };
}
