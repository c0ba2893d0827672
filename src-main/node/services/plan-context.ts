import { addDays } from '../../common/domain/dates';
import { computePmc, type PmcSeed } from '../../common/domain/load/pmc';
import type { PmcConvention } from '../../common/domain/load/pmc-convention';
import type { ThresholdValues } from '../../common/contract/schemas';
import { DEFAULT_RACE_PRIORITY } from '../../common/domain/events/race-details';
import type { LifeEvent } from '../../common/domain/planner/calendar-limits';
import type { RecordedActivity } from '../../common/domain/planner/recorded-days';
import { HISTORY_DAYS, summarizeTrainingHistory, type TrainingHistory } from '../../common/domain/planner/training-history';
import type { CalendarRace } from '../../common/domain/planner/types';
import { findPmcSettings } from '../db/repositories/analytics-settings';
import { listEventsBetween } from '../db/repositories/events';
import { listActivitiesBetween, type PlanActivity } from '../db/repositories/plans';
import { pmcRowsBefore } from '../db/repositories/daily-load';
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
  const decayed = computePmc({}, { from: addDays(last.date, 1), to: date, convention, seed: { ctl: last.ctl, atl: last.atl } });
  const end = decayed.at(-1)!;
  return { ctl: end.ctl, atl: end.atl };
}

/** What the athlete's record says about a block from `firstDay` to `raceDate`: history, other races, limited days. */
export interface PlanningCalendar {
  /** The history before the block's first day: where week 1 starts. */
  history: TrainingHistory | null;
  /** The history up to yesterday, for guardrails: a block under way has more of it than its first day had. */
  latestHistory: TrainingHistory | null;
  races: CalendarRace[];
  /** Logged life events, for the days they limit (eventDayLimits). */
  lifeEvents: LifeEvent[];
  /** Activities recorded from `firstDay` to yesterday: a block under way counts them as done. */
  recorded: RecordedActivity[];
}

const LIFE_EVENT_KINDS: ReadonlySet<string> = new Set(['travel', 'illness', 'injury', 'life_stress']);

export async function loadPlanningCalendar(
  ctx: ServiceContext,
  athleteId: number,
  firstDay: string,
  raceDate: string,
  today: string,
): Promise<PlanningCalendar> {
  const historyFrom = addDays(firstDay, -HISTORY_DAYS);
  const yesterday = addDays(today, -1);
  const [activities, events] = await Promise.all([
    listActivitiesBetween(ctx.db, athleteId, historyFrom, yesterday).then((rows) => rows.map(recordedActivity)),
    listEventsBetween(ctx.db, athleteId, historyFrom, raceDate),
  ]);
  const lifeEvents = events.flatMap((e): LifeEvent[] =>
    LIFE_EVENT_KINDS.has(e.kind) ? [{ kind: e.kind as LifeEvent['kind'], startDate: e.startDate, endDate: e.endDate, title: e.title }] : [],
  );
  const races = events.flatMap((e): CalendarRace[] =>
    e.kind === 'race' && e.startDate >= firstDay && e.startDate < raceDate
      ? [{ date: e.startDate, name: e.title, priority: e.priority ?? DEFAULT_RACE_PRIORITY, raceType: e.raceType }]
      : [],
  );
  const history = summarizeTrainingHistory(activities, lifeEvents, firstDay, yesterday);
  return {
    history,
    latestHistory: firstDay < today ? summarizeTrainingHistory(activities, lifeEvents, today, yesterday) : history,
    races,
    lifeEvents,
    recorded: activities.filter((a) => a.date >= firstDay),
  };
}

/** An activity as the planner's domain reads it. */
export function recordedActivity(a: PlanActivity): RecordedActivity {
  return { date: a.localDate, name: a.name, sport: a.sport, seconds: a.seconds, meters: a.meters, load: a.load };
}
