import type { MeanMaximal } from '../metrics/mean-maximal';

/** One activity's mean-maximal curve (power in W or speed in m/s), as the metrics code stores it per activity. */
export interface ActivityCurve {
  activityId: number;
  localDate: string;
  points: readonly MeanMaximal[];
}

/** The best value at one duration and the activity it came from, so a chart can link to it. */
export interface BestEffort extends MeanMaximal {
  activityId: number;
  localDate: string;
}

export interface Period {
  from: string;
  to: string;
}

/**
 * The mean-maximal curve of a period (power or pace, as speed so higher is better for both): the envelope
 * of the per-activity curves dated within the period — at each duration, the best value of any of them —
 * shortest duration first. Durations are taken as given: per-activity curves share the metrics code's
 * duration grid (STANDARD_DURATIONS_SECONDS), so nothing is interpolated. Ties keep the earlier activity.
 */
export function meanMaximalEnvelope(curves: readonly ActivityCurve[], period: Period): BestEffort[] {
  const bests = new Map<number, BestEffort>();
  const inPeriod = curves
    .filter((c) => c.localDate >= period.from && c.localDate <= period.to)
    .sort((a, b) => (a.localDate < b.localDate ? -1 : a.localDate > b.localDate ? 1 : a.activityId - b.activityId));
  for (const curve of inPeriod) {
    for (const { durationSeconds, value } of curve.points) {
      if (!Number.isFinite(value) || !(durationSeconds > 0)) continue;
      const current = bests.get(durationSeconds);
      if (!current || value > current.value) {
        bests.set(durationSeconds, {
          durationSeconds,
          value,
          activityId: curve.activityId,
          localDate: curve.localDate,
        });
      }
    }
  }
  return [...bests.values()].sort((a, b) => a.durationSeconds - b.durationSeconds);
}
