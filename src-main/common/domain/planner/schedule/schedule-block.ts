import type { ThresholdValues } from '../../thresholds';
import type { WorkoutSport } from '../../workouts/workout-schema';
import { addDays } from '../../dates';
import { raceDayRoles } from '../race-calendar';
import type {
  CalendarRace,
  DayLimit,
  Guardrails,
  KeySession,
  LibraryEntry,
  PlannedDay,
  RaceType,
  WeekTarget,
  Weekday,
  WeekdayHours,
} from '../types';
import { shortestKeySeconds } from './key-sessions';
import { planWeek } from './plan-week';
import { buildCatalog } from './session-catalog';
import { sportMix } from './sport-mix';

export interface ScheduleInput {
  weeks: readonly WeekTarget[]; // block weeks, Monday-start, week 1 first
  raceDate: string; // last day of the block (in the last week)
  raceType: RaceType;
  availability: WeekdayHours; // hours per weekday, 0 = rest day
  longSessionDay: Weekday;
  guardrails: Guardrails;
  library: readonly LibraryEntry[];
  thresholds: ThresholdValues;
  /** Days the coach locked: kept exactly as given and counted toward their week's targets. */
  lockedDays?: readonly PlannedDay[];
  /** The calendar's other races inside the block. */
  races?: readonly CalendarRace[];
  dayLimits?: readonly DayLimit[];
  /** The coach's hour caps for particular weeks (time constraints): a hard ceiling, like the guardrail's maximum. */
  weekHourCaps?: Readonly<Record<number, number>>;
  /** Split of endurance time for multisport races. */
  sportShare?: Partial<Record<WorkoutSport, number>>;
}

function weekGuardrails(input: ScheduleInput, weekIndex: number): Guardrails {
  const cap = input.weekHourCaps?.[weekIndex];
  const g = input.guardrails;
  return cap === undefined ? g : { ...g, maxWeeklyHours: Math.min(g.maxWeeklyHours, cap) };
}

/**
 * Tests go in the last week of the base and build phases: a threshold measured at the end of a phase
 * re-anchors every %-of-threshold target of the next one.
 */
function isTestWeek(weeks: readonly WeekTarget[], i: number): boolean {
  const phase = weeks[i]!.phase;
  return (phase === 'base' || phase === 'build') && weeks[i + 1]?.phase !== phase;
}

/**
 * Turns a block's weekly targets into days: the race on race day with a short, easy run-in, the long
 * session on its day, key sessions and tests on hard days that never follow each other (unless the
 * coach allows it), and easy sessions sized so each week's load and hours land on their targets
 * (±10 %) without passing a guardrail or a day's availability. Locked days are kept as given and the
 * rest of their week is planned around them. Deterministic: variety comes from rotating through the
 * library by week number.
 *
 * Returns one PlannedDay per calendar day from week 1's Monday to race day inclusive.
 */
export function scheduleBlock(input: ScheduleInput): PlannedDay[] {
  const { weeks, raceDate } = input;
  if (weeks.length === 0) throw new Error('scheduleBlock needs at least one week');
  weeks.forEach((w, i) => {
    if (i > 0 && w.startDate !== addDays(weeks[i - 1]!.startDate, 7))
      throw new Error(`week ${w.index} does not follow week ${weeks[i - 1]!.index}`);
  });
  const last = weeks[weeks.length - 1]!;
  if (raceDate < last.startDate || raceDate > addDays(last.startDate, 6))
    throw new Error(`race date ${raceDate} is not in the block's last week`);

  const catalog = buildCatalog(input.library, input.thresholds);
  const shortest = new Map<string, number | null>();
  const shortestKey = (kind: Exclude<KeySession, 'long'>, sport: WorkoutSport) => {
    const id = `${kind}/${sport}`;
    if (!shortest.has(id)) shortest.set(id, shortestKeySeconds(catalog, kind, sport));
    return shortest.get(id)!;
  };
  const lockedByDate = new Map((input.lockedDays ?? []).map((d) => [d.date, d]));
  const raceRoles = raceDayRoles((input.races ?? []).filter((r) => r.date < raceDate));
  const mix = sportMix(input.raceType, input.sportShare);

  const days: PlannedDay[] = [];
  let testOrdinal = 0;
  weeks.forEach((week, i) => {
    const testWeek = isTestWeek(weeks, i);
    const previous = days[days.length - 1];
    days.push(
      ...planWeek({
        week,
        raceDate,
        raceType: input.raceType,
        availability: input.availability,
        longSessionDay: input.longSessionDay,
        guardrails: weekGuardrails(input, week.index),
        thresholds: input.thresholds,
        catalog,
        shortestKey,
        testWeek,
        testOrdinal,
        lockedByDate,
        hardBefore: !!previous?.sessions.some((s) => s.hard),
        raceRoles,
        dayLimits: input.dayLimits ?? [],
        mix,
      }),
    );
    if (testWeek) testOrdinal++;
  });
  return days;
}
