import { daysBetween } from '../dates';
import type { DailyLoads } from '../load/daily-load';
import { computePmc } from '../load/pmc';
import type { BlockInput, PlannedDay, ProjectedDay, ProjectedWeek, RaceDayProjection } from './types';

/** A plan's fitness projection: the same PMC as the athlete's history, run over planned loads. */
export interface BlockProjection {
  days: ProjectedDay[];
  weeks: ProjectedWeek[];
  raceDay: RaceDayProjection;
}

export type ProjectionStart = Pick<BlockInput, 'raceDate' | 'startCtl' | 'startAtl' | 'convention'>;

/** Planned load per day: the sum of the day's sessions. */
export function plannedDailyLoads(days: readonly PlannedDay[]): Record<string, number> {
  return Object.fromEntries(days.map((day) => [day.date, day.sessions.reduce((sum, s) => sum + s.plannedLoad, 0)]));
}

/**
 * Runs daily loads from week 1's Monday to race day through computePmc, seeded with the CTL and ATL of the
 * day before the block, and reads every week on its last day.
 *
 * The race itself is not training: race week is read on race eve, and race day's fitness and form are the
 * ones the athlete starts the race with — CTL and ATL at the end of race eve and their difference, which is
 * TrainingPeaks' race-day TSB and the same under either form dating. So a scheduled race session shows on
 * the chart without counting against the ramp limit or the form window.
 */
export function projectLoads(
  loads: DailyLoads,
  weekStarts: readonly string[],
  start: ProjectionStart,
): BlockProjection {
  const first = weekStarts[0];
  if (first === undefined) throw new RangeError('a block needs at least one week');
  const rows = computePmc(loads, {
    from: first,
    to: start.raceDate,
    convention: start.convention,
    seed: { ctl: start.startCtl, atl: start.startAtl },
  });
  const days = rows.map(({ date, load, ctl, atl, tsb }) => ({ date, load, ctl, atl, tsb }));
  const training = days.slice(0, -1);
  const eve = training.at(-1) ?? { ctl: start.startCtl, atl: start.startAtl, tsb: start.startCtl - start.startAtl };
  let previousCtl = start.startCtl;
  let previousTsb = start.startCtl - start.startAtl;
  const weeks = weekStarts.map((weekStart, i) => {
    const from = daysBetween(first, weekStart);
    const inWeek = training.slice(from, from + 7);
    const last = inWeek.at(-1);
    const week: ProjectedWeek = {
      index: i + 1,
      load: inWeek.reduce((sum, d) => sum + d.load, 0),
      projectedCtl: last?.ctl ?? previousCtl,
      projectedTsb: last?.tsb ?? previousTsb,
      ramp: last ? last.ctl - previousCtl : 0,
    };
    previousCtl = week.projectedCtl;
    previousTsb = week.projectedTsb;
    return week;
  });
  return { days, weeks, raceDay: { date: start.raceDate, projectedCtl: eve.ctl, projectedTsb: eve.ctl - eve.atl } };
}

/** The projection of a day-by-day plan, e.g. the scheduler's output or a plan the coach edited. */
export function projectPlannedDays(
  days: readonly PlannedDay[],
  weekStarts: readonly string[],
  start: ProjectionStart,
): BlockProjection {
  return projectLoads(plannedDailyLoads(days), weekStarts, start);
}
