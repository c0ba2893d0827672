import { weekdayIndex } from '../dates';
import { blockWeekStarts, weekDates } from './phases';
import type { BlockInput } from './types';

/**
 * A week of the block as the load search sees it: its training days and how a weekly load spreads over
 * them. The typical spread is proportional to the hours available each day (rest days get nothing), which
 * is where the scheduler can put sessions. Race day is no training day: race week ends on race eve, as
 * the projection reads it, so race-day form is the form the athlete starts the race with.
 */
export interface WeekFrame {
  index: number;
  startDate: string;
  /** Monday–Sunday, or Monday to race eve for race week (none when the race is on a Monday). */
  dates: string[];
  /** Share of the week's load on each date, aligned with `dates`; sums to 1 unless nothing is available. */
  shares: number[];
  /** Hours available on the days that can carry load. */
  availableHours: number;
}

type AvailabilityInput = Pick<BlockInput, 'availability' | 'dayLimits'>;

/** Hours the athlete can train on a date: the weekday's availability, unless a day limit (travel, illness) says less. */
export function hoursOn(input: AvailabilityInput, date: string): number {
  const limit = input.dayLimits?.find((l) => l.date === date && l.hours !== undefined);
  return Math.max(0, limit?.hours ?? input.availability[weekdayIndex(date)] ?? 0);
}

export function buildWeekFrames(input: Pick<BlockInput, 'raceDate' | 'weeks'> & AvailabilityInput): WeekFrame[] {
  return blockWeekStarts(input.raceDate, input.weeks).map((startDate, i) => {
    const dates = weekDates(startDate, input.raceDate).filter((date) => date !== input.raceDate);
    const hours = dates.map((date) => hoursOn(input, date));
    const availableHours = hours.reduce((sum, h) => sum + h, 0);
    const shares = hours.map((h) => (availableHours > 0 ? h / availableHours : 0));
    return { index: i + 1, startDate, dates, shares, availableHours };
  });
}

/** The week's load spread over its days by the frame's shares. */
export function spreadWeekLoad(
  frame: WeekFrame,
  weekLoad: number,
  into: Record<string, number> = {},
): Record<string, number> {
  frame.dates.forEach((date, i) => {
    into[date] = weekLoad * frame.shares[i]!;
  });
  return into;
}
