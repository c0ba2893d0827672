import { weekStartOf } from '../load/training-week';
import { seasonTrend, type SeasonTrend } from './season-trend';

export interface ActivityEfficiency {
  localDate: string;
  /** EF of one activity (output ÷ average HR, see metrics/efficiency.ts); null when it has no HR or output. */
  efficiencyFactor: number | null;
}

export interface WeeklyEfficiency {
  weekStart: string;
  meanEfficiencyFactor: number;
  activities: number;
}

/**
 * Efficiency factor across a period: weekly means for the chart and the season trend through the
 * per-activity values. A rising EF at steady effort means more output per heartbeat — aerobic fitness
 * improving (Friel). Pass comparable sessions only (one sport, steady aerobic work): EF of intervals or
 * races is not comparable with EF of endurance rides.
 */
export function efficiencyFactorTrend(
  activities: readonly ActivityEfficiency[],
  period: { from: string; to: string },
): { weekly: WeeklyEfficiency[]; trend: SeasonTrend | null } {
  const series = activities
    .flatMap((a) =>
      a.efficiencyFactor !== null && a.localDate >= period.from && a.localDate <= period.to
        ? [{ date: a.localDate, value: a.efficiencyFactor }]
        : [],
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const weeks = new Map<string, { sum: number; count: number }>();
  for (const { date, value } of series) {
    const week = weeks.get(weekStartOf(date)) ?? { sum: 0, count: 0 };
    week.sum += value;
    week.count += 1;
    weeks.set(weekStartOf(date), week);
  }
  return {
    weekly: [...weeks].map(([weekStart, { sum, count }]) => ({
      weekStart,
      meanEfficiencyFactor: sum / count,
      activities: count,
    })),
    trend: seasonTrend(series),
  };
}
