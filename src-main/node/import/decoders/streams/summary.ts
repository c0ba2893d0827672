import type { ActivityRecord, ActivityStreams } from '../../../../common/domain/activity';
import { ascentFromAltitude } from './ascent';

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

export function summariseStreams(streams: ActivityStreams): StreamSummary {
  const { time } = streams;
  const n = time.length;
  const hr = channelStats(streams.hr);
  const power = channelStats(streams.power);
  const speed = channelStats(streams.speed);
  return {
    elapsedSeconds: n > 0 ? time[n - 1]! - time[0]! + 1 : 0,
    timerSeconds: n,
    movingSeconds: streams.speed ? countWhere(streams.speed, (v) => v >= MOVING_SPEED_MPS) : null,
    distanceMeters: distanceCovered(streams.distance),
    ascentMeters: streams.altitude ? ascentFromAltitude(streams.altitude, time) : null,
    avgHr: hr.meanOfPositive,
    maxHr: hr.max,
    // Average power keeps coasting zeros (as devices report it); average cadence leaves them out.
    avgPower: power.mean,
    maxPower: power.max,
    avgCadence: channelStats(streams.cadence).meanOfPositive,
    avgSpeed: speed.mean,
    maxSpeed: speed.max,
  };
}

interface ChannelStats {
  /** Over every finite sample. */
  mean: number | null;
  max: number | null;
  /** Over the finite samples above zero (a dropped strap or a coasting leg reads 0). */
  meanOfPositive: number | null;
}

/** One pass over a channel for every statistic the summary takes from it. */
function channelStats(values: Float64Array | undefined): ChannelStats {
  if (!values) return { mean: null, max: null, meanOfPositive: null };
  let sum = 0;
  let count = 0;
  let positiveSum = 0;
  let positiveCount = 0;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    sum += v;
    count++;
    if (v > max) max = v;
    if (v > 0) {
      positiveSum += v;
      positiveCount++;
    }
  }
  return {
    mean: count > 0 ? sum / count : null,
    max: count > 0 ? max : null,
    meanOfPositive: positiveCount > 0 ? positiveSum / positiveCount : null,
  };
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
