import { useState, type ReactNode } from 'react';
import { nextSort, sortRows, type SortState, type SortValue } from './data-table-sort.ts';

export interface Column<Row> {
  /** Stable and unique within the table (React key, sort state). */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /**
   * The column that names the row: rendered as `<th scope="row">`, so screen readers announce it with
   * every other cell. 'cell' keeps body text weight (a link), 'header-cell' makes it bold.
   */
  rowHeader?: 'cell' | 'header-cell';
  /** Right-aligned figures (Utrecht's numeric column). */
  numeric?: boolean;
  /** Makes the header a sort button. Only for lists shown whole: sorting one page of many would mislead. */
  sortValue?: (row: Row) => SortValue;
}

interface DataTableProps<Row> {
  caption: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  testId?: string;
}

const numericClass = (numeric: boolean | undefined, base: string) =>
  numeric ? `${base} ${base}--numeric-column` : base;

/** A list as an accessible Utrecht table: caption, column headers, a row header, optional sorting. */
export function DataTable<Row>({ caption, columns, rows, rowKey, rowClassName, testId }: DataTableProps<Row>) {
  const [sort, setSort] = useState<SortState>();
  const sortValue = sort && columns.find((c) => c.key === sort.column)?.sortValue;
  const shown = sort && sortValue ? sortRows(rows, sortValue, sort.direction) : rows;

  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table utrecht-table--html-table" data-testid={testId}>
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => (
              <th
                className={numericClass(column.numeric, 'utrecht-table__header-cell')}
                scope="col"
                key={column.key}
                aria-sort={column.sortValue ? (sort?.column === column.key ? sort.direction : 'none') : undefined}
              >
                {column.sortValue ? (
                  <button
                    type="button"
                    className="weerbaar-sort-button"
                    onClick={() => setSort((current) => nextSort(current, column.key))}
                  >
                    {column.header}
                    <span className="weerbaar-sort-button__icon" aria-hidden="true">
                      {sort?.column !== column.key ? '↕' : sort.direction === 'ascending' ? '↑' : '↓'}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {shown.map((row) => {
            const extra = rowClassName?.(row);
            return (
              <tr className={extra ? `utrecht-table__row ${extra}` : 'utrecht-table__row'} key={rowKey(row)}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th className={`utrecht-table__${column.rowHeader}`} scope="row" key={column.key}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td className={numericClass(column.numeric, 'utrecht-table__cell')} key={column.key}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
