/**
 * Days as integers. The rules walk every day of years of history for hundreds of athletes, so a day is
 * an index into typed arrays rather than an ISO string; strings are made only for the days a finding names.
 */

const DAY_MS = 86_400_000;

const digit = (iso: string, i: number) => iso.charCodeAt(i) - 48;

/**
 * Days since 1970-01-01 of an ISO date ('YYYY-MM-DD'), by the civil-from-days arithmetic of
 * H. Hinnant ("chrono-compatible low-level date algorithms"): every activity, reading and PMC row is
 * placed on the calendar this way, and it is several times faster than building a Date.
 */
export function dayNumberOf(iso: string): number {
  let year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const month = digit(iso, 5) * 10 + digit(iso, 6);
  const day = digit(iso, 8) * 10 + digit(iso, 9);
  if (month <= 2) year -= 1;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function isoOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar the rules index: day 0 is `first`, the last index is `today`. */
export interface Timeline {
  first: number;
  length: number;
  indexOf(iso: string): number;
  isoOf(index: number): string;
}

export function timelineOf(firstIso: string, todayIso: string): Timeline {
  const first = dayNumberOf(firstIso);
  return {
    first,
    length: Math.max(0, dayNumberOf(todayIso) - first + 1),
    indexOf: (iso) => dayNumberOf(iso) - first,
    isoOf: (index) => isoOfDayNumber(first + index),
  };
}

/** Prefix sums over a daily series with NaN for missing days: count, sum and sum of squares of any window in O(1). */
export interface WindowSums {
  count(fromIndex: number, toIndex: number): number;
  sum(fromIndex: number, toIndex: number): number;
  /** Mean and sample SD of the window; null below two values. */
  stats(fromIndex: number, toIndex: number): { count: number; mean: number; sd: number } | null;
}

export function windowSumsOf(values: Float64Array): WindowSums {
  const n = values.length;
  const counts = new Float64Array(n + 1);
  const sums = new Float64Array(n + 1);
  const squares = new Float64Array(n + 1);
  // Sums of squares are taken around the first value, so a long series of similar values (ln rMSSD ≈ 4)
  // keeps its small variance instead of losing it to cancellation between large squares.
  let shift = NaN;
  for (const v of values)
    if (!Number.isNaN(v)) {
      shift = v;
      break;
    }
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const present = !Number.isNaN(v);
    const d = present ? v - shift : 0;
    counts[i + 1] = counts[i]! + (present ? 1 : 0);
    sums[i + 1] = sums[i]! + d;
    squares[i + 1] = squares[i]! + d * d;
  }
  const clamp = (from: number, to: number): [number, number] => [Math.max(0, from), Math.min(n - 1, to)];
  const count = (from: number, to: number) => {
    const [a, b] = clamp(from, to);
    return b < a ? 0 : counts[b + 1]! - counts[a]!;
  };
  return {
    count,
    sum: (from, to) => {
      const [a, b] = clamp(from, to);
      return b < a ? 0 : sums[b + 1]! - sums[a]! + shift * (counts[b + 1]! - counts[a]!);
    },
    stats: (from, to) => {
      const [a, b] = clamp(from, to);
      const k = b < a ? 0 : counts[b + 1]! - counts[a]!;
      if (k < 2) return null;
      const s = sums[b + 1]! - sums[a]!;
      const q = squares[b + 1]! - squares[a]!;
      const variance = Math.max(0, (q - (s * s) / k) / (k - 1));
      return { count: k, mean: shift + s / k, sd: Math.sqrt(variance) };
    },
  };
}
