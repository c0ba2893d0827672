import { addDays, parseIsoDate, toIsoDate } from '../dates';

/**
 * A marker's recent average judged against its own longer baseline, the method of Plews et al. for HRV
 * (Plews, Laursen, Stanley, Kilding & Buchheit 2013, Sports Med 43:773): the 7-day rolling mean is compared
 * with a normal band of baseline mean ± 0.5 SD, 0.5 SD being the smallest worthwhile change (SWC).
 * A rolling mean needs enough readings to mean anything, so one noisy morning cannot flag an athlete.
 */
export interface BaselineOptions {
  /** Days in the baseline window, ending on the day judged (the recent week is part of the baseline). */
  baselineDays: number;
  /** Days in the rolling mean that is judged. */
  recentDays: number;
  /** Fewest readings in the recent window for a verdict (docs/domain.md#wellness: ≥ 3 a week). */
  minRecentReadings: number;
  /** Fewest readings in the baseline window for a verdict: two weeks of mornings, so the SD is not a guess. */
  minBaselineReadings: number;
  /** Half-width of the normal band, in baseline SDs (the SWC). */
  bandWidthSd: number;
}

export const DEFAULT_BASELINE_OPTIONS: BaselineOptions = {
  baselineDays: 60,
  recentDays: 7,
  minRecentReadings: 3,
  minBaselineReadings: 14,
  bandWidthSd: 0.5,
};

export interface DatedValue {
  date: string;
  value: number;
}

export type BandPosition = 'below' | 'within' | 'above';
export type TrendDirection = 'rising' | 'steady' | 'falling';

export interface BaselineStatus {
  date: string;
  recentMean: number | null;
  recentReadings: number;
  baselineMean: number | null;
  baselineSd: number | null;
  band: { low: number; high: number } | null;
  /** Null when either window has too few readings. */
  position: BandPosition | null;
  /**
   * Direction of the rolling mean over the past `recentDays`: a change larger than the SWC is rising or
   * falling, anything smaller steady. Null when either rolling mean is unknown.
   */
  trend: TrendDirection | null;
}

/** One value per day: several readings on one date are averaged so an extra measurement does not weigh double. */
function valuesByDate(readings: readonly DatedValue[]): Map<string, number> {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const { date, value } of readings) {
    if (!Number.isFinite(value)) continue;
    const entry = sums.get(date) ?? { sum: 0, count: 0 };
    entry.sum += value;
    entry.count += 1;
    sums.set(date, entry);
  }
  return new Map([...sums].map(([date, { sum, count }]) => [date, sum / count]));
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date; NaN for anything that is not one ('2025-1-5', '2025-02-30'). */
function dayNumber(iso: string): number {
  const day = Math.round(parseIsoDate(iso).getTime() / DAY_MS);
  return Number.isFinite(day) && toIsoDate(new Date(day * DAY_MS)) === iso ? day : NaN;
}

/**
 * The daily values from `firstDay` on, indexed by day number (NaN = no reading), so that a window is
 * a run of array slots rather than a date computation and a map lookup per day: a half-year chart of
 * three markers judges each of its days on a 60-day window.
 */
interface DailyValues {
  firstDay: number;
  values: Float64Array;
}

/** The readings' daily values on the days from `firstDay` to `lastDay`, the only ones the windows read. */
function dailyValues(readings: readonly DatedValue[], firstDay: number, lastDay: number): DailyValues {
  const values = new Float64Array(Math.max(0, lastDay - firstDay + 1)).fill(NaN);
  for (const [date, value] of valuesByDate(readings)) {
    const day = dayNumber(date);
    if (day >= firstDay && day <= lastDay) values[day - firstDay] = value;
  }
  return { firstDay, values };
}

/** The first day any window of a status on `fromDay` reads: the baseline's, or the week-earlier rolling mean's. */
function firstDayRead(fromDay: number, options: BaselineOptions): number {
  return fromDay - Math.max(options.baselineDays, 2 * options.recentDays) + 1;
}

/** A window's readings: how many, their mean, and their sample SD (null below two readings). */
interface WindowStats {
  count: number;
  mean: number;
  sd: number | null;
}

/**
 * Count, mean and sample SD (n − 1: the baseline is a sample of the athlete's normal days) of the
 * readings in the `days` days ending on `endDay`. Summed oldest first, then squared deviations from
 * the mean in a second pass: the textbook two-pass SD, which running sums of squares are not.
 */
function windowStats(daily: DailyValues, endDay: number, days: number, withSd: boolean): WindowStats {
  const { values, firstDay } = daily;
  const from = Math.max(0, endDay - days + 1 - firstDay);
  const to = Math.min(values.length - 1, endDay - firstDay);
  let count = 0;
  let sum = 0;
  for (let i = from; i <= to; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) {
      count++;
      sum += v;
    }
  }
  const mean = sum / count;
  if (!withSd || count < 2) return { count, mean, sd: null };
  let squares = 0;
  for (let i = from; i <= to; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) squares += (v - mean) ** 2;
  }
  return { count, mean, sd: Math.sqrt(squares / (count - 1)) };
}

function rollingMean(
  daily: DailyValues,
  day: number,
  options: BaselineOptions,
): { mean: number | null; readings: number } {
  const recent = windowStats(daily, day, options.recentDays, false);
  return { mean: recent.count >= options.minRecentReadings ? recent.mean : null, readings: recent.count };
}

function statusOn(daily: DailyValues, date: string, day: number, options: BaselineOptions): BaselineStatus {
  const recent = rollingMean(daily, day, options);
  const unjudged = { date, recentMean: recent.mean, recentReadings: recent.readings, position: null, trend: null };
  const baseline = windowStats(daily, day, options.baselineDays, true);
  if (baseline.count < Math.max(2, options.minBaselineReadings)) {
    return { ...unjudged, baselineMean: null, baselineSd: null, band: null };
  }
  const baselineMean = baseline.mean;
  const baselineSd = baseline.sd!;
  const smallestWorthwhileChange = options.bandWidthSd * baselineSd;
  const band = { low: baselineMean - smallestWorthwhileChange, high: baselineMean + smallestWorthwhileChange };
  const judged = { ...unjudged, baselineMean, baselineSd, band };
  if (recent.mean === null) return judged;

  const position: BandPosition = recent.mean < band.low ? 'below' : recent.mean > band.high ? 'above' : 'within';
  const weekEarlier = rollingMean(daily, day - options.recentDays, options).mean;
  const change = weekEarlier === null ? null : recent.mean - weekEarlier;
  const trend: TrendDirection | null =
    change === null
      ? null
      : change > smallestWorthwhileChange
        ? 'rising'
        : change < -smallestWorthwhileChange
          ? 'falling'
          : 'steady';
  return { ...judged, position, trend };
}

/** The marker's status on one day, using readings up to and including that day. */
export function baselineStatusOn(
  readings: readonly DatedValue[],
  date: string,
  options: BaselineOptions = DEFAULT_BASELINE_OPTIONS,
): BaselineStatus {
  return baselineStatusSeries(readings, { from: date, to: date }, options)[0]!;
}

/**
 * The marker's status for every day from `from` to `to`, for a chart of rolling mean and band.
 * Each day's windows are summed afresh, oldest reading first, rather than kept as running sums: the
 * same arithmetic as judging that day alone, so a chart and the roster agree to the last bit.
 */
export function baselineStatusSeries(
  readings: readonly DatedValue[],
  range: { from: string; to: string },
  options: BaselineOptions = DEFAULT_BASELINE_OPTIONS,
): BaselineStatus[] {
  const fromDay = dayNumber(range.from);
  const toDay = dayNumber(range.to);
  const daily = dailyValues(readings, firstDayRead(fromDay, options), toDay);
  const series: BaselineStatus[] = [];
  let day = fromDay;
  for (let date = range.from; date <= range.to; date = addDays(date, 1))
    series.push(statusOn(daily, date, day++, options));
  return series;
}

/** Arrow shown next to a marker's status. */
export const TREND_ARROWS: Record<TrendDirection, string> = { rising: '↑', steady: '→', falling: '↓' };
