/**
 * Values on a grid of `step`s (0.1 h, 5 TSS, 0.05 of ACWR): rounding to it, and the binary searches the
 * feasibility remedies use to find the smallest change on it that fixes a plan.
 */

/** Largest value in [low, high] on a `step` grid that passes a test which fails above some threshold; null when none does. */
export function largestPassing(
  low: number,
  high: number,
  step: number,
  passes: (value: number) => boolean,
): number | null {
  let [lo, hi] = [Math.ceil(low / step), Math.floor(high / step)];
  if (lo > hi || !passes(lo * step)) return null;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (passes(mid * step)) lo = mid;
    else hi = mid - 1;
  }
  return roundTo(lo * step, step);
}

/** Smallest value in [low, high] on a `step` grid that passes a test which holds above some threshold; null when none does. */
export function smallestPassing(
  low: number,
  high: number,
  step: number,
  passes: (value: number) => boolean,
): number | null {
  let [lo, hi] = [Math.ceil(low / step), Math.floor(high / step)];
  if (lo > hi || !passes(hi * step)) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (passes(mid * step)) hi = mid;
    else lo = mid + 1;
  }
  return roundTo(lo * step, step);
}

export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

export function ceilTo(value: number, step: number): number {
  return Math.ceil(value / step - 1e-9) * step;
}

export function floorTo(value: number, step: number): number {
  return Math.floor(value / step + 1e-9) * step;
}
