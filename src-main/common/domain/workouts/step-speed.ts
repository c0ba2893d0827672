import type { ThresholdValues } from '../thresholds';
import type { WorkoutSport } from './workout-schema';
import { formatPace } from '../../format';

/**
 * How fast a step at a given intensity goes, so distance steps get a duration (and time steps a
 * distance). `known` is false when a threshold had to be assumed; the summary then says so.
 */
export interface StepSpeedModel {
  metersPerSecond(intensityFactor: number): number;
  known: boolean;
  assumption: string | null;
}

/** Fallbacks: 5:00/km is about the one-hour race pace of a 50-min 10 km runner; 2:00/100 m an age-group triathlete's CSS. */
const FALLBACK_THRESHOLD_PACE = 300;
const FALLBACK_CSS = 120;
const FALLBACK_FTP = 200;
const FALLBACK_WEIGHT = 75;

/**
 * Flat-road cycling speed from power (Martin et al. 1998, "Validation of a mathematical model for road
 * cycling power"): P·η = ½ρ·CdA·v³ + Crr·m·g·v, with CdA 0.30 m² (on the hoods/drops), ρ 1.2 kg/m³,
 * Crr 0.004, drivetrain efficiency 0.976 and 9 kg of bike. Solved for v by Newton's method (the right
 * side is convex and increasing, so it converges from above in a few steps).
 */
const AIR_DENSITY = 1.2;
const DRAG_AREA = 0.3;
const ROLLING_RESISTANCE = 0.004;
const DRIVETRAIN_EFFICIENCY = 0.976;
const BIKE_MASS = 9;
const GRAVITY = 9.81;

export function flatRoadCyclingSpeed(watts: number, riderKg: number): number {
  const drag = 0.5 * AIR_DENSITY * DRAG_AREA;
  const rolling = ROLLING_RESISTANCE * (riderKg + BIKE_MASS) * GRAVITY;
  const power = Math.max(0, watts) * DRIVETRAIN_EFFICIENCY;
  if (power === 0) return 0;
  let v = Math.cbrt(power / drag) + 1;
  for (let i = 0; i < 30; i++) {
    const next = v - (drag * v ** 3 + rolling * v - power) / (3 * drag * v ** 2 + rolling);
    if (Math.abs(next - v) < 1e-9) return next;
    v = next;
  }
  return v;
}

/**
 * Run and swim IF is a speed ratio (rTSS, sTSS), so speed = IF × threshold speed. Cycling IF is a
 * power ratio, so speed comes from the power model at IF × FTP. Other sports move at running speed.
 */
export function stepSpeedModel(sport: WorkoutSport, t: ThresholdValues): StepSpeedModel {
  if (sport === 'swim') {
    const css = t.css ?? FALLBACK_CSS;
    return {
      metersPerSecond: (f) => f * (100 / css),
      known: t.css !== undefined,
      assumption:
        t.css === undefined
          ? `no CSS: swim distances timed at an assumed ${formatPace(FALLBACK_CSS, '100 m')} CSS`
          : null,
    };
  }
  if (sport === 'bike') {
    const ftp = t.ftp ?? FALLBACK_FTP;
    const weight = t.weight ?? FALLBACK_WEIGHT;
    const missing = [
      t.ftp === undefined ? `FTP ${FALLBACK_FTP} W` : null,
      t.weight === undefined ? `${FALLBACK_WEIGHT} kg` : null,
    ].filter(Boolean);
    return {
      metersPerSecond: (f) => flatRoadCyclingSpeed(f * ftp, weight),
      // The power model is an assumption of its own (flat road, no wind), so cycling distances are never "known".
      known: false,
      assumption: `bike distances timed on a flat road at the target power${missing.length > 0 ? ` (assumed ${missing.join(', ')})` : ''}`,
    };
  }
  const pace = t.thresholdPace ?? FALLBACK_THRESHOLD_PACE;
  return {
    metersPerSecond: (f) => f * (1000 / pace),
    known: t.thresholdPace !== undefined,
    assumption:
      t.thresholdPace === undefined
        ? `no threshold pace: distances timed at an assumed ${formatPace(FALLBACK_THRESHOLD_PACE, 'km')} threshold pace`
        : null,
  };
}
