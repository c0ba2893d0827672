import {
  createColumnHelper,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useState, type Ref } from 'react';
import type { AthleteSummary } from '../../../src-main/common/contract';
import { navigate } from '../../app/routes';
import { DataTable } from '../../components/DataTable';
import { DemoBadge } from '../../components/DemoBadge';
import { formatAge, formatDate } from '../../format/dates';
import { formatSports, SPORT_LABELS } from '../../format/sports';

const column = createColumnHelper<AthleteSummary>();

const columns = [
  column.accessor('name', {
    header: 'Athlete',
    cell: ({ row }) => (
      <span className="nowrap">
        <a href={`#/athletes/${row.original.id}`} onClick={(e) => e.stopPropagation()}>
          {row.original.name}
        </a>{' '}
        {row.original.isDemo && <DemoBadge />} {row.original.archived && <span className="badge">ARCHIVED</span>}
      </span>
    ),
  }),
  column.accessor((a) => formatSports(a.sports), { id: 'sports', header: 'Sports' }),
  column.accessor((a) => a.tags.join(' '), {
    id: 'tags',
    header: 'Tags',
    enableSorting: false,
    cell: ({ row }) =>
      row.original.tags.length === 0 ? (
        <span className="muted">—</span>
      ) : (
        row.original.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))
      ),
  }),
  column.accessor('lastActivityAt', {
    header: 'Last activity',
    sortUndefined: 'last',
    cell: ({ getValue }) => {
      const at = getValue();
      return at ? (
        <span className="nowrap">
          {formatDate(at)} <span className="muted">· {formatAge(at)}</span>
        </span>
      ) : (
        <span className="muted">none yet</span>
      );
    },
  }),
  column.accessor('activityCount', { header: 'Activities', meta: { numeric: true } }),
];

/** Matches the search text against name, sports (also as full labels) and tags. */
function matchesSearch(athlete: AthleteSummary, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [athlete.name, ...athlete.sports, ...athlete.sports.map((s) => SPORT_LABELS[s]), ...athlete.tags];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}

export function RosterTable({
  athletes,
  search,
  ref,
}: {
  athletes: AthleteSummary[];
  search: string;
  ref?: Ref<HTMLDivElement>;
}) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const table = useReactTable({
    data: athletes,
    columns,
    state: { sorting, globalFilter: search },
    onSortingChange: setSorting,
    globalFilterFn: (row, _columnId, value: string) => matchesSearch(row.original, value),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });

  if (table.getRowModel().rows.length === 0) {
    return (
      <p className="muted">
        {search.trim()
          ? `No athlete matches “${search}”.`
          : 'No active athletes. Tick “Show archived” to see archived ones.'}
      </p>
    );
  }
  return (
    <DataTable
      table={table}
      label="Athletes"
      ref={ref}
      onOpenRow={(row) => navigate({ screen: 'athlete', athleteId: row.original.id })}
    />
  );
}
