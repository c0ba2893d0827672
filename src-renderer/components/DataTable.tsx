import { flexRender, type Row, type RowData, type Table } from '@tanstack/react-table';
import { Fragment, useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Right-aligned with tabular digits, so magnitudes line up. */
    numeric?: boolean;
  }
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
  const [activeIndex, setActiveIndex] = useState(-1);
  const active = Math.min(activeIndex, rows.length - 1);
  const bodyRef = useRef<HTMLTableSectionElement>(null);

  useEffect(() => {
    if (active < 0) return;
    bodyRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget || rows.length === 0) return;
    const move = (to: number) => {
      event.preventDefault();
      setActiveIndex(Math.max(0, Math.min(rows.length - 1, to)));
    };
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        return move(active + 1);
      case 'ArrowUp':
      case 'k':
        return move(active - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(rows.length - 1);
      case 'Enter': {
        const row = rows[active];
        if (row && onOpenRow) {
          event.preventDefault();
          onOpenRow(row);
        }
      }
    }
  }

  const columnCount = table.getVisibleLeafColumns().length;
  return (
    <div
      className={scrolls ? 'table-wrap scrolls' : 'table-wrap'}
      tabIndex={0}
      role="region"
      aria-label={`${label} (arrow keys or j/k to move, Enter to open)`}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && active < 0 && rows.length > 0) setActiveIndex(0);
      }}
      ref={ref}
    >
      <table className="data" aria-label={label}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const content = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    className={header.column.columnDef.meta?.numeric ? 'num' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                        {content}
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
        <tbody ref={bodyRef}>
          {rows.map((row, index) => (
            <Fragment key={row.id}>
              <tr
                data-index={index}
                aria-selected={index === active}
                className={onOpenRow ? 'clickable' : undefined}
                onClick={() => {
                  setActiveIndex(index);
                  onOpenRow?.(row);
                }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'num' : undefined}>
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
