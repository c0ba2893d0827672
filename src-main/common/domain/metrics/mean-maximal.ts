/**
 * Mean-maximal values: the best average over each standard duration (the basis of power–duration and
 * critical-power curves). One sliding-window pass per duration, O(n·k) for n samples and k durations.
 */
export const STANDARD_DURATIONS_SECONDS = [
  5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600, 5400, 7200, 10800, 14400, 18000, 21600,
] as const;

export interface MeanMaximal {
  durationSeconds: number;
  value: number;
}

/** The 20-minute best: what FTP is estimated from and what the performance-decline rule follows. */
export const TWENTY_MINUTES = 1200;

/** The curve's best mean over exactly `seconds`, or null when the recording was shorter. */
export function bestOver(curve: readonly MeanMaximal[], seconds: number): number | null {
  return curve.find((point) => point.durationSeconds === seconds)?.value ?? null;
}

/**
 * Best mean of `values` over each duration that fits in the series. NaN samples count as 0 (a dropout
 * or coasting second still passed on the clock), matching the NP convention.
 */
export function meanMaximal(
  values: ArrayLike<number>,
  durations: readonly number[] = STANDARD_DURATIONS_SECONDS,
): MeanMaximal[] {
  const n = values.length;
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + finiteOrZero(values[i]!);
  const out: MeanMaximal[] = [];
  for (const d of durations) {
    if (d > n || d <= 0) continue;
    let best = -Infinity;
    for (let end = d; end <= n; end++) best = Math.max(best, prefix[end]! - prefix[end - d]!);
    out.push({ durationSeconds: d, value: best / d });
  }
  return out;
}

/**
 * Mean-maximal speed (m/s) per duration. With cumulative distance the best average speed is the
 * largest distance gain in the window, which is exact even where the speed sensor dropped out;
 * without it, the speed samples are averaged like power.
 */
export function meanMaximalSpeed(
  distance: ArrayLike<number> | undefined,
  speed: ArrayLike<number> | undefined,
  durations: readonly number[] = STANDARD_DURATIONS_SECONDS,
): MeanMaximal[] {
  if (distance && hasFinite(distance)) {
    const filled = forwardFill(distance);
    const n = filled.length;
    const out: MeanMaximal[] = [];
    for (const d of durations) {
      if (d >= n || d <= 0) continue;
      let best = -Infinity;
      for (let end = d; end < n; end++) best = Math.max(best, filled[end]! - filled[end - d]!);
      out.push({ durationSeconds: d, value: Math.max(0, best) / d });
    }
    return out;
  }
  return speed ? meanMaximal(speed, durations) : [];
}

function forwardFill(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  let last = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i]!)) last = values[i]!;
    out[i] = last;
  }
  // Leading NaNs take the first known value, so the first windows do not read NaN.
  const first = out.find((v) => Number.isFinite(v)) ?? 0;
  for (let i = 0; i < out.length && !Number.isFinite(out[i]!); i++) out[i] = first;
  return out;
}

function hasFinite(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) return true;
  return false;
}

const finiteOrZero = (v: number) => (Number.isFinite(v) ? v : 0);
