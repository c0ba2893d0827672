import type { ActivityStreams } from '../../../../common/domain/activity';
import type { ParsedFit } from './parsed-types';

/**
 * Garmin HRM-Swim/Tri/Pro chest straps store heart rate while the watch cannot receive it (under water)
 * and the watch appends it to the activity as `hr` messages, often in extra chained FIT files. Each
 * anchor message pairs a UTC timestamp with the strap's event_timestamp (s, 1/1024 resolution); the
 * following messages pack eight 12-bit event times (rolling over every 4 s) with eight bpm values.
 *
 * The strap is the better sensor: where it has beats, its reading replaces the record's heart rate
 * (what the watch received live: its wrist sensor's, or the strap's signal when it got through), as the
 * FIT SDK's HR merge does and as the device's own session average does. On an open-water swim (Forerunner 945 with an HRM-Pro)
 * the records read 132 bpm while the strap, the SDK merge and the device's average say 120; keeping
 * the wrist values put the heart-rate load 42 % high. Seconds the strap has no beat for keep the
 * record's value.
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
/** A second with no beat of its own takes the nearest beat this close: strap beats arrive about once a second. */
const MAX_BEAT_DISTANCE_SECONDS = 3;

/** The chest strap's stored heart rate for one FIT file, applied to each activity's stream as it is built. */
export class StrapHeartRate {
  private replaced = 0;
  private filled = 0;

  private constructor(private readonly beats: readonly HeartBeat[]) {}

  /** The strap's beats from every part of a (chained) FIT file, or null when it stored none. */
  static fromParts(parts: readonly ParsedFit[]): StrapHeartRate | null {
    const beats = parts.flatMap((p) =>
      heartBeatsFromHrMessages(((p.messages as Record<string, unknown> | undefined)?.hr ?? []) as HrMessage[]),
    );
    if (beats.length === 0) return null;
    return new StrapHeartRate(beats.sort((a, b) => a.timeMs - b.timeMs));
  }

  /**
   * Each stream second (t − 1 s, t] with strap beats gets their mean, rounded to a whole bpm as the
   * SDK does; a second without one gets the nearest beat within MAX_BEAT_DISTANCE_SECONDS.
   */
  applyTo(streams: ActivityStreams, startMs: number): void {
    const hr = streams.hr ?? new Float64Array(streams.time.length).fill(Number.NaN);
    let next = 0;
    let changed = false;
    for (let i = 0; i < streams.time.length; i++) {
      const t = startMs + streams.time[i]! * 1000;
      while (next < this.beats.length && this.beats[next]!.timeMs <= t - 1000) next++;
      let sum = 0;
      let count = 0;
      for (let k = next; k < this.beats.length && this.beats[k]!.timeMs <= t; k++) {
        sum += this.beats[k]!.bpm;
        count++;
      }
      const bpm = count > 0 ? Math.round(sum / count) : this.nearestBpm(t, next);
      if (bpm === null) continue;
      if (Number.isFinite(hr[i]!)) this.replaced++;
      else this.filled++;
      hr[i] = bpm;
      changed = true;
    }
    if (changed) streams.hr = hr;
  }

  /** What the import report says: how many seconds the strap gave, and how many of them replaced the watch's reading. */
  describe(): string | null {
    const used = this.replaced + this.filled;
    if (used === 0) return null;
    const over = this.replaced > 0 ? `, over the watch's own reading for ${this.replaced} of them` : '';
    return `heart rate from the chest strap's stored data (${this.beats.length} beats) for ${used} seconds${over}`;
  }

  /** The beat nearest t among the two around index `next` (the first beat after t − 1 s), if close enough. */
  private nearestBpm(t: number, next: number): number | null {
    let best: HeartBeat | null = null;
    for (const beat of [this.beats[next - 1], this.beats[next]]) {
      if (beat && (!best || Math.abs(beat.timeMs - t) < Math.abs(best.timeMs - t))) best = beat;
    }
    return best && Math.abs(best.timeMs - t) <= MAX_BEAT_DISTANCE_SECONDS * 1000 ? best.bpm : null;
  }
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
    const eventTicks = m.event_timestamp12
      ? unpack12BitTimes(m.event_timestamp12).map((low) => (lastTicks = unroll(lastTicks, low)))
      : (m.event_timestamp ?? []).map((s) => (lastTicks = Math.round(s * TICKS_PER_SECOND)));
    const bpm = m.filtered_bpm ?? [];
    for (let i = 0; i < Math.min(bpm.length, eventTicks.length); i++) {
      const value = bpm[i]!;
      if (value > 0 && value < 255)
        beats.push({ timeMs: anchor.utcMs + ((eventTicks[i]! - anchor.ticks) / TICKS_PER_SECOND) * 1000, bpm: value });
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
