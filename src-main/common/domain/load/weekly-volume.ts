import { SPORTS, type Sport } from '../sports';
import { weekStartOf, weekStartsBetween } from './training-week';

export interface ActivityVolume {
  localDate: string;
  sport: Sport;
  timerSeconds: number;
  distanceMeters: number | null;
  load: number | null;
}

export interface VolumeTotals {
  activities: number;
  seconds: number;
  distanceMeters: number;
  /** Sum of scored loads; unscored activities add time and distance but no load. */
  load: number;
}

export interface WeeklyVolume {
  /** Monday of the training week. */
  weekStart: string;
  total: VolumeTotals;
  /** Only the sports trained that week, in the order of SPORTS. */
  bySport: (VolumeTotals & { sport: Sport })[];
}

const emptyTotals = (): VolumeTotals => ({ activities: 0, seconds: 0, distanceMeters: 0, load: 0 });

function add(totals: VolumeTotals, a: ActivityVolume): void {
  totals.activities += 1;
  totals.seconds += a.timerSeconds;
  totals.distanceMeters += a.distanceMeters ?? 0;
  totals.load += a.load ?? 0;
}

/**
 * Weekly volume (time, distance, count) and load, in total and per sport, for every Monday-to-Sunday week
 * touching `from`..`to` — empty weeks included so charts keep their gaps. Activities outside the range are
 * ignored, so the first and last weeks may be partial.
 */
export function weeklyVolumeBySport(
  activities: readonly ActivityVolume[],
  range: { from: string; to: string },
): WeeklyVolume[] {
  const weeks = new Map(
    weekStartsBetween(range.from, range.to).map((w) => [
      w,
      { total: emptyTotals(), bySport: new Map<Sport, VolumeTotals>() },
    ]),
  );
  for (const a of activities) {
    if (a.localDate < range.from || a.localDate > range.to) continue;
    const week = weeks.get(weekStartOf(a.localDate))!;
    add(week.total, a);
    const sport = week.bySport.get(a.sport) ?? emptyTotals();
    add(sport, a);
    week.bySport.set(a.sport, sport);
  }
  return [...weeks].map(([weekStart, week]) => ({
    weekStart,
    total: week.total,
    bySport: SPORTS.flatMap((sport) => {
      const totals = week.bySport.get(sport);
      return totals ? [{ sport, ...totals }] : [];
    }),
  }));
}
