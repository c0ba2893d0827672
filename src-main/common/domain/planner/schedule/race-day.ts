import type { StepTarget, WorkoutDefinition, WorkoutSport, WorkoutStep } from '../../workouts/workout-schema';
import type { RaceType } from '../types';

/**
 * One leg of a race at its realistic pacing, as % of the sport's threshold (speed for run and swim,
 * power for the bike). Durations follow from the athlete's thresholds through summarizeWorkout.
 * - Running: marathon ≈ 89–93 % of threshold speed, half ≈ 94–97 %, 10 km ≈ 101–105 % (Daniels'
 *   VDOT tables put marathon pace at 0.91–0.93 and half-marathon pace at 0.94–0.97 of T-pace speed).
 * - Triathlon: common long-course pacing guidance — 70.3 bike at IF 0.78–0.85 and Ironman at
 *   0.68–0.75, the swim near aerobic pace, the run well under open-race pace because it follows the ride.
 * - Gran fondo: a long mass-start ride at IF 0.70–0.80.
 * - Custom: an A-race of about an hour at threshold effort, the least presumptuous default.
 */
interface RaceLeg {
  sport: WorkoutSport;
  label: string;
  distanceMeters?: number;
  seconds?: number;
  percent: [number, number];
  warmupSeconds?: number;
}

const RACE_LEGS: Record<RaceType, RaceLeg[]> = {
  marathon: [{ sport: 'run', label: 'Marathon', distanceMeters: 42_195, percent: [89, 93] }],
  'half-marathon': [
    { sport: 'run', label: 'Half marathon', distanceMeters: 21_097.5, percent: [94, 97], warmupSeconds: 600 },
  ],
  '10k': [{ sport: 'run', label: '10 km', distanceMeters: 10_000, percent: [101, 105], warmupSeconds: 900 }],
  custom: [{ sport: 'run', label: 'Race', seconds: 3600, percent: [97, 101], warmupSeconds: 900 }],
  'gran-fondo': [{ sport: 'bike', label: 'Gran fondo', distanceMeters: 160_000, percent: [70, 80] }],
  '70.3': [
    { sport: 'swim', label: '70.3 swim', distanceMeters: 1900, percent: [88, 94] },
    { sport: 'bike', label: '70.3 bike', distanceMeters: 90_000, percent: [78, 85] },
    { sport: 'run', label: '70.3 run', distanceMeters: 21_097.5, percent: [84, 90] },
  ],
  ironman: [
    { sport: 'swim', label: 'Ironman swim', distanceMeters: 3800, percent: [85, 91] },
    { sport: 'bike', label: 'Ironman bike', distanceMeters: 180_000, percent: [68, 75] },
    { sport: 'run', label: 'Ironman run', distanceMeters: 42_195, percent: [78, 84] },
  ],
};

function legTarget(sport: WorkoutSport, [low, high]: [number, number]): StepTarget {
  const range = { low, high };
  if (sport === 'bike') return { type: 'ftpPercent', range };
  if (sport === 'swim') return { type: 'cssPercent', range };
  return { type: 'thresholdPacePercent', range };
}

function raceLegDefinition(leg: RaceLeg, raceName?: string): WorkoutDefinition {
  const steps: WorkoutStep[] = [];
  if (leg.warmupSeconds) {
    steps.push({
      kind: 'step',
      intent: 'warmup',
      duration: { type: 'time', seconds: leg.warmupSeconds },
      target: legTarget(leg.sport, [65, 75]),
      note: 'easy, a few strides',
    });
  }
  steps.push({
    kind: 'step',
    intent: 'work',
    duration:
      leg.distanceMeters !== undefined
        ? { type: 'distance', meters: leg.distanceMeters }
        : { type: 'time', seconds: leg.seconds! },
    target: legTarget(leg.sport, leg.percent),
    note: 'race pace: even effort',
  });
  return {
    name: raceName ? `${raceName} — ${leg.label.toLowerCase()}` : `${leg.label} — race`,
    sport: leg.sport,
    category: 'race-pace',
    description:
      "Race day. Planned at the realistic pacing for this race type; the time follows from the athlete's thresholds.",
    steps,
  };
}

/** The race as sessions, one per leg (triathlons: swim, bike and run), named after the race when it has a name. */
export function raceSessions(raceType: RaceType, raceName?: string): WorkoutDefinition[] {
  return RACE_LEGS[raceType].map((leg) => raceLegDefinition(leg, raceName));
}

/** Race intensity per sport (IF at the leg's midpoint), so race-pace sessions can be matched to the race. */
export function raceIntensity(raceType: RaceType, sport: WorkoutSport): number | null {
  const leg = RACE_LEGS[raceType].find((l) => l.sport === sport);
  return leg ? (leg.percent[0] + leg.percent[1]) / 200 : null;
}

/** The race intensities of every race type with a leg in this sport. */
export function raceIntensitiesOf(sport: WorkoutSport): number[] {
  return Object.values(RACE_LEGS).flatMap((legs) =>
    legs.filter((l) => l.sport === sport).map((l) => (l.percent[0] + l.percent[1]) / 200),
  );
}
