import type { Phase, RaceType } from '../../../src-main/common/domain/planner/types';

export const PHASE_LABELS: Record<Phase, string> = {
  base: 'Base',
  build: 'Build',
  peak: 'Peak',
  taper: 'Taper',
  race: 'Race week',
};

export const RACE_TYPE_LABELS: Record<RaceType, string> = {
  marathon: 'Marathon',
  'half-marathon': 'Half marathon',
  '10k': '10 km',
  '70.3': 'Half Ironman (70.3)',
  ironman: 'Ironman',
  'gran-fondo': 'Gran fondo',
  custom: 'Custom race',
};

export const WEEKDAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** "1 h 05" or "45 min": how long a session or week is, at a glance. */
export function formatHoursMinutes(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}

/** "Tue 4 Mar" for change summaries and dialogs. */
export function formatDayLabel(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
}
