import type { ColumnOrderState, VisibilityState } from '@tanstack/react-table';
import { ROSTER_COLUMN_IDS } from './roster-columns';
import { NO_FILTERS, type RosterFilters } from './roster-status';
import { useStoredState } from './stored-state';

export interface ColumnLayout {
  order: ColumnOrderState;
  hidden: string[];
}

const DEFAULT_LAYOUT: ColumnLayout = { order: ROSTER_COLUMN_IDS, hidden: [] };

function isColumnLayout(value: unknown): value is ColumnLayout {
  const layout = value as ColumnLayout | null;
  return Array.isArray(layout?.order) && Array.isArray(layout.hidden);
}

/**
 * The stored order, with columns added since it was stored appended and vanished ones dropped, so a
 * layout saved by an older version still shows every column.
 */
function completeOrder(order: string[]): string[] {
  const known = order.filter((id) => ROSTER_COLUMN_IDS.includes(id));
  return [...known, ...ROSTER_COLUMN_IDS.filter((id) => !known.includes(id))];
}

export function useColumnLayout() {
  const [layout, setLayout] = useStoredState('coach.roster.columns.v1', DEFAULT_LAYOUT, isColumnLayout);
  const order = completeOrder(layout.order);
  const visibility: VisibilityState = Object.fromEntries(layout.hidden.map((id) => [id, false]));
  return {
    order,
    visibility,
    setHidden: (id: string, hidden: boolean) =>
      setLayout({ order, hidden: hidden ? [...layout.hidden, id] : layout.hidden.filter((h) => h !== id) }),
    move: (id: string, by: -1 | 1) => {
      const from = order.indexOf(id);
      const to = from + by;
      if (to < 0 || to >= order.length) return;
      const next = [...order];
      [next[from], next[to]] = [next[to]!, next[from]!];
      setLayout({ order: next, hidden: layout.hidden });
    },
    reset: () => setLayout(DEFAULT_LAYOUT),
  };
}

export interface SavedView {
  name: string;
  filters: RosterFilters;
}

function isSavedViews(value: unknown): value is SavedView[] {
  return (
    Array.isArray(value) && value.every((v: SavedView) => typeof v?.name === 'string' && typeof v.filters === 'object')
  );
}

/** Views that come with the app; the coach's own are stored next to them. */
export const BUILT_IN_VIEWS: SavedView[] = [
  { name: 'All athletes', filters: NO_FILTERS },
  { name: 'Needs attention', filters: { ...NO_FILTERS, needsAttention: true } },
  { name: 'Racing this month', filters: { ...NO_FILTERS, status: 'racing-soon' } },
];

export function useSavedViews() {
  const [views, setViews] = useStoredState<SavedView[]>('coach.roster.views.v1', [], isSavedViews);
  return {
    views: views.map((view) => ({ ...view, filters: { ...NO_FILTERS, ...view.filters } })),
    save: (name: string, filters: RosterFilters) =>
      setViews([...views.filter((v) => v.name !== name), { name, filters }]),
    remove: (name: string) => setViews(views.filter((v) => v.name !== name)),
  };
}
