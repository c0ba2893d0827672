/**
 * One step of an exponentially weighted moving average: previous + (value − previous)·weight.
 * CTL, ATL (weight k of the PMC convention) and the EWMA ACWR averages (weight 2/(N+1)) all use it.
 */
export function nextEwma(previous: number, value: number, weight: number): number {
  return previous + (value - previous) * weight;
}
