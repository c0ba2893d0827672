/**
 * Total ascent from a 1 Hz altitude stream, for sources that state none (TCX, GPX, FIT without a
 * session total). Summing every rise counts sensor jitter as climbing (a flat 5-hour run with a
 * wrist barometer sums to 548 m where its device says 32 m), while a plain threshold measured from
 * the last low still counts a rising ramp of noisy readings in threshold-sized steps. Two steps:
 *  1. a centred moving average over SMOOTHING_HALF_WINDOW_S seconds each side, taken only over
 *     samples of the same stretch of recording (never across a pause or a dropout), which removes
 *     most second-to-second jitter of GPS and barometric altitude;
 *  2. a dead band (hysteresis): a reference level moves to the smoothed altitude only once that has
 *     left the band around it, in either direction; each upward move is climbed. The band is
 *     ±MIN_DEAD_BAND_METERS, wider on a recording whose jitter is so large that the average leaves
 *     some of it: JITTER_BAND_FACTOR × the jitter (robust spread of the readings about their average).
 * The constants were chosen on the fixture set's device totals with `npm run measure:ascent`, which
 * prints the comparison; neighbouring values (3–8 s, 0.3–0.8 m) give medians within a few points.
 * The jitter term changes none of those files' figures; it keeps a flat hour of ±1.5 m white noise
 * (a poor GPS altitude) at 0 m instead of 35 m.
 */
const SMOOTHING_HALF_WINDOW_S = 5;
const MIN_DEAD_BAND_METERS = 0.5;
const JITTER_BAND_FACTOR = 1.5;

/** Metres climbed, or null when the stream holds no altitude reading. `time` is seconds, increasing. */
export function ascentFromAltitude(altitude: Float64Array, time: Float64Array): number | null {
  const smoothed = smoothAltitude(altitude, time, SMOOTHING_HALF_WINDOW_S);
  const band = Math.max(MIN_DEAD_BAND_METERS, JITTER_BAND_FACTOR * jitterMeters(altitude, smoothed));
  let total = 0;
  let reference = Number.NaN;
  for (const v of smoothed) {
    if (Number.isNaN(v)) continue;
    if (Number.isNaN(reference)) reference = v;
    else if (v > reference + band) {
      total += v - reference;
      reference = v;
    } else if (v < reference - band) reference = v;
  }
  return Number.isNaN(reference) ? null : total;
}

/** Mean of the finite readings within ±halfWindow seconds of each reading (NaN stays NaN). */
function smoothAltitude(altitude: Float64Array, time: Float64Array, halfWindow: number): Float64Array {
  const n = altitude.length;
  const out = new Float64Array(n).fill(Number.NaN);
  // Time steps are at least one second, so the window never reaches further than halfWindow indices.
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(altitude[i]!)) continue;
    let sum = 0;
    let count = 0;
    for (let j = Math.max(0, i - halfWindow); j <= Math.min(n - 1, i + halfWindow); j++) {
      const v = altitude[j]!;
      if (!Number.isFinite(v) || Math.abs(time[j]! - time[i]!) > halfWindow) continue;
      sum += v;
      count++;
    }
    out[i] = sum / count;
  }
  return out;
}

/** Robust standard deviation (1.4826 × median absolute deviation) of the readings about their moving average. */
function jitterMeters(altitude: Float64Array, smoothed: Float64Array): number {
  const deviations: number[] = [];
  for (let i = 0; i < altitude.length; i++)
    if (Number.isFinite(altitude[i]!)) deviations.push(Math.abs(altitude[i]! - smoothed[i]!));
  if (deviations.length === 0) return 0;
  const sorted = Float64Array.from(deviations).sort();
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return 1.4826 * median;
}
