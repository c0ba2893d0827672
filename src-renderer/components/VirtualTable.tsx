import { flexRender, type Column, type Row, type Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useRef, type ReactElement, type Ref } from 'react';
import { cellClass, DataTableHead, pinnedStyle } from './DataTable';
import { useRowCursor } from './row-cursor';

interface VirtualTableProps<T> {
  table: Table<T>;
  label: string;
  onOpenRow: (row: Row<T>) => void;
  /** Every row has this height (cells do not wrap), so scrolling never re-measures. */
  rowHeight: number;
  ref?: Ref<HTMLDivElement>;
}

function assignRef<E>(ref: Ref<E> | undefined, element: E | null) {
  if (typeof ref === 'function') ref(element);
  else if (ref) ref.current = element;
}

/**
 * A TanStack table that renders only the rows in view (plus a margin), so a roster of a thousand
 * athletes scrolls as smoothly as one of twenty. Rows keep real table semantics; the rows outside the
 * view are stood in for by two spacer rows hidden from assistive technology, and aria-rowcount/
 * aria-rowindex tell screen readers where they are.
 */
export function VirtualTable<T>({ table, label, onOpenRow, rowHeight, ref }: VirtualTableProps<T>) {
  const rows = table.getRowModel().rows;
  const scrollElement = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  const cursor = useRowCursor(
    rows.length,
    (index) => onOpenRow(rows[index]!),
    (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  );
  const setScrollElement = useCallback(
    (element: HTMLDivElement | null) => {
      scrollElement.current = element;
      assignRef(ref, element);
    },
    [ref],
  );

  // Rows get a stable click handler, so while scrolling only rows entering the view render.
  const latest = useRef({ setActive: cursor.setActive, onOpenRow });
  latest.current = { setActive: cursor.setActive, onOpenRow };
  const pick = useCallback((index: number, row: Row<T>) => {
    latest.current.setActive(index);
    latest.current.onOpenRow(row);
  }, []);

  const items = virtualizer.getVirtualItems();
  const columns = table.getVisibleLeafColumns();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const totalWidth = columns.reduce((sum, column) => sum + column.getSize(), 0);

  return (
    <div
      className="table-wrap scrolls virtual"
      tabIndex={0}
      role="region"
      aria-label={`${label} (arrow keys or j/k to move, Enter to open)`}
      onKeyDown={cursor.onKeyDown}
      onFocus={cursor.onFocus}
      ref={setScrollElement}
    >
      <table className="data fixed" aria-label={label} aria-rowcount={rows.length + 1} style={{ minWidth: totalWidth }}>
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={{ width: column.getSize() }} />
          ))}
        </colgroup>
        <DataTableHead table={table} />
        <tbody>
          {paddingTop > 0 && (
            <tr className="spacer" aria-hidden="true" style={{ height: paddingTop }}>
              <td colSpan={columns.length} />
            </tr>
          )}
          {items.map((item) => (
            <VirtualRow
              key={rows[item.index]!.id}
              row={rows[item.index]!}
              index={item.index}
              active={item.index === cursor.active}
              rowHeight={rowHeight}
              columns={columns}
              onPick={pick}
            />
          ))}
          {paddingBottom > 0 && (
            <tr className="spacer" aria-hidden="true" style={{ height: paddingBottom }}>
              <td colSpan={columns.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

interface VirtualRowProps<T> {
  row: Row<T>;
  index: number;
  active: boolean;
  rowHeight: number;
  /** Not read: a new array means the columns changed, so the row renders again. */
  columns: Column<T>[];
  onPick: (index: number, row: Row<T>) => void;
}

const VirtualRow = memo(function VirtualRow<T>({ row, index, active, rowHeight, onPick }: VirtualRowProps<T>) {
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={active}
      className="clickable"
      style={{ height: rowHeight }}
      onClick={() => onPick(index, row)}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={cellClass(cell.column)} style={pinnedStyle(cell.column)}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
}) as <T>(props: VirtualRowProps<T>) => ReactElement;
