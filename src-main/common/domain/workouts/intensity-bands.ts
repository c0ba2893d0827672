import type { WorkoutCategory, WorkoutSport } from './workout-schema';
import type { IntensityDistribution } from '../planner/types';

/** Seiler's three bands: below LT1, between LT1 and LT2, above LT2 (Seiler & Kjerland 2006; Seiler 2010). */
export type IntensityBand = keyof IntensityDistribution;

/**
 * LT1 as an intensity factor of each sport's threshold scale — where each sport's established zone
 * table ends its endurance zone and starts tempo:
 * - bike 0.75: top of Coggan's level 2 "Endurance" (< 75 % FTP), the usual match of Seiler's zone 1.
 * - run 1/1.13 ≈ 0.885: Friel's running pace zones end Z2 "Aerobic" at 113 % of threshold pace.
 * - swim 0.90: CSS-based zone tables put aerobic endurance about 10 s/100 m slower than CSS
 *   (0.90 of CSS speed at a 1:30–1:50 CSS).
 * Other sports use the cycling cut, because their targets are RPE or HR on the same IF scale.
 */
const LT1_INTENSITY: Record<WorkoutSport, number> = {
  bike: 0.75,
  run: 1 / 1.13,
  swim: 0.9,
  strength: 0.75,
  other: 0.75,
};

/**
 * LT2 is IF 1.00 in every sport: FTP, threshold pace and CSS are all estimates of the maximal lactate
 * steady state. Seiler's zone 3 is *above* LT2, so work centred on threshold ("95–105 % FTP", a CSS set)
 * is moderate and only supra-threshold work counts as high — the band the high-intensity guardrail caps.
 */
const LT2_INTENSITY = 1;

/**
 * The band of one step. Strength work is always "low": the three-band model describes endurance
 * intensity, and counting a gym session as tempo would distort the week's distribution.
 */
export function intensityBand(intensityFactor: number, sport: WorkoutSport): IntensityBand {
  if (sport === 'strength') return 'low';
  // The tolerance keeps a midpoint that is exactly threshold in decimal (95–105 %) out of the high band.
  if (intensityFactor > LT2_INTENSITY + 1e-9) return 'high';
  return intensityFactor < LT1_INTENSITY[sport] - 1e-9 ? 'low' : 'moderate';
}

/**
 * Heart-rate targets are banded on heart rate itself: Friel's cycling and running tables both start
 * Z3 "Tempo" at 90 % of LTHR and Z5a "Super-threshold" at 100 %, so low < 90 % ≤ moderate ≤ 100 % < high.
 * Converting to IF first would put a zone-2 ride (81–89 % LTHR) on the tempo side of 0.75 for athletes
 * with a low resting HR.
 */
const HR_LT1_FRACTION = 0.9;

export function heartRateBand(lthrFraction: number, sport: WorkoutSport): IntensityBand {
  if (sport === 'strength') return 'low';
  if (lthrFraction > LT2_INTENSITY + 1e-9) return 'high';
  return lthrFraction < HR_LT1_FRACTION - 1e-9 ? 'low' : 'moderate';
}

/**
 * A session is hard — the next day should be easy — when any of these holds:
 * - at least 5 minutes above LT2, or at least 15 minutes between LT1 and LT2 (a 20-min tempo run, a
 *   10×100 m CSS set, a marathon-pace finish). Strides, a few sprints or a steady warm-up stay below
 *   both, so an easy day with them is still easy;
 * - a load of 150 or more, whatever the intensity: TrainingPeaks' TSS guide puts 150–300 at "some
 *   residual fatigue the next day" (a 4-hour endurance ride, an Ironman bike leg);
 * - a test, which is a maximal effort even when it is short (a ramp test spends only minutes above FTP).
 */
const HARD_HIGH_SECONDS = 300;
const HARD_MODERATE_SECONDS = 900;
export const HARD_LOAD = 150;

export function isHardSession(s: {
  bandSeconds: IntensityDistribution;
  load: number;
  category: WorkoutCategory;
}): boolean {
  return (
    s.bandSeconds.high >= HARD_HIGH_SECONDS ||
    s.bandSeconds.moderate >= HARD_MODERATE_SECONDS ||
    s.load >= HARD_LOAD ||
    s.category === 'test'
  );
}
