import type { WorkoutSport } from '../../workouts/workout-schema';
import type { RaceType } from '../types';

/** Which sports a block trains for its race, and how their time is shared. */
export interface SportMix {
  /** Endurance sports of the race, in the order key sessions rotate through them. */
  sports: readonly WorkoutSport[];
  /** Share of the week's endurance time per sport; sums to 1. */
  timeShare: Partial<Record<WorkoutSport, number>>;
  /** The sport of the week's long session. */
  longSport: WorkoutSport;
  /** Whether a strength session is added in base and build weeks (runners: injury resilience and economy). */
  strength: boolean;
}

const RUN_ONLY: SportMix = { sports: ['run'], timeShare: { run: 1 }, longSport: 'run', strength: true };

/**
 * Triathlon time split about 20 % swim, 50 % bike, 30 % run — the middle of what long-course coaches
 * prescribe (Friel, The Triathlete's Training Bible). The long session is the ride, the longest leg.
 */
const TRIATHLON: SportMix = {
  sports: ['bike', 'run', 'swim'],
  timeShare: { swim: 0.2, bike: 0.5, run: 0.3 },
  longSport: 'bike',
  strength: false,
};

export const SPORT_MIX: Record<RaceType, SportMix> = {
  marathon: RUN_ONLY,
  'half-marathon': RUN_ONLY,
  '10k': RUN_ONLY,
  custom: RUN_ONLY,
  'gran-fondo': { sports: ['bike'], timeShare: { bike: 1 }, longSport: 'bike', strength: false },
  '70.3': TRIATHLON,
  ironman: TRIATHLON,
};

/** The race's mix with the coach's (or the history's) split of time between its sports, normalised to 1. */
export function sportMix(raceType: RaceType, share?: Partial<Record<WorkoutSport, number>>): SportMix {
  const mix = SPORT_MIX[raceType];
  if (!share || mix.sports.length < 2) return mix;
  const total = mix.sports.reduce((sum, s) => sum + Math.max(0, share[s] ?? 0), 0);
  if (!(total > 0)) return mix;
  return { ...mix, timeShare: Object.fromEntries(mix.sports.map((s) => [s, Math.max(0, share[s] ?? 0) / total])) };
}
