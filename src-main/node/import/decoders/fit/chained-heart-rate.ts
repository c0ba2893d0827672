import type { DecodedActivity } from '../types';
import type { ParsedFit } from './parsed-types';

/**
 * Garmin HRM-Swim/Tri/Pro straps store heart rate while the watch cannot receive it (under water) and
 * the watch appends it to the activity as `hr` messages, often in extra chained FIT files. Each
 * anchor message pairs a UTC timestamp with the strap's event_timestamp (s, 1/1024 resolution); the
 * following messages pack eight 12-bit event times (rolling over every 4 s) with eight bpm values.
 * This rebuilds the beats' UTC times and fills the seconds of an activity that has no heart rate there.
 */
interface HrMessage {
  timestamp?: Date;
  fractional_timestamp?: number;
  event_timestamp?: number[];
  event_timestamp12?: number[];
  filtered_bpm?: number[];
}

interface HeartBeat {
  timeMs: number;
  bpm: number;
}

const TICKS_PER_SECOND = 1024;
const ROLLOVER_TICKS = 4096;
/** A beat fills the stream seconds up to this far from it: strap beats arrive about once a second. */
const MAX_BEAT_DISTANCE_SECONDS = 3;

export function mergeChainedHeartRate(activities: DecodedActivity[], parts: readonly ParsedFit[], warnings: string[]): void {
  const beats = parts.flatMap((p) => heartBeatsFromHrMessages(((p.messages as Record<string, unknown> | undefined)?.hr ?? []) as HrMessage[]));
  if (beats.length === 0) return;
  beats.sort((a, b) => a.timeMs - b.timeMs);
  let filled = 0;
  for (const { record } of activities) {
    const streams = record.streams;
    if (!streams) continue;
    const startMs = Date.parse(record.startTime);
    const hr = streams.hr ?? new Float64Array(streams.time.length).fill(Number.NaN);
    let beat = 0;
    let changed = false;
    for (let i = 0; i < streams.time.length; i++) {
      if (Number.isFinite(hr[i])) continue;
      const t = startMs + streams.time[i]! * 1000;
      while (beat + 1 < beats.length && beats[beat + 1]!.timeMs <= t) beat++;
      const nearest = [beats[beat], beats[beat + 1]].filter((b) => b !== undefined).sort((a, b) => Math.abs(a.timeMs - t) - Math.abs(b.timeMs - t))[0];
      if (nearest && Math.abs(nearest.timeMs - t) <= MAX_BEAT_DISTANCE_SECONDS * 1000) {
        hr[i] = nearest.bpm;
        changed = true;
        filled++;
      }
    }
    if (changed) {
      streams.hr = hr;
      record.avgHr ??= mean(hr);
      record.maxHr ??= max(hr);
    }
  }
  if (filled > 0) warnings.push(`heart rate stored by the strap (${beats.length} beats) filled ${filled} seconds without watch heart rate`);
}

export function heartBeatsFromHrMessages(messages: readonly HrMessage[]): HeartBeat[] {
  const beats: HeartBeat[] = [];
  let anchor: { utcMs: number; ticks: number } | null = null;
  let lastTicks = 0;
  for (const m of messages) {
    if (m.timestamp instanceof Date && m.event_timestamp?.length) {
      const ticks = Math.round(m.event_timestamp[0]! * TICKS_PER_SECOND);
      anchor = { utcMs: m.timestamp.getTime() + (m.fractional_timestamp ?? 0) * 1000, ticks };
      lastTicks = ticks;
    }
    if (!anchor) continue;
    const eventTicks = m.event_timestamp12 ? unpack12BitTimes(m.event_timestamp12).map((low) => (lastTicks = unroll(lastTicks, low))) : (m.event_timestamp ?? []).map((s) => (lastTicks = Math.round(s * TICKS_PER_SECOND)));
    const bpm = m.filtered_bpm ?? [];
    for (let i = 0; i < Math.min(bpm.length, eventTicks.length); i++) {
      const value = bpm[i]!;
      if (value > 0 && value < 255) beats.push({ timeMs: anchor.utcMs + ((eventTicks[i]! - anchor.ticks) / TICKS_PER_SECOND) * 1000, bpm: value });
    }
  }
  return beats;
}

/** Eight 12-bit little-endian values packed into 12 bytes. */
function unpack12BitTimes(bytes: readonly number[]): number[] {
  const values: number[] = [];
  for (let i = 0; i + 2 < bytes.length; i += 3) {
    values.push(bytes[i]! | ((bytes[i + 1]! & 0x0f) << 8));
    values.push((bytes[i + 1]! >> 4) | (bytes[i + 2]! << 4));
  }
  return values;
}

function unroll(previousTicks: number, low12: number): number {
  return previousTicks + ((low12 - (previousTicks % ROLLOVER_TICKS) + ROLLOVER_TICKS) % ROLLOVER_TICKS);
}

function mean(values: Float64Array): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    sum += v;
    n++;
  }
  return n > 0 ? sum / n : null;
}

function max(values: Float64Array): number | null {
  let best = -Infinity;
  for (const v of values) if (Number.isFinite(v) && v > best) best = v;
  return Number.isFinite(best) ? best : null;
}
