import { formatDate as formatCalendarDate, formatDayMonth } from '../../src-main/common/format';

const DAY_MS = 86_400_000;

/**
 * An instant's calendar date on this computer: the coach's own calendar. It suits instants of the
 * coach's doing (a plan edit, a file waiting to be assigned); a day in an athlete's life is dated on the
 * athlete's calendar, by the main process or the athlete screens' today (features/athlete/athlete-today).
 * There is deliberately no "today on this computer" here: no screen dates anything by the coach's day.
 */
function coachCalendarDate(instant: string): string {
  const at = new Date(instant);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function addDaysIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A date ('YYYY-MM-DD' as is) or an instant (converted to the coach's calendar date). */
function calendarDate(isoDateOrInstant: string): string {
  return isoDateOrInstant.length > 10 ? coachCalendarDate(isoDateOrInstant) : isoDateOrInstant;
}

/** "12 Mar 2025" for a date or an instant (on the coach's calendar). */
export function formatDate(iso: string): string {
  return formatCalendarDate(calendarDate(iso));
}

/** "today", "yesterday", "3 d ago", "5 wk ago", "4 mo ago" for a count of days counted on one calendar. */
export function formatDaysAgo(days: number): string {
  if (days < 0) return 'in the future';
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} d ago`;
  if (days < 70) return `${Math.round(days / 7)} wk ago`;
  if (days < 730) return `${Math.round(days / 30.44)} mo ago`;
  return `${Math.round(days / 365.25)} yr ago`;
}

/** "12 Mar": where the year would crowd the labels (tooltips carry the full date). */
export function formatShortDate(iso: string): string {
  return formatDayMonth(calendarDate(iso));
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
