import { addDays } from '../dates';
import type { CalendarRace, RacePriority, RaceType } from './types';

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

/**
 * A calendar race's load before the athlete's thresholds are known, TSS: a typical amateur's finish time at
 * the race's usual intensity (TSS = hours × IF² × 100) — a 10 km in 50 min at IF 1.03, a half marathon in
 * 1 h 50 at 0.95, a marathon in 4 h at 0.85, an hour at threshold for an unknown race, a 70.3 in 6 h and an
 * Ironman in 12 h at their legs' mean IF, a gran fondo in 6 h at 0.72. The generator counts it into the
 * week's ACWR, so a race's load does not come on top of a week already at the cap.
 */
const RACE_LOAD_ESTIMATE: Record<RaceType, number> = {
  '10k': 90,
  'half-marathon': 165,
  marathon: 290,
  custom: 100,
  '70.3': 380,
  ironman: 700,
  'gran-fondo': 310,
};

export function estimatedRaceLoad(race: Pick<CalendarRace, 'raceType'>): number {
  return RACE_LOAD_ESTIMATE[race.raceType ?? 'custom'];
}
