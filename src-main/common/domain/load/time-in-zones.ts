import { weekStartOf, weekStartsBetween } from './training-week';

export interface ActivityZoneTime {
  localDate: string;
  /** Seconds spent in each zone of one zone model (e.g. power or heart rate), zone 1 first. */
  zoneSeconds: readonly number[];
}

export interface WeeklyZoneTime {
  /** Monday of the training week. */
  weekStart: string;
  zoneSeconds: number[];
  totalSeconds: number;
}

/**
 * Time in zones per week = the sum of each activity's per-zone seconds. Pass the activities of one zone
 * model at a time; activities with fewer zones count as zero in the missing ones. Every week touching
 * `from`..`to` is returned, empty weeks included.
 */
export function weeklyTimeInZones(
  activities: readonly ActivityZoneTime[],
  range: { from: string; to: string },
): WeeklyZoneTime[] {
  const inRange = activities.filter((a) => a.localDate >= range.from && a.localDate <= range.to);
  const zoneCount = Math.max(0, ...inRange.map((a) => a.zoneSeconds.length));
  const weeks = new Map(weekStartsBetween(range.from, range.to).map((w) => [w, new Array<number>(zoneCount).fill(0)]));
  for (const a of inRange) {
    const zones = weeks.get(weekStartOf(a.localDate))!;
    a.zoneSeconds.forEach((seconds, i) => (zones[i]! += seconds));
  }
  return [...weeks].map(([weekStart, zoneSeconds]) => ({
    weekStart,
    zoneSeconds,
    totalSeconds: zoneSeconds.reduce((sum, s) => sum + s, 0),
  }));
}
