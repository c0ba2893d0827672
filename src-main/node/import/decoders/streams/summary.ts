import type { ActivityRecord, ActivityStreams } from '../../../../common/domain/activity';

/** Summary values computed from 1 Hz streams, for sources (TCX, GPX, FIT without a session) that lack them. */
export type StreamSummary = Pick<
  ActivityRecord,
  | 'elapsedSeconds'
  | 'timerSeconds'
  | 'movingSeconds'
  | 'distanceMeters'
  | 'ascentMeters'
  | 'avgHr'
  | 'maxHr'
  | 'avgPower'
  | 'maxPower'
  | 'avgCadence'
  | 'avgSpeed'
  | 'maxSpeed'
>;

/** Slower than this counts as stopped (1.1 km/h: slow enough for a slow swimmer, fast enough to skip GPS drift). */
const MOVING_SPEED_MPS = 0.3;
/** Climb is counted once the altitude has risen this far from its last low, so sensor noise is not summed. */
const ASCENT_HYSTERESIS_METERS = 3;

export function summariseStreams(streams: ActivityStreams): StreamSummary {
  const { time } = streams;
  const n = time.length;
  const speedStats = stats(streams.speed);
  return {
    elapsedSeconds: n > 0 ? time[n - 1]! - time[0]! + 1 : 0,
    timerSeconds: n,
    movingSeconds: streams.speed ? countWhere(streams.speed, (v) => v >= MOVING_SPEED_MPS) : null,
    distanceMeters: distanceCovered(streams.distance),
    ascentMeters: streams.altitude ? ascent(streams.altitude) : null,
    avgHr: stats(streams.hr, (v) => v > 0).mean,
    maxHr: stats(streams.hr).max,
    // Average power keeps coasting zeros (as devices report it); average cadence leaves them out.
    avgPower: stats(streams.power).mean,
    maxPower: stats(streams.power).max,
    avgCadence: stats(streams.cadence, (v) => v > 0).mean,
    avgSpeed: speedStats.mean,
    maxSpeed: speedStats.max,
  };
}

function stats(values: Float64Array | undefined, include: (v: number) => boolean = () => true): { mean: number | null; max: number | null } {
  if (!values) return { mean: null, max: null };
  let sum = 0;
  let count = 0;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v) || !include(v)) continue;
    sum += v;
    count++;
    if (v > max) max = v;
  }
  return count > 0 ? { mean: sum / count, max } : { mean: null, max: null };
}

function countWhere(values: Float64Array, predicate: (v: number) => boolean): number {
  let count = 0;
  for (const v of values) if (Number.isFinite(v) && predicate(v)) count++;
  return count;
}

function distanceCovered(distance: Float64Array | undefined): number | null {
  if (!distance) return null;
  let first = Number.NaN;
  let last = Number.NaN;
  for (const v of distance) {
    if (!Number.isFinite(v)) continue;
    if (Number.isNaN(first)) first = v;
    last = v;
  }
  return Number.isFinite(first) ? Math.max(0, last - first) : null;
}

function ascent(altitude: Float64Array): number | null {
  let total = 0;
  let low = Number.NaN;
  let seen = false;
  for (const v of altitude) {
    if (!Number.isFinite(v)) continue;
    seen = true;
    if (Number.isNaN(low) || v < low) low = v;
    else if (v - low >= ASCENT_HYSTERESIS_METERS) {
      total += v - low;
      low = v;
    }
  }
  return seen ? total : null;
}
