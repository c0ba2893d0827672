import { flexRender, type Column, type Row, type RowData, type Table } from '@tanstack/react-table';
import { Fragment, useRef, type CSSProperties, type ReactNode, type Ref } from 'react';
import { useRowCursor } from './row-cursor';
import './tables.css';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Right-aligned with tabular digits, so magnitudes line up. */
    numeric?: boolean;
    /** Shown under the header's name, e.g. "TSS/d", so no number is read without its unit. */
    unit?: string;
  }
}

/** The header row of a TanStack table: sort buttons with their direction, names with their units. */
export function DataTableHead<T>({ table }: { table: Table<T> }) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const meta = header.column.columnDef.meta;
            const content = (
              <>
                {flexRender(header.column.columnDef.header, header.getContext())}
                {meta?.unit && <span className="header-unit">{meta.unit}</span>}
              </>
            );
            return (
              <th
                key={header.id}
                className={cellClass(header.column)}
                style={pinnedStyle(header.column)}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              >
                {header.column.getCanSort() ? (
                  <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                    <span className="header-text">{content}</span>
                    <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}</span>
                  </button>
                ) : (
                  content
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}

/**
 * Cell classes of a column: numeric alignment, and for a column pinned to the left (TanStack column
 * pinning) a cell that stays in place while the table scrolls sideways.
 */
export function cellClass<T>(column: Column<T>): string | undefined {
  const classes = [column.columnDef.meta?.numeric && 'num', column.getIsPinned() === 'left' && 'pinned'].filter(
    Boolean,
  );
  return classes.length > 0 ? classes.join(' ') : undefined;
}

/** A left-pinned cell sticks at the width of the pinned columns before it. */
export function pinnedStyle<T>(column: Column<T>): CSSProperties | undefined {
  return column.getIsPinned() === 'left' ? { left: column.getStart('left') } : undefined;
}

interface DataTableProps<T> {
  table: Table<T>;
  label: string;
  /** Enter or click on a row. */
  onOpenRow?: (row: Row<T>) => void;
  /** Content of the full-width row under an expanded row. */
  renderDetail?: (row: Row<T>) => ReactNode;
  /** Long tables scroll inside a box (header stays visible) instead of pushing the rest of the page away. */
  scrolls?: boolean;
  ref?: Ref<HTMLDivElement>;
}

/**
 * A TanStack table rendered as an accessible, sortable HTML table. Arrow keys or j/k move the
 * highlighted row, Enter opens it — coaches scanning a roster should not need the mouse.
 */
export function DataTable<T>({ table, label, onOpenRow, renderDetail, scrolls, ref }: DataTableProps<T>) {
  const rows = table.getRowModel().rows;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const cursor = useRowCursor(rows.length, onOpenRow && ((index) => onOpenRow(rows[index]!)), (index) =>
    bodyRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.scrollIntoView({ block: 'nearest' }),
  );

  const columnCount = table.getVisibleLeafColumns().length;
  return (
    <div
      className={scrolls ? 'table-wrap scrolls' : 'table-wrap'}
      tabIndex={0}
      role="region"
      aria-label={`${label} (arrow keys or j/k to move, Enter to open)`}
      onKeyDown={cursor.onKeyDown}
      onFocus={cursor.onFocus}
      ref={ref}
    >
      <table className="data" aria-label={label}>
        <DataTableHead table={table} />
        <tbody ref={bodyRef}>
          {rows.map((row, index) => (
            <Fragment key={row.id}>
              <tr
                data-index={index}
                aria-selected={index === cursor.active}
                className={onOpenRow ? 'clickable' : undefined}
                onClick={() => {
                  cursor.setActive(index);
                  onOpenRow?.(row);
                }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cellClass(cell.column)} style={pinnedStyle(cell.column)}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
              {renderDetail && row.getIsExpanded() && (
                <tr>
                  <td className="detail" colSpan={columnCount}>
                    {renderDetail(row)}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
