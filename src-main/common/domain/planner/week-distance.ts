import type { Sport } from '../sports';

/** The sports coaches count weekly volume in distance for. */
export const DISTANCE_SPORTS = ['run', 'bike', 'swim'] as const;
export type DistanceSport = (typeof DISTANCE_SPORTS)[number];

/** Kilometres per sport, rounded to 0.1 km; a sport without a countable distance is absent. */
export type SportDistanceKm = Partial<Record<DistanceSport, number>>;

/** A planned session or a completed activity, as far as its distance goes. */
export interface DistanceItem {
  sport: Sport;
  meters: number | null;
}

const isDistanceSport = (sport: Sport): sport is DistanceSport => (DISTANCE_SPORTS as readonly Sport[]).includes(sport);

/**
 * A week's distance per sport. A sport is left out when nothing of it covers ground, and also when any
 * of its items has no known distance (a ride planned by time, a run for an athlete without a threshold
 * pace, an indoor ride recorded without speed): a sum of only some of them would read as the week's
 * volume and understate it.
 */
export function distanceKmBySport(items: Iterable<DistanceItem>): SportDistanceKm {
  const meters = new Map<DistanceSport, number | null>();
  for (const { sport, meters: m } of items) {
    if (!isDistanceSport(sport)) continue;
    const sum = meters.get(sport);
    meters.set(sport, sum === null || m === null ? null : (sum ?? 0) + m);
  }
  const km: SportDistanceKm = {};
  for (const sport of DISTANCE_SPORTS) {
    const total = meters.get(sport) ?? 0;
    if (total > 0) km[sport] = Math.round(total / 100) / 10;
  }
  return km;
}
