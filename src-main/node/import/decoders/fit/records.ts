import type { ParsedEvent, ParsedRecord } from './parsed-types';
import type { TimedSample, TimerPause } from '../streams/resample';

/**
 * FIT records → samples, in file order. Old Garmin devices (Forerunner 70 and kin) pack speed and
 * distance into a 3-byte `compressed_speed_distance` field: a 12-bit speed in 0.01 m/s and a 12-bit
 * distance in 1/16 m that rolls over every 256 m, so distance is accumulated across records.
 */
export function recordsToSamples(records: readonly ParsedRecord[]): TimedSample[] {
  const samples: TimedSample[] = [];
  let distance: { raw: number; total: number } | null = null;
  for (const record of records) {
    const sample = recordToSample(record);
    if (!sample) continue;
    const packed = record.compressed_speed_distance;
    if (packed && packed.length === 3) {
      // fit-file-parser reports a 0xFF byte inside an array as null (the byte type's "invalid"), but here it is data.
      const [b0, b1, b2] = packed.map((b) => b ?? 0xff) as [number, number, number];
      if (sample.speed === undefined) sample.speed = (b0 | ((b1 & 0x0f) << 8)) / 100;
      const raw = (b1 >> 4) | (b2 << 4);
      distance = distance ? { raw, total: distance.total + (((raw - distance.raw) + 4096) % 4096) / 16 } : { raw, total: raw / 16 };
      if (sample.distance === undefined) sample.distance = distance.total;
    }
    samples.push(sample);
  }
  return samples;
}

/** FIT record → sample. Enhanced (32-bit) speed/altitude win over the 16-bit fields; grade is stored in %. */
function recordToSample(record: ParsedRecord): TimedSample | null {
  if (!(record.timestamp instanceof Date)) return null;
  const sample: TimedSample = { timeMs: record.timestamp.getTime() };
  assign(sample, 'hr', record.heart_rate);
  assign(sample, 'power', record.power);
  assign(sample, 'cadence', record.cadence);
  assign(sample, 'speed', record.enhanced_speed ?? record.speed);
  assign(sample, 'altitude', record.enhanced_altitude ?? record.altitude);
  assign(sample, 'grade', record.grade === undefined ? undefined : record.grade / 100);
  assign(sample, 'lat', record.position_lat);
  assign(sample, 'lon', record.position_long);
  assign(sample, 'distance', record.distance);
  assign(sample, 'temperature', record.temperature);
  return sample;
}

function assign(sample: TimedSample, key: Exclude<keyof TimedSample, 'timeMs'>, value: unknown): void {
  if (typeof value === 'number' && Number.isFinite(value)) sample[key] = value;
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
