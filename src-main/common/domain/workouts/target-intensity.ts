import type { ThresholdValues } from '../thresholds';
import type { StepIntent, StepTarget, WorkoutSport } from './workout-schema';
import { rpeIntensityFactor, trimpPerMinute } from '../metrics/training-load';
import { COGGAN_POWER_ZONES, heartRateZonesFor, type ZoneDefinition } from '../metrics/zones';

/**
 * A step target as intensity factors (fractions of the athlete's threshold on the sport's own scale:
 * power for the bike, speed for run and swim), so every target type lands on the TSS scale.
 */
export interface IntensityRange {
  low: number;
  /** The intensity of the target's midpoint; what planning counts for the step. */
  mid: number;
  high: number;
}

/** Heart-rate anchors for converting %LTHR targets, with the ones that had to be assumed named. */
export interface HeartRateModel {
  lthr: number;
  maxHr: number;
  restingHr: number;
  assumptions: string[];
}

/**
 * Friel's rule of thumb LTHR ≈ 90 % of maximum heart rate fills whichever of the two is missing; a
 * resting HR of 60 bpm is the textbook adult value. The ratio of loads barely moves with these guesses,
 * but the explanation still names them.
 */
const LTHR_SHARE_OF_MAX = 0.9;
const DEFAULT_RESTING_HR = 60;
const DEFAULT_LTHR = 160;

export function heartRateModel(t: ThresholdValues): HeartRateModel {
  const assumptions: string[] = [];
  let lthr = t.lthr;
  let maxHr = t.maxHr;
  if (!lthr && maxHr) {
    lthr = maxHr * LTHR_SHARE_OF_MAX;
    assumptions.push(`LTHR assumed ${Math.round(lthr)} bpm (90 % of max HR)`);
  }
  if (!lthr) {
    lthr = DEFAULT_LTHR;
    assumptions.push(`LTHR assumed ${DEFAULT_LTHR} bpm`);
  }
  if (!maxHr || maxHr <= lthr) {
    maxHr = lthr / LTHR_SHARE_OF_MAX;
    assumptions.push(`max HR assumed ${Math.round(maxHr)} bpm (LTHR ÷ 0.9)`);
  }
  let restingHr = t.restingHr;
  if (!restingHr || restingHr >= lthr) {
    restingHr = DEFAULT_RESTING_HR;
    assumptions.push(`resting HR assumed ${DEFAULT_RESTING_HR} bpm`);
  }
  return { lthr, maxHr, restingHr, assumptions };
}

/**
 * %LTHR → IF through the same HRSS model the app scores recorded heart rate with (training-load.ts):
 * an hour at a fraction f of LTHR scores HRSS = 100 × TRIMP(f) / TRIMP(1), and the equivalent IF is
 * the one whose hour scores the same: IF = √(TRIMP(f) / TRIMP(1)). So 100 % LTHR is IF 1.00, and a plan
 * written in heart rate predicts the load the recorded heart rate will later score. Worked values with
 * LTHR 160, max 178, rest 60: 80 % → 0.64, 90 % → 0.80, 95 % → 0.90, 105 % → 1.11. TRIMP uses Banister's
 * men's weighting, as computeActivityLoad does when the athlete's sex is unknown.
 */
function lthrFractionToIntensity(fraction: number, hr: HeartRateModel): number {
  const reserve = hr.maxHr - hr.restingHr;
  const trimpAt = (f: number) => trimpPerMinute((f * hr.lthr - hr.restingHr) / reserve, null);
  return Math.sqrt(trimpAt(fraction) / trimpAt(1));
}

/**
 * Zone targets count at the zone's midpoint. The open ends need a bound: Coggan's Z1 is taken as
 * 40–55 % FTP and Z7 as 150–200 %; Friel's HR Z1 as 65 % of LTHR up, and HR zone 5 (Friel's Z5a–Z5c)
 * as 100–110 % of LTHR.
 */
const POWER_ZONE_FLOOR = 0.4;
const POWER_ZONE_CEILING = 2;
const HR_ZONE_FLOOR = 0.65;
const HR_ZONE_CEILING = 1.1;

function zoneBounds(zones: readonly ZoneDefinition[], zone: number, floor: number, ceiling: number): [number, number] {
  const low = zone === 1 ? floor : zones[zone - 1]!.fromFraction;
  const high = zone < zones.length ? zones[zone]!.fromFraction : ceiling;
  return [low, high];
}

/** Friel's HR tables have Z5a–Z5c; the schema's five HR zones fold them into zone 5. */
function hrZoneBounds(sport: WorkoutSport, zone: number): [number, number] {
  const table = heartRateZonesFor(sport);
  const low = zone === 1 ? HR_ZONE_FLOOR : table[zone - 1]!.fromFraction;
  const high = zone < 5 ? table[zone]!.fromFraction : HR_ZONE_CEILING;
  return [low, high];
}

/**
 * What an untargeted step counts for: a rest step (standing, or on the wall between swim repeats) is
 * IF 0 — time passes, no load accrues; any other open step is easy, RPE 3 on the RPE→IF scale (≈ 0.67).
 */
export const OPEN_STEP_RPE = 3;

/** The %LTHR (as a fraction) a heart-rate target is centred on, or null for other targets. */
export function heartRateFraction(target: StepTarget, sport: WorkoutSport): number | null {
  if (target.type === 'lthrPercent') return (target.range.low + target.range.high) / 200;
  if (target.type === 'hrZone') {
    const [low, high] = hrZoneBounds(sport, target.zone);
    return (low + high) / 2;
  }
  return null;
}

function range(low: number, high: number, mid = (low + high) / 2): IntensityRange {
  return { low, mid, high };
}

export function targetIntensity(
  target: StepTarget,
  sport: WorkoutSport,
  intent: StepIntent,
  hr: HeartRateModel,
): IntensityRange {
  switch (target.type) {
    case 'open': {
      const value = intent === 'rest' ? 0 : rpeIntensityFactor(OPEN_STEP_RPE);
      return range(value, value);
    }
    case 'ftpPercent':
    case 'thresholdPacePercent':
    case 'cssPercent':
      // Summed in percent first so that 95–105 % is exactly 1 and not 0.9999999.
      return range(target.range.low / 100, target.range.high / 100, (target.range.low + target.range.high) / 200);
    case 'lthrPercent': {
      const { low, high } = target.range;
      return range(
        lthrFractionToIntensity(low / 100, hr),
        lthrFractionToIntensity(high / 100, hr),
        lthrFractionToIntensity((low + high) / 200, hr),
      );
    }
    case 'powerZone': {
      const [low, high] = zoneBounds(COGGAN_POWER_ZONES, target.zone, POWER_ZONE_FLOOR, POWER_ZONE_CEILING);
      return range(low, high);
    }
    case 'hrZone': {
      const [low, high] = hrZoneBounds(sport, target.zone);
      return range(
        lthrFractionToIntensity(low, hr),
        lthrFractionToIntensity(high, hr),
        lthrFractionToIntensity(heartRateFraction(target, sport)!, hr),
      );
    }
    case 'rpe': {
      const value = rpeIntensityFactor(target.value);
      return range(value, value);
    }
  }
}

/** How each target type reaches an IF, for the load explanation. */
export const TARGET_BASIS: Record<StepTarget['type'], string> = {
  open: 'open steps as easy (IF 0.67), rest steps as no load',
  ftpPercent: '% of FTP',
  thresholdPacePercent: '% of threshold speed',
  cssPercent: '% of CSS speed',
  lthrPercent: '% of LTHR through the HRSS model',
  powerZone: 'power-zone midpoints',
  hrZone: 'HR-zone midpoints through the HRSS model',
  rpe: 'RPE on the session-RPE scale',
};
