import {
  createColumnHelper,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { WorkoutListItem } from '../../../src-main/common/contract';
import { useUnits } from '../../app/app-context';
import { DataTable } from '../../components/DataTable';
import type { UnitSystem } from '../../format/units';
import { CATEGORY_LABELS, formatWorkoutDistance, LOAD_NAMES, WORKOUT_SPORT_LABELS } from './workout-labels';
import { formatDuration } from '../../../src-main/common/format';

const column = createColumnHelper<WorkoutListItem>();

function buildColumns(units: UnitSystem) {
  return [
    column.accessor('name', {
      header: 'Name',
      cell: ({ row }) => (
        <>
          <a href={`#/workouts/${row.original.id}`}>{row.original.name}</a>{' '}
          {row.original.source === 'coach' && <span className="badge">MINE</span>}{' '}
          {row.original.archived && <span className="badge">ARCHIVED</span>}
        </>
      ),
    }),
    column.accessor((w) => WORKOUT_SPORT_LABELS[w.sport], { id: 'sport', header: 'Sport' }),
    column.accessor((w) => CATEGORY_LABELS[w.category], { id: 'category', header: 'Category' }),
    column.accessor((w) => w.summary.seconds, {
      id: 'duration',
      header: 'Duration',
      meta: { numeric: true },
      cell: ({ getValue }) => formatDuration(getValue()),
    }),
    column.accessor((w) => w.summary.meters, {
      id: 'distance',
      header: 'Distance',
      meta: { numeric: true },
      sortUndefined: 'last',
      cell: ({ row }) => (
        <span
          title={
            row.original.summary.meters === null
              ? 'Depends on terrain and speed: timed steps without a pace target'
              : undefined
          }
        >
          {formatWorkoutDistance(row.original.summary.meters, row.original.sport, units)}
        </span>
      ),
    }),
    column.accessor((w) => w.summary.load, {
      id: 'load',
      header: 'Load',
      meta: { numeric: true },
      cell: ({ row }) => (
        <span title={row.original.summary.explanation}>
          {Math.round(row.original.summary.load)} <span className="muted">{LOAD_NAMES[row.original.sport]}</span>
        </span>
      ),
    }),
    column.accessor((w) => (w.summary.hard ? 1 : 0), {
      id: 'hard',
      header: 'Intensity',
      cell: ({ row }) =>
        row.original.summary.hard ? <span className="badge warn">HARD</span> : <span className="badge ok">EASY</span>,
    }),
  ];
}

/** The library, in the server's order (sport, category, name) until the coach sorts a column. */
export function WorkoutTable({
  workouts,
  onOpen,
}: {
  workouts: WorkoutListItem[];
  onOpen: (workout: WorkoutListItem) => void;
}) {
  const units = useUnits();
  const columns = useMemo(() => buildColumns(units), [units]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data: workouts,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return <DataTable table={table} label="Workouts" scrolls onOpenRow={(row) => onOpen(row.original)} />;
}
