import { daysBetween } from '../dates';
import { fitLine } from './linear-regression';

export type TrendDirection = 'rising' | 'steady' | 'falling';

export interface SeasonTrend {
  /** Least-squares slope of the values, in their unit per week. */
  slopePerWeek: number;
  /** The slope as a fraction of the mean value, per week (−0.01 = falling 1 % a week). */
  relativeChangePerWeek: number;
  direction: TrendDirection;
  points: number;
}

/**
 * Changes smaller than 0.5 % a week (about 2 % a month) are read as steady: below that, day-to-day noise
 * in field data (pacing, weather, device) is as large as the change.
 */
export const STEADY_WITHIN_PER_WEEK = 0.005;

/**
 * Trend of a dated series across the season (e.g. estimated FTP, CP or efficiency factor): the least-squares
 * line through the values against time. Null with fewer than three points or all on one date.
 */
export function seasonTrend(
  series: readonly { date: string; value: number }[],
  steadyWithinPerWeek: number = STEADY_WITHIN_PER_WEEK,
): SeasonTrend | null {
  if (series.length < 3) return null;
  const origin = series[0]!.date;
  const line = fitLine(
    series.map((p) => daysBetween(origin, p.date) / 7),
    series.map((p) => p.value),
  );
  if (!line) return null;
  const meanValue = series.reduce((s, p) => s + p.value, 0) / series.length;
  const relativeChangePerWeek = meanValue !== 0 ? line.slope / Math.abs(meanValue) : 0;
  const direction: TrendDirection =
    relativeChangePerWeek > steadyWithinPerWeek
      ? 'rising'
      : relativeChangePerWeek < -steadyWithinPerWeek
        ? 'falling'
        : 'steady';
  return { slopePerWeek: line.slope, relativeChangePerWeek, direction, points: series.length };
}
