import type { ParsedEvent, ParsedRecord } from './parsed-types';
import { SAMPLE_CHANNELS, type SampleChannel, type SampleColumns, type TimerPause } from '../streams/resample';

/**
 * FIT records → sample columns, in file order; records without a timestamp are left out. Enhanced
 * (32-bit) speed/altitude win over the 16-bit fields; grade is stored in %. Old Garmin devices
 * (Forerunner 70 and kin) pack speed and distance into a 3-byte `compressed_speed_distance` field: a
 * 12-bit speed in 0.01 m/s and a 12-bit distance in 1/16 m that rolls over every 256 m, so distance
 * is accumulated across records.
 */
export function recordsToColumns(records: readonly ParsedRecord[]): SampleColumns {
  const timed = records.filter((r) => r.timestamp instanceof Date);
  const n = timed.length;
  const timeMs = new Float64Array(n);
  // One local array per channel (no lookups per sample): this loop runs once per recorded second.
  const column = () => new Float64Array(n).fill(Number.NaN);
  const distance = column();
  const hr = column();
  const power = column();
  const cadence = column();
  const speed = column();
  const altitude = column();
  const grade = column();
  const lat = column();
  const lon = column();
  const temperature = column();
  let packedDistance: { raw: number; total: number } | null = null;
  for (let i = 0; i < n; i++) {
    const record = timed[i]!;
    timeMs[i] = record.timestamp!.getTime();
    put(hr, i, record.heart_rate);
    put(power, i, record.power);
    put(cadence, i, record.cadence);
    put(speed, i, record.enhanced_speed ?? record.speed);
    put(altitude, i, record.enhanced_altitude ?? record.altitude);
    put(grade, i, record.grade === undefined ? undefined : record.grade / 100);
    put(lat, i, record.position_lat);
    put(lon, i, record.position_long);
    put(distance, i, record.distance);
    put(temperature, i, record.temperature);
    const packed = record.compressed_speed_distance;
    if (packed && packed.length === 3) {
      // fit-file-parser reports a 0xFF byte inside an array as null (the byte type's "invalid"), but here it is data.
      const [b0, b1, b2] = packed.map((b) => b ?? 0xff) as [number, number, number];
      if (Number.isNaN(speed[i]!)) speed[i] = (b0 | ((b1 & 0x0f) << 8)) / 100;
      const raw = (b1 >> 4) | (b2 << 4);
      packedDistance = packedDistance
        ? { raw, total: packedDistance.total + ((raw - packedDistance.raw + 4096) % 4096) / 16 }
        : { raw, total: raw / 16 };
      if (Number.isNaN(distance[i]!)) distance[i] = packedDistance.total;
    }
  }
  const byChannel: Record<SampleChannel, Float64Array> = {
    distance,
    hr,
    power,
    cadence,
    speed,
    altitude,
    grade,
    lat,
    lon,
    temperature,
  };
  const values = new Map<SampleChannel, Float64Array>();
  for (const channel of SAMPLE_CHANNELS)
    if (byChannel[channel].some(Number.isFinite)) values.set(channel, byChannel[channel]);
  return { timeMs, values };
}

function put(column: Float64Array, i: number, value: unknown): void {
  if (typeof value === 'number' && Number.isFinite(value)) column[i] = value;
}

const STOP_TYPES = new Set(['stop', 'stop_all', 'stop_disable', 'stop_disable_all']);

/**
 * Timer-stopped intervals from FIT `event` messages (event "timer": stop … start). Returns null when the
 * file has no timer events, so the resampler infers pauses from gaps instead.
 */
export function timerPauses(events: readonly ParsedEvent[] | undefined): TimerPause[] | null {
  const timerEvents = (events ?? [])
    .filter((e) => e.event === 'timer' && e.timestamp instanceof Date)
    .sort((a, b) => a.timestamp!.getTime() - b.timestamp!.getTime());
  if (timerEvents.length === 0) return null;
  const pauses: TimerPause[] = [];
  let stoppedAt: number | null = null;
  for (const e of timerEvents) {
    const t = e.timestamp!.getTime();
    if (typeof e.event_type === 'string' && STOP_TYPES.has(e.event_type)) stoppedAt ??= t;
    else if (e.event_type === 'start' && stoppedAt !== null) {
      if (t > stoppedAt) pauses.push({ fromMs: stoppedAt, toMs: t });
      stoppedAt = null;
    }
  }
  return pauses;
}
