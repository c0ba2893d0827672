import { addDays } from '../dates';

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
  /** Fewest readings in the recent window for a verdict (GUIDE: ≥ 3 a week). */
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

function windowValues(byDate: Map<string, number>, endDate: string, days: number): number[] {
  const values: number[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const v = byDate.get(addDays(endDate, -i));
    if (v !== undefined) values.push(v);
  }
  return values;
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

/** Sample standard deviation (n − 1): the baseline is a sample of the athlete's normal days. */
function sampleSd(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
}

function rollingMean(
  byDate: Map<string, number>,
  date: string,
  options: BaselineOptions,
): { mean: number | null; readings: number } {
  const recent = windowValues(byDate, date, options.recentDays);
  return { mean: recent.length >= options.minRecentReadings ? mean(recent) : null, readings: recent.length };
}

function statusOn(byDate: Map<string, number>, date: string, options: BaselineOptions): BaselineStatus {
  const recent = rollingMean(byDate, date, options);
  const unjudged = { date, recentMean: recent.mean, recentReadings: recent.readings, position: null, trend: null };
  const baseline = windowValues(byDate, date, options.baselineDays);
  if (baseline.length < Math.max(2, options.minBaselineReadings)) {
    return { ...unjudged, baselineMean: null, baselineSd: null, band: null };
  }
  const baselineMean = mean(baseline);
  const baselineSd = sampleSd(baseline);
  const smallestWorthwhileChange = options.bandWidthSd * baselineSd;
  const band = { low: baselineMean - smallestWorthwhileChange, high: baselineMean + smallestWorthwhileChange };
  const judged = { ...unjudged, baselineMean, baselineSd, band };
  if (recent.mean === null) return judged;

  const position: BandPosition = recent.mean < band.low ? 'below' : recent.mean > band.high ? 'above' : 'within';
  const weekEarlier = rollingMean(byDate, addDays(date, -options.recentDays), options).mean;
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
  return statusOn(valuesByDate(readings), date, options);
}

/** The marker's status for every day from `from` to `to`, for a chart of rolling mean and band. */
export function baselineStatusSeries(
  readings: readonly DatedValue[],
  range: { from: string; to: string },
  options: BaselineOptions = DEFAULT_BASELINE_OPTIONS,
): BaselineStatus[] {
  const byDate = valuesByDate(readings);
  const series: BaselineStatus[] = [];
  for (let date = range.from; date <= range.to; date = addDays(date, 1)) series.push(statusOn(byDate, date, options));
  return series;
}

/** Arrow shown next to a marker's status. */
export const TREND_ARROWS: Record<TrendDirection, string> = { rising: '↑', steady: '→', falling: '↓' };
