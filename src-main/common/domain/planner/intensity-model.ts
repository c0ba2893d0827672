import type { IntensityDistribution, Phase } from './types';

/**
 * Share of training time per Seiler band (below LT1, LT1–LT2, above LT2) by phase. Seiler (2010) finds
 * well-trained endurance athletes near 80 % low / 20 % moderate-plus-high; base stays lower still
 * (aerobic volume), build adds threshold, tempo and intervals, peak adds race-specific work. Taper and
 * race week keep peak's distribution: Mujika & Padilla (2003) and Bosquet et al. (2007) show a taper works
 * by cutting volume while keeping intensity.
 */
const PHASE_INTENSITY: Record<Phase, IntensityDistribution> = {
  base: { low: 0.86, moderate: 0.1, high: 0.04 },
  build: { low: 0.78, moderate: 0.13, high: 0.09 },
  peak: { low: 0.76, moderate: 0.14, high: 0.1 },
  taper: { low: 0.76, moderate: 0.14, high: 0.1 },
  race: { low: 0.76, moderate: 0.14, high: 0.1 },
};

/** A recovery week goes back to base's mostly aerobic mix: it absorbs the previous weeks, it does not add to them. */
const RECOVERY_INTENSITY = PHASE_INTENSITY.base;

/**
 * Typical intensity factor of time spent in each band. With TSS = hours × IF² × 100 (docs/domain.md#activity-load) that is
 * ≈ 53, 76 and 112 TSS per hour: low ≈ 0.73 is an easy run or endurance ride with its warm-up (Coggan's
 * endurance zone, 56–75 % FTP, and easy running near 75 % of threshold speed); moderate ≈ 0.87 sits in
 * tempo and sweet spot (76–94 % FTP); high ≈ 1.06 is threshold and VO2 work above LT2 (95–120 % FTP).
 */
export const BAND_INTENSITY_FACTOR: Readonly<IntensityDistribution> = { low: 0.73, moderate: 0.87, high: 1.06 };

/** TSS per hour of training with this distribution: Σ share × IF² × 100. */
export function loadPerHour(
  distribution: IntensityDistribution,
  factors: Readonly<IntensityDistribution> = BAND_INTENSITY_FACTOR,
): number {
  return (
    100 *
    (distribution.low * factors.low ** 2 +
      distribution.moderate * factors.moderate ** 2 +
      distribution.high * factors.high ** 2)
  );
}

/**
 * The week's distribution: the phase's (base's for a recovery week) with the high band held to the coach's
 * maximum share; the excess goes to the low band, the only move that cannot break another limit.
 */
export function weekIntensity(
  phase: Phase,
  recovery: boolean,
  maxHighShare: number,
): { intensity: IntensityDistribution; highCapped: boolean } {
  const planned = recovery ? RECOVERY_INTENSITY : PHASE_INTENSITY[phase];
  if (planned.high <= maxHighShare) return { intensity: { ...planned }, highCapped: false };
  const high = Math.max(0, maxHighShare);
  return { intensity: { low: planned.low + planned.high - high, moderate: planned.moderate, high }, highCapped: true };
}
