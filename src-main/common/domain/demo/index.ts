import type { EventKind } from '../events/event-kinds';
import type { Sport } from '../sports';
import type { ThresholdEntry } from '../thresholds';
import type { WellnessDay } from '../wellness/wellness-day';
import type { ActivityRecord } from '../activity';
import { addDays, weekdayIndex } from '../dates';
import { formatClock } from '../../format';
import { inferRaceType, type RacePriority } from '../events/race-details';
import type { RaceType } from '../planner/types';
import { conditionCalendar, planEpisodes, type DemoEpisode } from './episodes';
import { buildFitnessModel } from './fitness';
import { createRandom, deriveSeed } from './random';
import { buildActivity, type AthleteSetup } from './records';
import { DEMO_TAG, planDemoRoster, type DemoAthleteSpec } from './roster';
import { planWeekSessions, type PlannedSession } from './schedule';
import { planRaces, planWeeks, type DemoRace, type DemoWeek } from './season';
import { generateWellness } from './wellness';

export { DEMO_TAG, planDemoRoster, type DemoAthleteSpec } from './roster';
export type { DemoWeek, WeekKind } from './season';
export type { DemoEpisode } from './episodes';

export const DEFAULT_DEMO_SEED = 2024;
/** Two years of history, ending yesterday (today's sessions have not happened yet). */
export const DEMO_HISTORY_DAYS = 730;
/** Only the last three weeks carry 1 Hz streams: enough for the detail screens, small enough to load fast. */
export const DEMO_STREAM_DAYS = 21;

export interface DemoEvent {
  kind: EventKind;
  startDate: string;
  endDate: string | null;
  title: string;
  body: string;
  priority: RacePriority | null;
  raceType: RaceType | null;
}

export interface DemoAthlete {
  spec: DemoAthleteSpec;
  profile: {
    name: string;
    sports: Sport[];
    sex: 'female' | 'male';
    birthYear: number;
    tags: string[];
    notes: string;
    timeZone: string;
  };
  /** Oldest first; the first entries (one per metric) all start on the first day of the history. */
  thresholdHistory: ThresholdEntry[];
  activities: ActivityRecord[];
  wellness: WellnessDay[];
  events: DemoEvent[];
  weeks: DemoWeek[];
  episodes: DemoEpisode[];
}

export interface DemoOptions {
  seed: number;
  /** ISO date the demo is made on; the history ends the day before. */
  today: string;
}

const SPORTS: Record<DemoAthleteSpec['discipline'], Sport[]> = {
  run: ['run'],
  bike: ['bike'],
  tri: ['swim', 'bike', 'run'],
};
const DISCIPLINE_TAG = { run: 'runner', bike: 'cyclist', tri: 'triathlete' } as const;
const UTC_OFFSETS = [0, 60, 60, 60, 120, -300, -240, 600];
/** Metres climbed per km on everyday routes. */
const CLIMB: Record<string, [number, number]> = { trail: [25, 40], 'gran fondo': [10, 16], gravel: [8, 14] };

/**
 * The demo's clocks never change for daylight saving, so an athlete's zone is the fixed-offset IANA zone
 * of their offset (POSIX signs: Etc/GMT-1 is one hour ahead of UTC).
 */
function fixedOffsetZone(utcOffsetMinutes: number): string {
  const hours = utcOffsetMinutes / 60;
  return hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

function raceEvent(race: DemoRace, finishSeconds: number | null, today: string): DemoEvent {
  const plan = race.priority === 'A' ? 'Season goal.' : 'Tune-up race.';
  const result =
    finishSeconds !== null
      ? `Finished in ${formatClock(finishSeconds)}.`
      : race.date < today
        ? 'Did not start: ill.'
        : plan;
  // The demo's race names say what they are, as a coach's titles do; a race of none of the planner's
  // types (a 5K, a trail ultra, a criterium) is known to be 'custom', not of unknown type.
  const raceType = inferRaceType(race.name) ?? 'custom';
  return {
    kind: 'race',
    startDate: race.date,
    endDate: null,
    title: race.name,
    body: result,
    priority: race.priority,
    raceType,
  };
}

function episodeEvent(e: DemoEpisode, today: string): DemoEvent {
  // An episode still going on today has no end date yet: the coach does not know when it will end.
  return {
    kind: e.kind,
    startDate: e.start,
    endDate: e.end >= today ? null : e.end,
    title: e.title,
    body: e.body,
    priority: null,
    raceType: null,
  };
}

/** Everything one demo athlete brings: profile, dated thresholds, two years of activities, wellness and events. */
export function generateDemoAthlete(spec: DemoAthleteSpec, options: DemoOptions): DemoAthlete {
  const random = createRandom(deriveSeed(options.seed, 'athlete', spec.index));
  const lastDay = addDays(options.today, -1);
  const firstDay = addDays(options.today, -DEMO_HISTORY_DAYS);
  const firstMonday = addDays(firstDay, -weekdayIndex(firstDay));
  const streamsFrom = addDays(options.today, -DEMO_STREAM_DAYS);

  const races = planRaces(spec.focus, firstMonday, options.today, random);
  const weeks = planWeeks(spec, firstMonday, lastDay, races, random);
  const fitness = buildFitnessModel(spec, weeks, options.today, random);
  const episodes = planEpisodes(spec, firstMonday, options.today, races, random);
  const conditions = conditionCalendar(episodes);
  const climbRange = CLIMB[spec.focus] ?? [4, 10];
  const setup: AthleteSetup = {
    utcOffsetMinutes: random.pick(UTC_OFFSETS),
    trainsEarly: random.chance(0.5),
    climbPerKm: random.between(climbRange[0], climbRange[1]),
    hasPowerMeter: spec.discipline !== 'run' && !(spec.level === 'beginner' && spec.discipline === 'tri'),
  };

  const activities: ActivityRecord[] = [];
  const dailyLoad = new Map<string, number>();
  const raceFinish = new Map<string, number>();
  for (const week of weeks) {
    const sessions = planWeekSessions(spec, week, races, conditions, lastDay, random);
    const perDay = new Map<string, PlannedSession[]>();
    for (const s of sessions) perDay.set(s.date, [...(perDay.get(s.date) ?? []), s]);
    for (const [date, daySessions] of perDay) {
      let raceClock = 0;
      daySessions.forEach((session, order) => {
        const generated = buildActivity(
          session,
          order,
          fitness.on(date),
          setup,
          date >= streamsFrom,
          random,
          raceClock,
        );
        activities.push(generated.record);
        dailyLoad.set(date, (dailyLoad.get(date) ?? 0) + generated.estimatedLoad);
        if (generated.raceSeconds !== null) {
          // Transitions take about two minutes each; the next leg starts after them.
          raceClock += generated.raceSeconds + 120;
          raceFinish.set(date, raceClock - 120);
        }
      });
    }
  }

  const wellness = generateWellness(
    spec,
    { first: firstMonday, last: options.today },
    dailyLoad,
    episodes,
    conditions,
    fitness,
    random,
  );
  const goal = races.find((r) => r.priority === 'A' && r.date >= options.today);
  const events: DemoEvent[] = [
    ...races.map((r) => raceEvent(r, raceFinish.get(r.date) ?? null, options.today)),
    ...episodes.filter((e) => e.start <= options.today).map((e) => episodeEvent(e, options.today)),
    ...episodes
      .filter((e) => e.kind === 'injury' && e.end < lastDay)
      .map((e) => ({
        kind: 'note' as const,
        startDate: addDays(e.end, 1),
        endDate: null,
        title: 'Back to full training',
        body: `Cleared after "${e.title}". Build back over two weeks.`,
        priority: null,
        raceType: null,
      })),
  ].sort((a, b) => a.startDate.localeCompare(b.startDate));

  const levelTag = spec.level === 'beginner' || spec.level === 'elite' ? [] : [spec.level];
  return {
    spec,
    profile: {
      name: spec.name,
      sports: SPORTS[spec.discipline],
      sex: spec.sex,
      birthYear: spec.birthYear,
      tags: [...new Set([DEMO_TAG, DISCIPLINE_TAG[spec.discipline], ...levelTag, ...spec.tags])],
      notes: `Demo athlete (fictional, generated). ${capitalise(spec.level)} ${DISCIPLINE_TAG[spec.discipline]}, ${spec.focus} focus, about ${spec.weeklyHours} h a week.${goal ? ` Goal: ${goal.name} on ${goal.date}.` : ''}`,
      timeZone: fixedOffsetZone(setup.utcOffsetMinutes),
    },
    thresholdHistory: fitness.history,
    activities,
    wellness,
    events,
    weeks,
    episodes,
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The whole roster at once; the loader generates one athlete at a time instead, to keep memory flat. */
export function generateDemoRoster(options: DemoOptions): DemoAthlete[] {
  return planDemoRoster(options.seed, Number(options.today.slice(0, 4))).map((spec) =>
    generateDemoAthlete(spec, options),
  );
}
