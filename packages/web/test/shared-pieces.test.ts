import { describe, expect, it } from 'vitest';
import { compareSortValues, nextSort, sortRows } from '../src/components/data-table-sort.ts';
import { dutchTimeToIso, formatDate, formatDateTime } from '../src/format/date.ts';

describe('DataTable sorting', () => {
  const rows = [{ n: 'b10' }, { n: 'B2' }, { n: '' }, { n: 'a' }];

  it('sorts text the way people read it: case-insensitive, numbers by value, blanks last', () => {
    expect(sortRows(rows, (r) => r.n, 'ascending').map((r) => r.n)).toEqual(['a', 'B2', 'b10', '']);
    expect(sortRows(rows, (r) => r.n, 'descending').map((r) => r.n)).toEqual(['b10', 'B2', 'a', '']);
  });

  it('sorts numbers as numbers and keeps equal rows in order', () => {
    const list = [
      { v: 10, id: 1 },
      { v: 9, id: 2 },
      { v: 10, id: 3 },
    ];
    expect(sortRows(list, (r) => r.v, 'ascending').map((r) => r.id)).toEqual([2, 1, 3]);
    expect(compareSortValues(null, 1, 'descending')).toBeGreaterThan(0);
  });

  it('does not change the rows it was given', () => {
    const copy = [...rows];
    sortRows(rows, (r) => r.n, 'ascending');
    expect(rows).toEqual(copy);
  });

  it.each([
    [undefined, 'a', { column: 'a', direction: 'ascending' }],
    [{ column: 'a', direction: 'ascending' }, 'a', { column: 'a', direction: 'descending' }],
    [{ column: 'a', direction: 'descending' }, 'a', { column: 'a', direction: 'ascending' }],
    [{ column: 'a', direction: 'descending' }, 'b', { column: 'b', direction: 'ascending' }],
  ] as const)('nextSort(%j, %s) → %j', (current, column, expected) => {
    expect(nextSort(current, column)).toEqual(expected);
  });
});

describe('dates in Dutch time', () => {
  it.each([
    ['2025-01-15T23:30:00Z', 'nl', '16 jan 2025'],
    ['2025-07-15T21:59:00Z', 'nl', '15 jul 2025'],
    ['2025-07-15T22:00:00Z', 'en', '16 Jul 2025'],
  ] as const)('formatDate(%s, %s) → %s', (iso, locale, expected) => {
    expect(formatDate(iso, locale)).toBe(expected);
  });

  it('formats date and time with the cached formatter, per locale', () => {
    expect(formatDateTime('2025-01-15T10:05:00Z', 'nl')).toMatch(/15 jan 2025.*11:05/);
    expect(formatDateTime('2025-01-15T10:05:00Z', 'en')).toMatch(/15 Jan 2025.*11:05/);
    expect(formatDateTime(null, 'nl')).toBe('');
  });

  it.each([
    ['2025-01-31', '00:00:00', '2025-01-30T23:00:00.000Z'],
    ['2025-07-01', '00:00:00', '2025-06-30T22:00:00.000Z'],
    ['2025-03-30', '23:59:59.999', '2025-03-30T21:59:59.999Z'],
    ['nonsense', '00:00:00', undefined],
  ])('dutchTimeToIso(%s, %s) → %s', (date, time, expected) => {
    expect(dutchTimeToIso(date, time)).toBe(expected);
  });
});
