import type { ThresholdValues } from '../thresholds';
import type { GeneratedBlock, WeekCalibration } from './block-generator';
import { formInWindow, guardrailBreaches, taperBreaches } from './guardrail-breaches';
import { plannedAcwrWeeks, raceDates, scheduledWeekFacts, type WeekAcwr, type WeekFacts } from './plan-facts';
import { plannedDailyLoads, projectLoads, type BlockProjection } from './projection';
import { scheduleBlock } from './schedule';
import type { BlockInput, LibraryEntry, PlannedDay, TsbWindow } from './types';
import type { WeekFrame } from './week-frames';

export interface PlanBlockOptions {
  library: readonly LibraryEntry[];
  thresholds: ThresholdValues;
  /** Days kept exactly as they are (coach-locked or already past), counted toward their weeks. */
  lockedDays?: readonly PlannedDay[];
}

export interface PlanContext {
  input: BlockInput;
  options: PlanBlockOptions;
  frames: readonly WeekFrame[];
  /** The input with the narrowed form window the generator aims at. */
  aimed: BlockInput;
}

/** Weekly targets, the days scheduled from them, and how those days measure up. */
export interface Attempt {
  generated: GeneratedBlock;
  days: PlannedDay[];
  projection: BlockProjection;
  facts: WeekFacts[];
  /** Planned ACWR per week over the athlete's days before the block. */
  acwr: (WeekAcwr | null)[];
  /** Guardrail (ACWR included) and taper breaches, plus one when race-day TSB is outside the window. */
  misses: number;
}

/**
 * The scheduler lands within ±10 % of a week's targets; a week delivered further off met a limit of its
 * own — short available days below, race week's shakeout sessions above — which becomes that week's
 * ceiling or floor instead of a reason to ask for more or less.
 */
const DELIVERY_TOLERANCE = 0.1;

/** Schedules the targets (keeping `lockedDays` as they are) and measures the result on its projection. */
export function scheduleAttempt(
  context: PlanContext,
  generated: GeneratedBlock,
  lockedDays: readonly PlannedDay[],
): Attempt {
  const { input, options } = context;
  const days = scheduleBlock({
    weeks: generated.weeks,
    raceDate: input.raceDate,
    raceType: input.raceType,
    availability: input.availability,
    longSessionDay: input.longSessionDay,
    guardrails: input.guardrails,
    library: options.library,
    thresholds: options.thresholds,
    ...(lockedDays.length > 0 ? { lockedDays } : {}),
    ...(input.races ? { races: input.races } : {}),
    ...(input.dayLimits ? { dayLimits: input.dayLimits } : {}),
    ...(input.weekHourCaps ? { weekHourCaps: input.weekHourCaps } : {}),
    ...(input.sportShare ? { sportShare: input.sportShare } : {}),
  });
  return measureAttempt(context, generated, days);
}

function measureAttempt(context: PlanContext, generated: GeneratedBlock, days: PlannedDay[]): Attempt {
  const { input, frames } = context;
  const loads = plannedDailyLoads(days);
  const projection = projectLoads(
    loads,
    frames.map((f) => f.startDate),
    input,
  );
  const facts = scheduledWeekFacts(generated.weeks, days, projection, raceDates(input));
  const acwr = plannedAcwrWeeks(generated.weeks, loads, input.baseline?.priorDailyLoads ?? [], input.raceDate);
  const breaches = guardrailBreaches(input, facts, generated, acwr).length + taperBreaches(facts, generated).length;
  const formMiss = formInWindow(projection.raceDay.projectedTsb, input.tsbWindow) ? 0 : 1;
  return { generated, days, projection, facts, acwr, misses: breaches + formMiss };
}

/**
 * Fewer misses wins; between equals, race-day TSB nearer the window, then the higher race-day CTL (the
 * first on a tie).
 */
export function better(a: Attempt, b: Attempt, window: TsbWindow): Attempt {
  if (a.misses !== b.misses) return a.misses < b.misses ? a : b;
  const off = (x: Attempt) => {
    const tsb = x.projection.raceDay.projectedTsb;
    return Math.max(0, window.min - tsb, tsb - window.max);
  };
  if (off(a) !== off(b)) return off(a) < off(b) ? a : b;
  return b.projection.raceDay.projectedCtl > a.projection.raceDay.projectedCtl ? b : a;
}

/** How each week of a schedule spread and converted its load, relative to the targets it was asked for. */
export function calibrate(attempt: Attempt, context: PlanContext): (WeekCalibration | undefined)[] {
  const loads = plannedDailyLoads(attempt.days);
  // Races are not what the targets asked for (the generator counts a calendar race's estimated load on its
  // own): counted in, a B race's 160 TSS made its week's 40 TSS of training look delivered five times over
  // at 245 TSS an hour, and the next targets left that week no time to train.
  const races = new Set(raceDates(context.input));
  return context.frames.map((frame, i) => {
    const dayLoads = frame.dates.map((date) => (races.has(date) ? 0 : (loads[date] ?? 0)));
    const load = dayLoads.reduce((sum, l) => sum + l, 0);
    const { hours } = attempt.facts[i]!;
    const asked = attempt.generated.weeks[i]!.targetLoad;
    if (load <= 0 || hours <= 0 || asked <= 0) return undefined;
    const delivery = load / asked;
    return {
      shares: dayLoads.map((l) => l / load),
      delivery: Math.min(Math.max(delivery, 1 - DELIVERY_TOLERANCE), 1 + DELIVERY_TOLERANCE),
      loadPerHour: load / hours,
      ...(delivery < 1 - DELIVERY_TOLERANCE ? { ceiling: load } : {}),
      ...(delivery > 1 + DELIVERY_TOLERANCE ? { floor: load } : {}),
    };
  });
}

/** The scheduled days outside the given dates, plus the coach's locked days: what a partial re-schedule keeps. */
export function keptDays(context: PlanContext, attempt: Attempt, replanned: (date: string) => boolean): PlannedDay[] {
  const locked = context.options.lockedDays ?? [];
  const lockedDates = new Set(locked.map((d) => d.date));
  return [...locked, ...attempt.days.filter((d) => !replanned(d.date) && !lockedDates.has(d.date))];
}
