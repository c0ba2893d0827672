import { addDays } from '../dates';
import type { CalendarRace, RacePriority } from './types';

/**
 * Easy days before a race that is not the goal: a B race gets a short taper of three days (the 3–5 days
 * coaches give a rehearsal race), a C race only an easy day before; an A race before the goal is treated
 * as a B race with the longest mini-taper.
 */
export const RACE_TAPER_DAYS: Record<RacePriority, number> = { A: 5, B: 3, C: 1 };
/** Easy days after it, to absorb the race before training resumes. */
export const RACE_EASY_DAYS_AFTER: Record<RacePriority, number> = { A: 3, B: 2, C: 1 };

/** What a calendar race makes of a day near it. */
export type RaceDayRole = 'race' | 'pre-race' | 'post-race';

/** Each date near a calendar race with its role; a date near two races takes the race's own, then the earlier race's. */
export function raceDayRoles(races: readonly CalendarRace[]): Map<string, { role: RaceDayRole; race: CalendarRace }> {
  const roles = new Map<string, { role: RaceDayRole; race: CalendarRace }>();
  for (const race of races) roles.set(race.date, { role: 'race', race });
  for (const race of races) {
    for (let d = 1; d <= RACE_TAPER_DAYS[race.priority]; d += 1) {
      const date = addDays(race.date, -d);
      if (!roles.has(date)) roles.set(date, { role: 'pre-race', race });
    }
    for (let d = 1; d <= RACE_EASY_DAYS_AFTER[race.priority]; d += 1) {
      const date = addDays(race.date, d);
      if (!roles.has(date)) roles.set(date, { role: 'post-race', race });
    }
  }
  return roles;
}
