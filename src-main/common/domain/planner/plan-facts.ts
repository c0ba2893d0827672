import { addDays, daysBetween } from '../dates';
import { ACWR_ACUTE_DAYS, ACWR_CHRONIC_DAYS, ACWR_MIN_CHRONIC_DAILY_LOAD, rollingAcwr } from '../load/load-ratios';
import { weekDates } from './phases';
import type { BlockProjection } from './projection';
import type { BlockInput, Phase, PlannedDay, WeekTarget } from './types';

/** What one week of a plan holds, the numbers every guardrail is checked against. */
export interface WeekFacts {
  index: number;
  phase: Phase;
  recovery: boolean;
  load: number;
  hours: number;
  /** Share of the week's training time above LT2. */
  highShare: number;
  longestSessionSeconds: number;
  /** CTL rise over the week on the projection. */
  ramp: number;
}

/** The facts of the weekly targets, with the ramp of their projection. */
export function targetWeekFacts(weeks: readonly WeekTarget[], projection: BlockProjection): WeekFacts[] {
  return weeks.map((w, i) => ({
    index: w.index,
    phase: w.phase,
    recovery: w.recovery,
    load: w.targetLoad,
    hours: w.targetHours,
    highShare: w.intensity.high,
    longestSessionSeconds: w.longSessionSeconds,
    ramp: projection.weeks[i]!.ramp,
  }));
}

/** The goal race's date first, then the calendar's other races inside the block. */
export function raceDates(input: Pick<BlockInput, 'raceDate' | 'races'>): string[] {
  return [input.raceDate, ...(input.races ?? []).map((r) => r.date).filter((d) => d < input.raceDate)];
}

/**
 * The facts of a day-by-day plan: sums of its sessions per week, with the ramp of its projection. Race days
 * are left out: the guardrails govern training, and an Ironman would otherwise break every weekly limit.
 * `raceDates` starts with the goal race, the block's last day.
 */
export function scheduledWeekFacts(
  weeks: readonly WeekTarget[],
  days: readonly PlannedDay[],
  projection: BlockProjection,
  raceDates: readonly string[],
): WeekFacts[] {
  const byDate = new Map(days.map((day) => [day.date, day]));
  const races = new Set(raceDates);
  return weeks.map((w, i) => {
    const sessions = weekDates(w.startDate, raceDates[0]!)
      .filter((date) => !races.has(date))
      .flatMap((date) => byDate.get(date)?.sessions ?? []);
    const seconds = sessions.reduce((sum, s) => sum + s.plannedSeconds, 0);
    const bandSeconds = sessions.reduce(
      (sum, s) => sum + s.bandSeconds.low + s.bandSeconds.moderate + s.bandSeconds.high,
      0,
    );
    const highSeconds = sessions.reduce((sum, s) => sum + s.bandSeconds.high, 0);
    return {
      index: w.index,
      phase: w.phase,
      recovery: w.recovery,
      load: sessions.reduce((sum, s) => sum + s.plannedLoad, 0),
      hours: seconds / 3600,
      highShare: bandSeconds > 0 ? highSeconds / bandSeconds : 0,
      longestSessionSeconds: sessions.reduce((longest, s) => Math.max(longest, s.plannedSeconds), 0),
      ramp: projection.weeks[i]!.ramp,
    };
  });
}

/** Consecutive dates that both hold a hard session, as [first, second] pairs. */
export function backToBackHardDays(days: readonly PlannedDay[]): [string, string][] {
  const hard = new Set(days.filter((day) => day.sessions.some((s) => s.hard)).map((day) => day.date));
  return [...hard]
    .sort()
    .flatMap((date): [string, string][] => (hard.has(addDays(date, 1)) ? [[date, addDays(date, 1)]] : []));
}

/** The planned ACWR of one week and the two sums it is made of. */
export interface WeekAcwr {
  ratio: number;
  /** Load of the acute week (the week's last seven days, race week's up to race eve). */
  acuteLoad: number;
  /** Load of the 21 days before it, the rest of the chronic window. */
  priorLoad: number;
}

/**
 * Planned ACWR at the end of each week (race week: on race eve), the coupled 7 ÷ 28-day form of
 * load-ratios.ts over the athlete's real days before the block and the plan's days after; null where the
 * chronic mean is under the judging floor, as the inbox leaves it unjudged.
 */
export function plannedAcwrWeeks(
  weeks: readonly Pick<WeekTarget, 'startDate'>[],
  dailyLoads: Readonly<Record<string, number>>,
  priorDailyLoads: readonly number[],
  raceDate: string,
): (WeekAcwr | null)[] {
  if (weeks.length === 0) return [];
  const first = weeks[0]!.startDate;
  const series = [...priorDailyLoads];
  const offset = series.length;
  for (let date = first; date < raceDate; date = addDays(date, 1)) series.push(dailyLoads[date] ?? 0);
  return weeks.map((w) => {
    const end = Math.min(offset + daysBetween(first, w.startDate) + 7, series.length);
    if (end < ACWR_CHRONIC_DAYS) return null;
    const window = series.slice(end - ACWR_CHRONIC_DAYS, end);
    const chronic = window.reduce((sum, l) => sum + l, 0) / ACWR_CHRONIC_DAYS;
    if (chronic < ACWR_MIN_CHRONIC_DAILY_LOAD) return null;
    const acuteLoad = window.slice(-ACWR_ACUTE_DAYS).reduce((sum, l) => sum + l, 0);
    return { ratio: rollingAcwr(window)!, acuteLoad, priorLoad: chronic * ACWR_CHRONIC_DAYS - acuteLoad };
  });
}

/** The ratios of plannedAcwrWeeks alone, as the plan and its view show them. */
export function plannedAcwr(
  weeks: readonly Pick<WeekTarget, 'startDate'>[],
  dailyLoads: Readonly<Record<string, number>>,
  priorDailyLoads: readonly number[],
  raceDate: string,
): (number | null)[] {
  return plannedAcwrWeeks(weeks, dailyLoads, priorDailyLoads, raceDate).map((w) => w?.ratio ?? null);
}

/**
 * Load to take out of a week's acute days to bring its ACWR to `limit`: coupled, 4·A/(A + P) ≤ a ⇔
 * A ≤ a·P/(4 − a). Taking the chronic mean under the judging floor also settles it, when that is less.
 */
export function acwrExcessLoad(week: WeekAcwr, limit: number): number {
  const underLimit =
    limit < ACWR_CHRONIC_DAYS / ACWR_ACUTE_DAYS
      ? (limit * week.priorLoad) / (ACWR_CHRONIC_DAYS / ACWR_ACUTE_DAYS - limit)
      : Number.POSITIVE_INFINITY;
  const unjudged = week.acuteLoad + week.priorLoad - ACWR_CHRONIC_DAYS * ACWR_MIN_CHRONIC_DAILY_LOAD;
  return Math.max(0, Math.min(week.acuteLoad - underLimit, unjudged));
}
