import { addDays, daysBetween, weekdayIndex } from '../dates';
import type { RaceType } from '../planner/types';
import { createRandom, deriveSeed, shuffled } from './random';
import type { DemoDiscipline, DemoLevel } from './roster';
import { longSessionWeekday } from './schedule';
import type { DemoWeek } from './season';

/** A training block the demo's coach planned for one athlete, toward an A race on the athlete's calendar. */
export interface DemoBlock {
  athleteIndex: number;
  discipline: DemoDiscipline;
  /** Monday of week 1; the plan is created as of this day, as the coach would have made it then. */
  startDate: string;
  raceDate: string;
  raceName: string;
  raceType: RaceType;
  longSessionDay: number;
  /** The race is over: the whole block is the athlete's history. */
  finished: boolean;
}

/** What the demo knows about one athlete's season, enough to place their blocks. */
export interface DemoSeason {
  index: number;
  discipline: DemoDiscipline;
  weeks: readonly DemoWeek[];
  races: readonly { date: string; name: string; priority: 'A' | 'B' | 'C' | null; raceType: RaceType | null }[];
}

/** A block under way is at least this old, so its past weeks show compliance, and at most this old. */
const MID_BLOCK_MIN_WEEKS = 4;
const MID_BLOCK_MAX_WEEKS = 10;
/** The planner's limits on a block's length, race week included. */
const BLOCK_MIN_WEEKS = 8;
const BLOCK_MAX_WEEKS = 30;
/** A finished block is as long as the demo's build before its race, within what coaches commonly plan. */
const FINISHED_BLOCK_WEEKS: readonly [number, number] = [8, 20];
/** Plans for up to this many athletes per discipline, so the roster stays mixed: most athletes have none. */
const PLANNED_PER_DISCIPLINE = 3;

/**
 * Race types the planner plans for the athlete's sports and distance. A 'custom' race is planned as an
 * hour-long run, which a 5000 m or a 50K ultra is not, and there is no type for a criterium, a time trial
 * or a short triathlon, so those athletes' goals are left unplanned.
 */
const PLANNABLE: Record<DemoDiscipline, readonly RaceType[]> = {
  run: ['marathon', 'half-marathon', '10k'],
  bike: ['gran-fondo'],
  tri: ['70.3', 'ironman'],
};

const mondayOf = (date: string) => addDays(date, -weekdayIndex(date));

/** Weeks since the demo's current build began (after the last race or off-season), as of a Monday. */
function buildAgeWeeks(weeks: readonly DemoWeek[], monday: string): number | null {
  const week = weeks.findLast((w) => w.start <= monday);
  return week ? week.weeksIntoBlock + daysBetween(week.start, monday) / 7 : null;
}

const aRaces = (season: DemoSeason) => season.races.filter((r) => r.priority === 'A');

const plannable = (season: DemoSeason, race: DemoSeason['races'][number]) =>
  race.raceType !== null && PLANNABLE[season.discipline].includes(race.raceType);

/** The block toward the athlete's next A race that is under way today, if their season has one 4–10 weeks old. */
export function blockUnderWay(season: DemoSeason, today: string): DemoBlock | null {
  const goal = aRaces(season).find((r) => r.date > today);
  const monday = mondayOf(today);
  const age = buildAgeWeeks(season.weeks, monday);
  if (!goal || !plannable(season, goal) || age === null) return null;
  const weeksAhead = daysBetween(monday, mondayOf(goal.date)) / 7;
  const weeksDone = Math.min(Math.floor(age), MID_BLOCK_MAX_WEEKS, BLOCK_MAX_WEEKS - 1 - weeksAhead);
  if (weeksDone < MID_BLOCK_MIN_WEEKS || weeksDone + weeksAhead + 1 < BLOCK_MIN_WEEKS) return null;
  const startDate = addDays(monday, -7 * weeksDone);
  // An A race since the block began would have ended it: that athlete is between blocks.
  if (aRaces(season).some((r) => r.date >= startDate && r.date <= today)) return null;
  return block(season, goal, startDate, false);
}

/** The block that ended with the athlete's last A race before today. */
export function lastFinishedBlock(season: DemoSeason, today: string): DemoBlock | null {
  const goal = aRaces(season).findLast((r) => r.date < today);
  if (!goal || !plannable(season, goal)) return null;
  const raceMonday = mondayOf(goal.date);
  const age = buildAgeWeeks(season.weeks, raceMonday);
  if (age === null) return null;
  const weeks = Math.min(Math.max(Math.floor(age) + 1, FINISHED_BLOCK_WEEKS[0]), FINISHED_BLOCK_WEEKS[1]);
  const startDate = addDays(raceMonday, -7 * (weeks - 1));
  if (startDate < season.weeks[0]!.start || aRaces(season).some((r) => r.date >= startDate && r.date < goal.date))
    return null;
  return block(season, goal, startDate, true);
}

function block(season: DemoSeason, goal: DemoSeason['races'][number], startDate: string, finished: boolean): DemoBlock {
  return {
    athleteIndex: season.index,
    discipline: season.discipline,
    startDate,
    raceDate: goal.date,
    raceName: goal.name,
    raceType: goal.raceType!,
    longSessionDay: longSessionWeekday(season.discipline),
    finished,
  };
}

/**
 * The coach's plans across the roster: the athlete whose goal race is the most recent has just finished
 * a block; a few athletes of each discipline, drawn by the seed, are in a block under way; the rest
 * have no plan, as in a real practice where not everyone trains to a written block.
 */
export function chooseDemoBlocks(seasons: readonly DemoSeason[], today: string, seed: number): DemoBlock[] {
  const finished = seasons
    .map((s) => lastFinishedBlock(s, today))
    .filter((b) => b !== null)
    .sort((a, b) => b.raceDate.localeCompare(a.raceDate) || a.athleteIndex - b.athleteIndex)[0];
  const chosen: DemoBlock[] = finished ? [finished] : [];
  const perDiscipline = new Map<DemoDiscipline, number>();
  for (const season of shuffled(seasons, createRandom(deriveSeed(seed, 'plans')))) {
    if (season.index === finished?.athleteIndex) continue;
    const count = perDiscipline.get(season.discipline) ?? 0;
    if (count >= PLANNED_PER_DISCIPLINE) continue;
    const underWay = blockUnderWay(season, today);
    if (!underWay) continue;
    chosen.push(underWay);
    perDiscipline.set(season.discipline, count + 1);
  }
  return chosen.sort((a, b) => a.athleteIndex - b.athleteIndex);
}

/** A call cadence the coach set and the day of the last call, or null for an athlete without regular calls. */
export interface DemoCallSchedule {
  cadenceDays: number;
  lastCall: string;
}

/**
 * Athletes on a plan get a weekly call (elite and advanced) or one every two weeks; of the others about
 * half get a monthly one. The last call falls anywhere from yesterday to a few days past the cadence, so
 * some calls are due today and some are not.
 */
export function demoCallSchedule(
  athlete: { index: number; level: DemoLevel },
  planned: boolean,
  seed: number,
  today: string,
): DemoCallSchedule | null {
  const random = createRandom(deriveSeed(seed, 'calls', athlete.index));
  const monthly = random.chance(0.5);
  if (!planned && !monthly) return null;
  const cadenceDays = !planned ? 28 : athlete.level === 'elite' || athlete.level === 'advanced' ? 7 : 14;
  return { cadenceDays, lastCall: addDays(today, -random.int(1, cadenceDays + 4)) };
}
