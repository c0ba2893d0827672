import { addDays } from '../../common/domain/dates';
import { computePmc, type PmcSeed } from '../../common/domain/load/pmc';
import type { PmcConvention } from '../../common/domain/load/pmc-convention';
import type { ThresholdValues } from '../../common/domain/thresholds';
import type { RecordedActivity } from '../../common/domain/planner/recorded-days';
import { planningCalendar, type PlanningCalendar } from '../../common/domain/planner/planning-input';
import { HISTORY_DAYS } from '../../common/domain/planner/training-history';
import { findPmcSettings } from '../db/repositories/analytics-settings';
import { listEventsBetween } from '../db/repositories/events';
import { listActivitiesBetween, type PlanActivity } from '../db/repositories/plan-activities';
import { pmcRowsBefore } from '../db/repositories/pmc-days';
import { thresholdHistory, thresholdsOn } from '../db/repositories/athletes';
import type { AthleteBrief } from '../db/repositories/imports';
import { athleteToday, requireAthlete } from './analytics';
import type { ServiceContext } from './context';

/** What planning needs to know about an athlete, read once per request. */
export interface PlanningAthlete {
  athlete: AthleteBrief;
  /** The athlete's local date: days before it are history, days from it on are plan. */
  today: string;
  convention: PmcConvention;
  thresholds: ThresholdValues;
}

export async function loadPlanningAthlete(ctx: ServiceContext, athleteId: number): Promise<PlanningAthlete> {
  const athlete = await requireAthlete(ctx, athleteId);
  const today = await athleteToday(ctx, athleteId);
  const { convention } = await findPmcSettings(ctx.db, athleteId);
  const thresholds = thresholdsOn(await thresholdHistory(ctx.db, athleteId), today);
  return { athlete, today, convention, thresholds };
}

/**
 * CTL and ATL at the end of `date`: the stored PMC row of that day, or — for a day after the stored history
 * (a plan starting next week) — the last stored values decayed through rest days, which is what the
 * athlete's fitness will be if nothing is recorded before then. An athlete without history starts at 0.
 */
export async function fitnessAtEndOf(
  ctx: ServiceContext,
  athleteId: number,
  date: string,
  convention: PmcConvention,
): Promise<PmcSeed> {
  const [last] = await pmcRowsBefore(ctx.db, athleteId, addDays(date, 1), 1);
  if (!last) return { ctl: 0, atl: 0 };
  if (last.date === date) return { ctl: last.ctl, atl: last.atl };
  const decayed = computePmc(
    {},
    { from: addDays(last.date, 1), to: date, convention, seed: { ctl: last.ctl, atl: last.atl } },
  );
  const end = decayed.at(-1)!;
  return { ctl: end.ctl, atl: end.atl };
}

/** The block's calendar from the athlete's record: activities up to yesterday and events up to the race. */
export async function loadPlanningCalendar(
  ctx: ServiceContext,
  athleteId: number,
  firstDay: string,
  raceDate: string,
  today: string,
): Promise<PlanningCalendar> {
  const [activities, events] = await Promise.all([
    listActivitiesBetween(ctx.db, athleteId, addDays(firstDay, -HISTORY_DAYS), addDays(today, -1)).then((rows) =>
      rows.map(recordedActivity),
    ),
    listEventsBetween(ctx.db, athleteId, addDays(firstDay, -HISTORY_DAYS), raceDate),
  ]);
  return planningCalendar(activities, events, { firstDay, raceDate, today });
}

/** An activity as the planner's domain reads it. */
export function recordedActivity(a: PlanActivity): RecordedActivity {
  return { date: a.localDate, name: a.name, sport: a.sport, seconds: a.seconds, meters: a.meters, load: a.load };
}
