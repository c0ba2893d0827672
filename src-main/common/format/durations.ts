import { formatNumber } from './numbers';

/**
 * Times as clocks ("1:05:00", "4:30") and in words ("1 h 5 min", "1 min 30 s"), and paces. Each rounds
 * the whole value once before splitting it, so 59.6 s is "1:00" and 299.6 s/km "5:00 /km", never ":60".
 */

const MINUS = '\u2212';

/** Whole seconds and their sign, so a negative time keeps its digits and −0.4 s is "0:00". */
function wholeSeconds(seconds: number): { sign: string; total: number } {
  const total = Math.round(Math.abs(seconds));
  return { sign: seconds < 0 && total > 0 ? MINUS : '', total };
}

const two = (n: number) => String(n).padStart(2, '0');

/** "1:05:00" from an hour up, "4:30" below: durations as a watch shows them. */
export function formatClock(seconds: number): string {
  const { sign, total } = wholeSeconds(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${sign}${h}:${two(m)}:${two(s)}` : `${sign}${m}:${two(s)}`;
}

/** Where a pace is counted: per km, per mile, per 100 m (pool) or per 100 yd. */
export type PaceDistance = 'km' | 'mi' | '100 m' | '100 yd';

/** "5:00 /km" (or "5:00" without a distance): minutes and seconds, whatever the minutes. */
export function formatPace(secondsPerUnit: number, per?: PaceDistance): string {
  const { sign, total } = wholeSeconds(secondsPerUnit);
  const clock = `${sign}${Math.floor(total / 60)}:${two(total % 60)}`;
  return per ? `${clock} /${per}` : clock;
}

/**
 * A duration in words, to the minute ("45 min", "1 h 5 min", "2 h") or, for a step or an effort, to the
 * second ("30 s", "1 min 30 s"); parts that are zero are left out.
 */
export function formatDuration(seconds: number, resolution: 'minute' | 'second' = 'minute'): string {
  const unit = resolution === 'minute' ? 60 : 1;
  const rounded = Math.round(Math.abs(seconds) / unit) * unit;
  const sign = seconds < 0 && rounded > 0 ? MINUS : '';
  const h = Math.floor(rounded / 3600);
  const m = Math.floor((rounded % 3600) / 60);
  const s = rounded % 60;
  const parts = [h > 0 ? `${h} h` : '', m > 0 ? `${m} min` : '', s > 0 ? `${s} s` : ''].filter((p) => p !== '');
  if (parts.length === 0) return resolution === 'minute' ? '0 min' : '0 s';
  return sign + parts.join(' ');
}

/** "10 h", "9.5 h": hours to at most one decimal, as weekly volumes are read. */
export function formatHours(hours: number): string {
  return `${formatNumber(hours, 1, { trim: true })} h`;
}

/** "07:30": a time of day, from minutes after midnight. */
export function formatTimeOfDay(minutesAfterMidnight: number): string {
  const minutes = Math.round(minutesAfterMidnight);
  return `${two(Math.floor(minutes / 60) % 24)}:${two(minutes % 60)}`;
}
