import {
  createColumnHelper,
  getCoreRowModel,
  getPaginationRowModel,
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
import { distanceUnit, type UnitSystem } from '../../format/units';
import { formatClock, formatDistance } from '../../../src-main/common/format';

/** How the load number was made, in the names coaches know (docs/domain.md#activity-load). */
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
      // An undated activity sits at its power-on count (1990): say so rather than show that day.
      cell: ({ row }) =>
        row.original.warnings.some((w) => w.kind === 'date-unknown') ? (
          <span className="muted">date unknown</span>
        ) : (
          formatDate(row.original.localDate)
        ),
    }),
    column.accessor((a) => SPORT_LABELS[a.sport], { id: 'sport', header: 'Sport' }),
    column.accessor('name', { header: 'Name' }),
    column.accessor('timerSeconds', {
      header: 'Duration',
      meta: { numeric: true },
      cell: ({ getValue }) => formatClock(getValue()),
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
          <span className="muted">{LOAD_METHOD_LABELS[row.original.loadMethod]}</span>
        </span>
      ),
    }),
  ];
}

/** Enough for the last few weeks; rendering every row of a multi-year history would slow the page open. */
export const SHOWN_AT_FIRST = 50;

/** Newest first; clicking a row (or Enter) opens the activity's detail. */
export function ActivitiesTable({
  activities,
  onOpen,
}: {
  activities: ActivitySummary[];
  onOpen: (activity: ActivitySummary) => void;
}) {
  const units = useUnits();
  const columns = useMemo(() => buildColumns(units), [units]);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'startTime', desc: true }]);
  const [showAll, setShowAll] = useState(false);
  const table = useReactTable({
    data: activities,
    columns,
    state: { sorting, pagination: { pageIndex: 0, pageSize: showAll ? activities.length : SHOWN_AT_FIRST } },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
  });
  return (
    <>
      <DataTable table={table} label="Activities" scrolls onOpenRow={(row) => onOpen(row.original)} />
      {activities.length > SHOWN_AT_FIRST && (
        <button type="button" className="link" onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the first ${SHOWN_AT_FIRST} only` : `Show all ${activities.length} activities`}
        </button>
      )}
    </>
  );
}
