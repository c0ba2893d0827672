import { addDays } from '../dates';
import { DEFAULT_RACE_PRIORITY, type RacePriority } from '../events/race-details';
import type { PmcSeed } from '../load/pmc';
import type { PmcConvention } from '../load/pmc-convention';
import { eventDayLimits, type LifeEvent } from './calendar-limits';
import { defaultBlockSettings } from './defaults';
import { availabilityFromHistory, guardrailsFromHistory, type HistoryGuardrail } from './history-guardrails';
import type { PlanRequest } from './plan-request';
import type { RecordedActivity } from './recorded-days';
import { SPORT_MIX } from './schedule/sport-mix';
import { summarizeTrainingHistory, type TrainingHistory } from './training-history';
import type { BlockInput, CalendarRace, RaceType, Weekday, WeekdayHours } from './types';

/** An event on the athlete's record, as much of it as planning reads. */
export interface RecordEvent {
  kind: string;
  startDate: string;
  endDate: string | null;
  title: string;
  priority: RacePriority | null;
  raceType: RaceType | null;
}

/** What the athlete's record says about a block from its first day to its race: history, other races, limited days. */
export interface PlanningCalendar {
  /** The history before the block's first day: where week 1 starts. */
  history: TrainingHistory | null;
  /** The history up to yesterday, for guardrails: a block under way has more of it than its first day had. */
  latestHistory: TrainingHistory | null;
  races: CalendarRace[];
  /** Logged life events, for the days they limit (eventDayLimits). */
  lifeEvents: LifeEvent[];
  /** Activities recorded from the block's first day to yesterday: a block under way counts them as done. */
  recorded: RecordedActivity[];
}

const LIFE_EVENT_KINDS: ReadonlySet<string> = new Set(['travel', 'illness', 'injury', 'life_stress']);

/**
 * Reads a block's calendar from the athlete's activities (up to yesterday) and events: the races between its
 * first day and the goal race, and the life events that limit days or mark weeks as not normal.
 */
export function planningCalendar(
  activities: readonly RecordedActivity[],
  events: readonly RecordEvent[],
  span: { firstDay: string; raceDate: string; today: string },
): PlanningCalendar {
  const { firstDay, raceDate, today } = span;
  const yesterday = addDays(today, -1);
  const lifeEvents = events.flatMap((e): LifeEvent[] =>
    LIFE_EVENT_KINDS.has(e.kind)
      ? [{ kind: e.kind as LifeEvent['kind'], startDate: e.startDate, endDate: e.endDate, title: e.title }]
      : [],
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
    recorded: activities.filter((a) => a.date >= firstDay && a.date <= yesterday),
  };
}

type SportShare = NonNullable<BlockInput['sportShare']>;

/**
 * A triathlon's split of endurance time: the athlete's own over the last twelve weeks when they trained
 * every leg, so the block continues what they do; the race's usual split otherwise. Whole percents, as
 * the form shows them.
 */
export function defaultSportShare(raceType: RaceType, history: TrainingHistory | null): SportShare | undefined {
  const sports = SPORT_MIX[raceType].sports;
  if (sports.length < 3) return undefined;
  const own = history?.baseline.sportShare ?? {};
  const share = sports.every((s) => (own[s] ?? 0) > 0) ? own : SPORT_MIX[raceType].timeShare;
  const swim = Math.round((share.swim ?? 0) * 100);
  const run = Math.round((share.run ?? 0) * 100);
  return { swim: swim / 100, bike: (100 - swim - run) / 100, run: run / 100 };
}

/** Where the athlete stands on the eve of the block. */
export interface PlanningAthleteState {
  /** The athlete's local date: days before it are history, days from it on are plan. */
  today: string;
  convention: PmcConvention;
  /** CTL and ATL at the end of the day before week 1. */
  seed: PmcSeed;
}

/**
 * The generator's input for a new block: the coach's settings over defaults taken from the athlete's
 * history (weekly hours, longest session) and the race, the athlete's fitness on the eve of the block, their
 * recent training, the other races and the days logged events limit.
 */
export function composeBlockInput(
  request: PlanRequest,
  span: { startDate: string; weeks: number },
  athlete: PlanningAthleteState,
  calendar: PlanningCalendar,
): BlockInput & { fromHistory: HistoryGuardrail[] } {
  const { startDate, weeks } = span;
  const { today } = athlete;
  const defaults = defaultBlockSettings(request.raceType);
  const fromHistory = guardrailsFromHistory(request.raceType, calendar.latestHistory);
  const chosen = Object.keys(request.guardrails);
  const fitted =
    request.availability === undefined
      ? availabilityFromHistory(defaults.availability, fromHistory.guardrails.maxWeeklyHours)
      : null;
  const availability = (request.availability as unknown as WeekdayHours | undefined) ?? fitted ?? defaults.availability;
  const sportShare = request.sportShare ?? defaultSportShare(request.raceType, calendar.latestHistory);
  const dayLimits = eventDayLimits(
    calendar.lifeEvents,
    availability,
    today > startDate ? today : startDate,
    addDays(request.raceDate, -1),
    today,
  );
  return {
    raceDate: request.raceDate,
    raceType: request.raceType,
    weeks,
    pattern: request.pattern,
    startCtl: athlete.seed.ctl,
    startAtl: athlete.seed.atl,
    availability,
    longSessionDay: (request.longSessionDay as Weekday | undefined) ?? defaults.longSessionDay,
    guardrails: { ...fromHistory.guardrails, ...request.guardrails },
    fromHistory: [
      ...fromHistory.fromHistory.filter((key) => !chosen.includes(key)),
      ...(fitted ? (['availability'] as const) : []),
    ],
    tsbWindow: request.tsbWindow ?? defaults.tsbWindow,
    convention: athlete.convention,
    ...(request.targetRaceCtl === undefined ? {} : { targetRaceCtl: request.targetRaceCtl }),
    ...(calendar.history ? { baseline: calendar.history.baseline } : {}),
    ...(request.startLoad ? { startLoad: request.startLoad } : {}),
    ...(calendar.races.length > 0 ? { races: calendar.races } : {}),
    ...(dayLimits.length > 0 ? { dayLimits } : {}),
    ...(sportShare ? { sportShare } : {}),
    ...(startDate < today ? { plannedFrom: today, doneWeekLoads: doneWeekLoads(calendar, startDate, today) } : {}),
  };
}

/** What the athlete recorded in each week of the block that is over, by week index. */
function doneWeekLoads(calendar: PlanningCalendar, startDate: string, today: string): Record<number, number> {
  const loads: Record<number, number> = {};
  for (let week = 1; addDays(startDate, 7 * week - 1) < today; week += 1) {
    const from = addDays(startDate, 7 * (week - 1));
    const to = addDays(from, 6);
    loads[week] = calendar.recorded
      .filter((a) => a.date >= from && a.date <= to)
      .reduce((sum, a) => sum + (a.load ?? 0), 0);
  }
  return loads;
}
