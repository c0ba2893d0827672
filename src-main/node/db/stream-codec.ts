import { STREAM_CHANNELS, type ActivityStreams, type StreamChannel } from '../../common/domain/activity';

/**
 * Streams are stored column by column: float32 for every channel except positions, time and distance
 * (float64, since float32 loses about a metre at GPS scale). A one-hour ride is ~170 kB instead of
 * ~1 MB of JSON, and a whole channel decodes in one typed-array copy. Not deflated: sensor noise
 * leaves float columns about a quarter smaller at best, and deflating them cost the importer's single
 * writer thread more time than parsing the file (bench:import).
 */
const WIDE_CHANNELS: ReadonlySet<StreamChannel> = new Set(['lat', 'lon', 'time', 'distance']);

export interface EncodedStreams {
  sampleCount: number;
  channels: StreamChannel[];
  data: Uint8Array;
}

export function encodeStreams(streams: ActivityStreams): EncodedStreams {
  const sampleCount = streams.time.length;
  const channels = STREAM_CHANNELS.filter((c) => streams[c] !== undefined);
  const parts: Uint8Array[] = [];
  for (const channel of channels) {
    const values = streams[channel]!;
    if (values.length !== sampleCount) {
      throw new Error(`stream ${channel} has ${values.length} samples, time has ${sampleCount}`);
    }
    const typed = WIDE_CHANNELS.has(channel) ? Float64Array.from(values) : Float32Array.from(values);
    parts.push(new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength));
  }
  return { sampleCount, channels, data: Buffer.concat(parts) };
}

export function decodeStreams(encoded: EncodedStreams): ActivityStreams {
  const raw = encoded.data;
  const result: Partial<Record<StreamChannel, Float64Array>> = {};
  let offset = 0;
  for (const channel of encoded.channels) {
    const wide = WIDE_CHANNELS.has(channel);
    const bytes = encoded.sampleCount * (wide ? 8 : 4);
    const slice = raw.buffer.slice(raw.byteOffset + offset, raw.byteOffset + offset + bytes);
    result[channel] = Float64Array.from(wide ? new Float64Array(slice) : new Float32Array(slice));
    offset += bytes;
  }
  if (!result.time) throw new Error('stored streams have no time channel');
  return result as ActivityStreams;
}
