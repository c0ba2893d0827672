import { smoothingFactor, type PmcSmoothing } from './pmc-convention';

/**
 * The steady weekly load (spread evenly over 7 days) that raises CTL by `rampPerWeek` points in one week
 * from CTL₀.
 *
 * Derivation: with a constant daily load L and decay a = 1 − k, CTL after 7 days is
 * L + (CTL₀ − L)·a⁷, so CTL₇ − CTL₀ = (L − CTL₀)(1 − a⁷) = r, giving L = CTL₀ + r / (1 − a⁷) and
 * weekly load = 7·(CTL₀ + r / (1 − a⁷)). For k = 1/42, 1/(1 − (41/42)⁷) = 6.442…, which is the
 * rule of thumb in docs/domain.md#planning, 7 × (CTL₀ + 6.44·r) — the core of an event-CTL back-calculation.
 */
export function steadyWeeklyLoadForRamp(
  ctl0: number,
  rampPerWeek: number,
  ctlTimeConstantDays: number,
  smoothing: PmcSmoothing = 'trainingpeaks',
): number {
  const weeklyDecay = (1 - smoothingFactor(ctlTimeConstantDays, smoothing)) ** 7;
  return 7 * (ctl0 + rampPerWeek / (1 - weeklyDecay));
}
