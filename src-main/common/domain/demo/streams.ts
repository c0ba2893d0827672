import type { ActivityStreams } from '../activity';
import { runningCostFactor } from '../metrics/grade-adjusted-pace';
import type { DemoFitness } from './fitness';
import { bikeSpeedFromPower, DRIFT_BPM_PER_SECOND, heartRateFor } from './physiology';
import type { Random } from './random';
import type { Segment } from './workouts';

export interface Terrain {
  /** Metres of climbing per kilometre. */
  climbPerKm: number;
  baseAltitude: number;
  /** Phases of the terrain waves, so each route differs. */
  phases: [number, number, number];
}

/**
 * Rolling terrain as three sine waves over distance (1.2, 4 and 11 km). Ascent per km of one wave is
 * 2·A/L, so amplitudes are scaled to give the wanted climbing per km in total.
 */
const WAVES = [
  { length: 1_200, weight: 0.25 },
  { length: 4_000, weight: 1.0 },
  { length: 11_000, weight: 2.0 },
];
const CLIMB_PER_UNIT = WAVES.reduce((sum, w) => sum + (2 * w.weight * 1000) / w.length, 0);

/** Altitude (m) and grade (fraction) at a distance along the route; writes into `out` to spare the garbage collector at 1 Hz. */
function altitudeAt(
  terrain: Terrain,
  meters: number,
  out = { altitude: 0, grade: 0 },
): { altitude: number; grade: number } {
  const scale = terrain.climbPerKm / CLIMB_PER_UNIT;
  out.altitude = terrain.baseAltitude;
  out.grade = 0;
  for (let k = 0; k < WAVES.length; k++) {
    const w = WAVES[k]!;
    const angle = (2 * Math.PI * meters) / w.length + terrain.phases[k]!;
    out.altitude += scale * w.weight * Math.sin(angle);
    out.grade += ((scale * w.weight * 2 * Math.PI) / w.length) * Math.cos(angle);
  }
  return out;
}

const round = (v: number, step: number) => Math.round(v / step) * step;

/**
 * 1 Hz samples of a run or ride following the segments: effort with slowly wandering noise (AR(1))
 * plus uniform sample-to-sample jitter (cheaper than Gaussian and invisible after rounding),
 * terrain that slows a runner uphill at equal effort (Minetti cost, as the grade-adjusted pace
 * assumes) and lets a rider coast downhill, and heart rate that lags effort (time constant ~20 s up,
 * ~35 s down) and drifts upward. Values are rounded to what devices record, which also helps the
 * stored streams compress.
 */
export function renderStreams(
  segments: Segment[],
  sport: 'run' | 'bike',
  fitness: DemoFitness,
  terrain: Terrain,
  hasPowerMeter: boolean,
  random: Random,
): ActivityStreams {
  const n = segments.reduce((sum, s) => sum + s.seconds, 0);
  const time = new Float64Array(n);
  const distance = new Float64Array(n);
  const hr = new Float64Array(n);
  const speed = new Float64Array(n);
  const cadence = new Float64Array(n);
  const altitude = new Float64Array(n);
  const grade = new Float64Array(n);
  const power = hasPowerMeter ? new Float64Array(n) : null;

  const nominalFtp = fitness.ftp ?? fitness.weight * 2.5;
  let noise = 0;
  let effort = segments[0]?.intensity ?? 0.6;
  let heart = fitness.restingHr + 25;
  let meters = 0;
  let velocity = sport === 'bike' ? 5 : 2.5;
  let coasting = 0;
  const ground = { altitude: 0, grade: 0 };
  let t = 0;
  for (const segment of segments) {
    for (let i = 0; i < segment.seconds; i++, t++) {
      // Effort steps are not instant: a few seconds to get up to speed.
      effort += (segment.intensity - effort) * 0.25;
      noise = 0.9 * noise + random.normal(0, 0.017);
      altitudeAt(terrain, meters, ground);
      let instantSpeed: number;
      if (sport === 'run') {
        const flatSpeed = effort * (fitness.thresholdSpeed ?? 3) * (1 + noise);
        instantSpeed = Math.max(0.8, flatSpeed / runningCostFactor(ground.grade));
        cadence[t] = Math.round(168 + 22 * (effort - 0.75) + 5 * (random.next() - 0.5));
      } else {
        if (coasting > 0) coasting--;
        else if (ground.grade < -0.03 && random.chance(0.05)) coasting = random.int(5, 25);
        const watts =
          coasting > 0 ? 0 : Math.max(0, effort * nominalFtp * (1 + 1.5 * noise + 0.14 * (random.next() - 0.5)));
        if (power) power[t] = Math.round(watts);
        const target = bikeSpeedFromPower(watts, ground.grade, fitness.weight, velocity);
        // A bike carries momentum: speed follows power over several seconds.
        velocity += (target - velocity) * 0.15;
        instantSpeed = velocity;
        cadence[t] = watts > 0 ? Math.round(88 + 6 * (effort - 0.7) + 7 * (random.next() - 0.5)) : 0;
      }
      const targetHr = heartRateFor(effort, sport, fitness) + DRIFT_BPM_PER_SECOND * t;
      heart += (targetHr - heart) * (targetHr > heart ? 1 / 20 : 1 / 35);
      time[t] = t;
      speed[t] = round(instantSpeed, 0.01);
      meters += instantSpeed;
      distance[t] = round(meters, 0.1);
      altitude[t] = round(ground.altitude, 0.2);
      grade[t] = round(ground.grade, 0.001);
      hr[t] = Math.round(Math.min(fitness.maxHr, heart + 2.8 * (random.next() - 0.5)));
    }
  }
  return { time, distance, hr, speed, cadence, altitude, grade, ...(power ? { power } : {}) };
}
