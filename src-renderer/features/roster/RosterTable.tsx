import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useState, type Ref } from 'react';
import type { RosterRow } from '../../../src-main/common/contract';
import { navigate } from '../../app/routes';
import { VirtualTable } from '../../components/VirtualTable';
import { rosterColumns } from './roster-columns';
import type { useColumnLayout } from './roster-preferences';
import { matchesFilters, type RosterFilters } from './roster-status';

const ROW_HEIGHT = 41;
const NAME_PINNED = { left: ['name'] };

export function RosterTable({
  rows,
  filters,
  layout,
  ref,
}: {
  rows: RosterRow[];
  filters: RosterFilters;
  layout: ReturnType<typeof useColumnLayout>;
  ref?: Ref<HTMLDivElement>;
}) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const table = useReactTable({
    data: rows,
    columns: rosterColumns,
    // The athlete's name stays in view while the coach scrolls sideways through the numbers.
    state: {
      sorting,
      globalFilter: filters,
      columnOrder: layout.order,
      columnVisibility: layout.visibility,
      columnPinning: NAME_PINNED,
    },
    onSortingChange: setSorting,
    globalFilterFn: (row, _columnId, value: RosterFilters) => matchesFilters(row.original, value),
    getColumnCanGlobalFilter: () => true,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });

  if (table.getRowModel().rows.length === 0) {
    return <p className="muted">No athlete matches these filters.</p>;
  }
  return (
    <VirtualTable
      table={table}
      label="Athletes"
      rowHeight={ROW_HEIGHT}
      ref={ref}
      onOpenRow={(row) => navigate({ screen: 'athlete', athleteId: row.original.id })}
    />
  );
}
