import type { ActivityStreams } from '../../../../common/domain/activity';

/**
 * Channels a source did not record but that follow from ones it did. Each works only across
 * contiguous seconds (time step 1) so a pause never produces a spurious slope or speed.
 */

/** Half-width of the centred window, in samples: 5 s each side smooths GPS/barometric noise. */
const GRADE_HALF_WINDOW = 5;
/** Below this much distance in the window the slope is noise (standing still), so grade is NaN. */
const MIN_GRADE_DISTANCE_METERS = 10;
const MAX_ABS_GRADE = 0.45;
const SPEED_HALF_WINDOW = 2;

/** Grade as a fraction, Δaltitude / Δdistance over a centred window. */
export function deriveGrade(streams: ActivityStreams): Float64Array | null {
  const { altitude, distance, time } = streams;
  if (!altitude || !distance) return null;
  return centredDifference(
    time,
    (lo, hi) => {
      const run = distance[hi]! - distance[lo]!;
      const rise = altitude[hi]! - altitude[lo]!;
      if (!(run >= MIN_GRADE_DISTANCE_METERS) || !Number.isFinite(rise)) return Number.NaN;
      return Math.max(-MAX_ABS_GRADE, Math.min(MAX_ABS_GRADE, rise / run));
    },
    GRADE_HALF_WINDOW,
  );
}

/** Speed in m/s from cumulative distance, for sources that record distance or positions only. */
export function deriveSpeed(streams: ActivityStreams): Float64Array | null {
  const { distance, time } = streams;
  if (!distance) return null;
  return centredDifference(
    time,
    (lo, hi) => {
      const metres = distance[hi]! - distance[lo]!;
      const seconds = time[hi]! - time[lo]!;
      return seconds > 0 && metres >= 0 ? metres / seconds : Number.NaN;
    },
    SPEED_HALF_WINDOW,
  );
}

/** Applies `slope(lo, hi)` to the widest centred window that stays inside the contiguous run. */
function centredDifference(
  time: Float64Array,
  slope: (lo: number, hi: number) => number,
  halfWindow: number,
): Float64Array {
  const n = time.length;
  const out = new Float64Array(n).fill(Number.NaN);
  let runStart = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && time[i]! - time[i - 1]! !== 1) runStart = i;
    let runEnd = i;
    while (runEnd + 1 < n && runEnd - i < halfWindow && time[runEnd + 1]! - time[runEnd]! === 1) runEnd++;
    const lo = Math.max(runStart, i - halfWindow);
    if (runEnd > lo) out[i] = slope(lo, runEnd);
  }
  return out;
}

/** Great-circle distance in metres (haversine, mean Earth radius 6 371 008.8 m). */
export function haversineMeters(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
}
