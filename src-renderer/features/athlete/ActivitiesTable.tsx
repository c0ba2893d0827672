import {
  createColumnHelper,
  getCoreRowModel,
  getExpandedRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { ActivitySummary, LoadExplanation } from '../../../src-main/common/contract';
import { useUnits } from '../../app/app-context';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../format/dates';
import { SPORT_LABELS } from '../../format/sports';
import { distanceUnit, formatDistance, formatDuration, type UnitSystem } from '../../format/units';

/** How the load number was made, in the names coaches know (see GUIDE §2). */
export const LOAD_METHOD_LABELS: Record<LoadExplanation['method'], string> = {
  power: 'TSS · power',
  pace: 'rTSS · pace',
  swim: 'sTSS · swim',
  hr: 'HRSS · heart rate',
  rpe: 'estimated · RPE',
  none: 'no load',
};

const column = createColumnHelper<ActivitySummary>();

function numberOrDash(value: number | null, unit: string) {
  return value === null ? <span className="muted">—</span> : `${Math.round(value)} ${unit}`;
}

function buildColumns(units: UnitSystem) {
  return [
    column.accessor('startTime', {
      header: 'Date',
      cell: ({ row }) => formatDate(row.original.localDate),
    }),
    column.accessor((a) => SPORT_LABELS[a.sport], { id: 'sport', header: 'Sport' }),
    column.accessor('name', { header: 'Name' }),
    column.accessor('timerSeconds', {
      header: 'Duration',
      meta: { numeric: true },
      cell: ({ getValue }) => formatDuration(getValue()),
    }),
    column.accessor('distanceMeters', {
      header: `Distance (${distanceUnit(units)})`,
      meta: { numeric: true },
      sortUndefined: 'last',
      cell: ({ getValue }) => formatDistance(getValue(), units),
    }),
    column.accessor('avgHr', {
      header: 'Avg HR',
      meta: { numeric: true },
      cell: ({ getValue }) => numberOrDash(getValue(), 'bpm'),
    }),
    column.accessor('avgPower', {
      header: 'Avg power',
      meta: { numeric: true },
      cell: ({ getValue }) => numberOrDash(getValue(), 'W'),
    }),
    column.accessor('load', {
      header: 'Load',
      meta: { numeric: true },
      cell: ({ row }) => (
        <span title={row.original.loadExplanation}>
          {row.original.load === null ? '—' : Math.round(row.original.load)}{' '}
          <span className="muted">{LOAD_METHOD_LABELS[row.original.loadMethod]}</span>{' '}
          <span aria-hidden="true" className="muted">
            {row.getIsExpanded() ? '▾' : '▸'}
          </span>
        </span>
      ),
    }),
  ];
}

/** Newest first; clicking a row (or Enter) unfolds the sentence that explains its load. */
export function ActivitiesTable({ activities }: { activities: ActivitySummary[] }) {
  const units = useUnits();
  const columns = useMemo(() => buildColumns(units), [units]);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'startTime', desc: true }]);
  const table = useReactTable({
    data: activities,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getRowCanExpand: () => true,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
  });
  return (
    <DataTable
      table={table}
      label="Activities"
      scrolls
      onOpenRow={(row) => row.toggleExpanded()}
      renderDetail={(row) => (
        <>
          <strong>How this load was calculated:</strong> {row.original.loadExplanation || 'No explanation recorded.'}
        </>
      )}
    />
  );
}
