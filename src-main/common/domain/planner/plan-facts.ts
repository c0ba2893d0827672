import { addDays } from '../dates';
import { weekDates } from './phases';
import type { BlockProjection } from './projection';
import type { Phase, PlannedDay, WeekTarget } from './types';

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

/**
 * The facts of a day-by-day plan: sums of its sessions per week, with the ramp of its projection. Race day
 * is left out: the guardrails govern training, and an Ironman would otherwise break every weekly limit.
 */
export function scheduledWeekFacts(
  weeks: readonly WeekTarget[],
  days: readonly PlannedDay[],
  projection: BlockProjection,
  raceDate: string,
): WeekFacts[] {
  const byDate = new Map(days.map((day) => [day.date, day]));
  return weeks.map((w, i) => {
    const sessions = weekDates(w.startDate, raceDate)
      .filter((date) => date !== raceDate)
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
