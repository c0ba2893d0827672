import type { ActivityStreams } from '../../../../common/domain/activity';
import type { ParsedLength } from './parsed-types';

/**
 * Pool swims record few (or no) speed samples: the watch measures lengths, not positions. Each active
 * length's average speed is written over the seconds it lasted, and rest ("idle") lengths as 0 m/s,
 * so pace-based metrics see the swim as it was.
 */
export function swimSpeedFromLengths(
  streams: ActivityStreams,
  lengths: readonly ParsedLength[],
  startMs: number,
): void {
  const { time } = streams;
  const speed = streams.speed ?? new Float64Array(time.length).fill(Number.NaN);
  let wrote = false;
  for (const length of lengths) {
    const duration = length.total_elapsed_time ?? length.total_timer_time;
    if (!(length.start_time instanceof Date) || !(typeof duration === 'number' && duration > 0)) continue;
    const value = length.length_type === 'idle' ? 0 : length.avg_speed;
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const from = (length.start_time.getTime() - startMs) / 1000;
    const to = from + duration;
    for (let i = firstIndexAtOrAfter(time, from); i < time.length && time[i]! < to; i++) {
      speed[i] = value;
      wrote = true;
    }
  }
  if (wrote) streams.speed = speed;
}

function firstIndexAtOrAfter(time: Float64Array, t: number): number {
  let lo = 0;
  let hi = time.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (time[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
