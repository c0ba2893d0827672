import type { ActivityStreams, StreamChannel } from '../../common/domain/activity';
import { computeStreamReductions } from '../../common/domain/metrics/activity-metrics';
import { measureMorningReading, type MorningMeasurement } from '../../common/domain/wellness/intake/morning-reading';
import { encodeRrIntervals, type EncodedRrIntervals } from '../db/repositories/rr-intervals';
import { encodeStreams } from '../db/stream-codec';
import type { PreparedActivity } from '../services/activities';
import type { DecodeResult, DecodedActivity } from './decoders/types';

/**
 * A decoded file with everything the writer would otherwise compute on its own thread: per activity,
 * the threshold-free metrics (NP, normalised graded speed, EF, decoupling, mean-maximal curves) and
 * the streams encoded into the exact bytes stored. The import's single writer is left with what needs
 * the database or the athlete's thresholds on the activity's date.
 *
 * A prepared record's `streams` keep only the channels that scoring with `prepared.reductions` reads
 * (SCORING_CHANNELS); the complete streams are `prepared.encodedStreams`. Score it only with its
 * reductions: without them, the graded speed would be computed without the grade channel.
 */
export interface PreparedDecode extends Omit<DecodeResult, 'activities'> {
  activities: PreparedDecodedActivity[];
  /** True once the original file is in the content-addressed store (the worker writes it). */
  originalStored: boolean;
}

/**
 * The RR intervals travel to the writer encoded as stored (a few bytes each), not as the decoder's
 * array of numbers, which the writer's thread would have to copy in and encode.
 */
export interface PreparedDecodedActivity extends Omit<DecodedActivity, 'rrIntervalsMs'> {
  prepared: PreparedActivity;
  rrIntervals: EncodedRrIntervals | null;
  /**
   * Set when the recording is a morning HRV reading, which goes to wellness instead of the activities;
   * its day is known once the activity is placed in the athlete's zone (activity-placement.ts).
   */
  morningReading: MorningMeasurement | null;
}

export function prepareDecodeResult(result: DecodeResult): PreparedDecode {
  return {
    ...result,
    activities: result.activities.map(({ rrIntervalsMs, ...activity }) => {
      const { streams } = activity.record;
      const prepared = {
        reductions: computeStreamReductions(activity.record),
        encodedStreams: streams ? ownedBytes(encodeStreams(streams)) : null,
      };
      const morningReading = measureMorningReading(activity.record, rrIntervalsMs);
      const rrIntervals =
        rrIntervalsMs && rrIntervalsMs.length > 0 ? ownedBytes(encodeRrIntervals(rrIntervalsMs)) : null;
      return {
        ...activity,
        record: { ...activity.record, streams: streams && channelsForScoring(streams) },
        prepared,
        morningReading,
        rrIntervals,
      };
    }),
    originalStored: false,
  };
}

/**
 * The channels that scoring with precomputed reductions still reads: heart rate (HRSS, HR zones),
 * power and speed (zones, which need the thresholds), and time (every stream has it). The others are
 * only stored, and travel to the writer inside the encoded bytes, not a second time as samples.
 */
const SCORING_CHANNELS = ['time', 'hr', 'power', 'speed'] as const satisfies readonly StreamChannel[];

function channelsForScoring(streams: ActivityStreams): ActivityStreams {
  const kept: ActivityStreams = { time: streams.time };
  for (const channel of SCORING_CHANNELS) if (streams[channel]) kept[channel] = streams[channel];
  return kept;
}

/**
 * The buffers a prepared file can hand to another thread without copying: the stream columns and
 * the encoded stream bytes. Each is moved, not cloned, so the writer never pays for a copy of
 * the samples (an hour at 1 Hz is ~0.5 MB of them).
 */
export function transferListOf(prepared: PreparedDecode): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (view: ArrayBufferView | undefined) => {
    if (
      view &&
      view.buffer instanceof ArrayBuffer &&
      view.byteOffset === 0 &&
      view.byteLength === view.buffer.byteLength
    )
      buffers.add(view.buffer);
  };
  for (const activity of prepared.activities) {
    for (const samples of Object.values(activity.record.streams ?? {})) add(samples);
    add(activity.prepared.encodedStreams?.data);
    add(activity.rrIntervals?.data);
  }
  return [...buffers];
}

/**
 * Encoded bytes on an ArrayBuffer of their own. Buffer.concat and zlib take small results from a
 * shared pool or a larger chunk; moving that to another thread would detach it under every other
 * Buffer using it.
 */
function ownedBytes<T extends { data: Uint8Array }>(encoded: T): T {
  const { data } = encoded;
  const owned = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : new Uint8Array(data);
  return { ...encoded, data: owned };
}
