import type { ActivityStreams, StreamChannel } from '../../../../common/domain/activity';

/**
 * Resampling convention (the same for FIT, TCX and GPX):
 * - The output holds one sample per second *while the timer ran*. Timer-paused gaps are dropped, not
 *   filled, so the sample count ≈ timer seconds and NP/TSS see exactly the riding the device timed.
 * - `time` is seconds since the activity start on the wall clock, so it jumps across a pause; the index
 *   is timer time, `time` is elapsed time.
 * - A pause is a device timer stop/start pair when the source has timer events; otherwise (TCX, GPX,
 *   FIT files without events) any gap longer than INFERRED_PAUSE_SECONDS between two samples.
 * - Inside running-timer periods, gaps up to MAX_INTERPOLATION_SECONDS (smart recording, short
 *   dropouts) are linearly interpolated; longer gaps become NaN for every channel except cumulative
 *   distance, which is interpolated because it is monotonic and its endpoints are known. NaN power
 *   counts as 0 in NP, like a coasting zero; a recorded 0 stays 0.
 * - A recorded second that lacks a position, altitude, distance or temperature reading (GPS fix lost
 *   for a moment) gets the same short-gap interpolation for that channel; heart rate, power, cadence
 *   and speed holes stay NaN, because those sensors really gave no reading.
 * - Samples before the start, and samples recorded inside a timer pause, are dropped.
 */
export const INFERRED_PAUSE_SECONDS = 60;
export const MAX_INTERPOLATION_SECONDS = 30;
/** Gaps this long are never filled, even with the timer running: no device records a 6-hour dropout. */
const MAX_FILLED_GAP_SECONDS = 6 * 3600;
/** An upper bound on stream length (7 days of 1 Hz samples) so hostile timestamps cannot exhaust memory. */
const MAX_STREAM_SAMPLES = 7 * 24 * 3600;

export type SampleChannel = Exclude<StreamChannel, 'time'>;
export const SAMPLE_CHANNELS: readonly SampleChannel[] = [
  'distance',
  'hr',
  'power',
  'cadence',
  'speed',
  'altitude',
  'grade',
  'lat',
  'lon',
  'temperature',
];

export type TimedSample = { timeMs: number } & Partial<Record<SampleChannel, number>>;

/**
 * Samples as columns (NaN = no reading). Decoding an hour of 1 Hz records this way allocates a dozen
 * typed arrays instead of thousands of objects, which keeps the importer close to the parser's speed.
 */
export interface SampleColumns {
  timeMs: Float64Array;
  values: Map<SampleChannel, Float64Array>;
}

/** Columns for sources that build samples one by one (TCX, GPX). */
export function columnsFromSamples(samples: readonly TimedSample[]): SampleColumns {
  const timeMs = Float64Array.from(samples, (s) => s.timeMs);
  const values = new Map<SampleChannel, Float64Array>();
  for (const c of SAMPLE_CHANNELS) {
    if (!samples.some((s) => s[c] !== undefined)) continue;
    values.set(
      c,
      Float64Array.from(samples, (s) => s[c] ?? Number.NaN),
    );
  }
  return { timeMs, values };
}

/** The samples whose time satisfies `keep`, as new columns. */
export function selectColumns(columns: SampleColumns, keep: (timeMs: number) => boolean): SampleColumns {
  const indices: number[] = [];
  for (let i = 0; i < columns.timeMs.length; i++) if (keep(columns.timeMs[i]!)) indices.push(i);
  const pick = (source: Float64Array) => Float64Array.from(indices, (i) => source[i]!);
  return { timeMs: pick(columns.timeMs), values: new Map([...columns.values].map(([c, v]) => [c, pick(v)])) };
}

export interface TimerPause {
  fromMs: number;
  toMs: number;
}

export interface ResampleOptions {
  startMs: number;
  /** Timer-stopped intervals from the device's timer events; null when the source records none. */
  pauses: TimerPause[] | null;
}

export function resampleToOneHertz(samples: SampleColumns, options: ResampleOptions): ActivityStreams | null {
  const seconds = bucketBySecond(samples, options);
  const n = seconds.second.length;
  if (n === 0) return null;
  const channels = SAMPLE_CHANNELS.filter((c) => seconds.values.has(c));

  // First pass sizes the output so every channel is written once into a preallocated typed array.
  const fillBefore = new Int32Array(n);
  let length = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const gap = seconds.second[i]! - seconds.second[i - 1]!;
      const fillable = gap > 1 && gap <= MAX_FILLED_GAP_SECONDS && length + gap <= MAX_STREAM_SAMPLES;
      if (fillable && !isPause(seconds.second[i - 1]!, seconds.second[i]!, options)) fillBefore[i] = gap - 1;
    }
    if (length + fillBefore[i]! >= MAX_STREAM_SAMPLES) {
      fillBefore[i] = 0;
      break;
    }
    length += fillBefore[i]! + 1;
  }

  const time = new Float64Array(length);
  // Arrays indexed like `channels`, so the per-sample loops do no map lookups.
  const sources = channels.map((c) => seconds.values.get(c)!);
  const outputs = channels.map(() => new Float64Array(length));
  let k = 0;
  for (let i = 0; i < n && k < length; i++) {
    const current = seconds.second[i]!;
    const gap = fillBefore[i]! + 1;
    for (let s = 1; s < gap; s++) {
      time[k] = current - gap + s;
      for (let j = 0; j < channels.length; j++)
        outputs[j]![k] = fillValue(channels[j]!, sources[j]![i - 1]!, sources[j]![i]!, s / gap, gap);
      k++;
    }
    time[k] = current;
    for (let j = 0; j < channels.length; j++) outputs[j]![k] = sources[j]![i]!;
    k++;
  }

  const streams: ActivityStreams = { time };
  channels.forEach((c, j) => {
    if (CONTINUOUS_CHANNELS.has(c)) interpolateShortHoles(outputs[j]!, time);
    streams[c] = outputs[j]!;
  });
  return streams;
}

const CONTINUOUS_CHANNELS = new Set<SampleChannel>(['lat', 'lon', 'altitude', 'distance', 'temperature']);

/** Linear interpolation over NaN runs of at most MAX_INTERPOLATION_SECONDS inside contiguous seconds. */
function interpolateShortHoles(values: Float64Array, time: Float64Array): void {
  let lastFinite = -1;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]!)) continue;
    const span = time[i]! - (lastFinite >= 0 ? time[lastFinite]! : 0);
    if (lastFinite >= 0 && i - lastFinite > 1 && span === i - lastFinite && span <= MAX_INTERPOLATION_SECONDS) {
      for (let j = lastFinite + 1; j < i; j++)
        values[j] = values[lastFinite]! + ((values[i]! - values[lastFinite]!) * (j - lastFinite)) / (i - lastFinite);
    }
    lastFinite = i;
  }
}

/** Recorded seconds, columnar: `second` ascending, one NaN-padded array per channel that has any value. */
interface SecondBuckets {
  second: number[];
  values: Map<SampleChannel, Float64Array>;
}

/** Whole seconds since the start, sorted; several samples in one second merge (later values win). */
function bucketBySecond(samples: SampleColumns, options: ResampleOptions): SecondBuckets {
  const kept: number[] = [];
  for (let i = 0; i < samples.timeMs.length; i++) {
    const t = samples.timeMs[i]!;
    if (Number.isFinite(t) && t >= options.startMs - 500 && !insidePause(t, options.pauses)) kept.push(i);
  }
  // Devices write records in time order; sorting only when they did not saves most of the work.
  if (!kept.every((index, k) => k === 0 || samples.timeMs[kept[k - 1]!]! <= samples.timeMs[index]!)) {
    kept.sort((a, b) => samples.timeMs[a]! - samples.timeMs[b]! || a - b);
  }
  const second: number[] = [];
  const bucketOf = new Int32Array(kept.length);
  for (let k = 0; k < kept.length; k++) {
    const s = Math.max(0, Math.round((samples.timeMs[kept[k]!]! - options.startMs) / 1000));
    if (second.length === 0 || second[second.length - 1] !== s) second.push(s);
    bucketOf[k] = second.length - 1;
  }
  const values = new Map<SampleChannel, Float64Array>();
  for (const [channel, source] of samples.values) {
    const column = new Float64Array(second.length).fill(Number.NaN);
    let any = false;
    for (let k = 0; k < kept.length; k++) {
      const v = source[kept[k]!]!;
      if (Number.isFinite(v)) {
        column[bucketOf[k]!] = v;
        any = true;
      }
    }
    if (any) values.set(channel, column);
  }
  return { second, values };
}

function insidePause(timeMs: number, pauses: TimerPause[] | null): boolean {
  return pauses !== null && pauses.some((p) => timeMs > p.fromMs && timeMs < p.toMs);
}

function isPause(fromSecond: number, toSecond: number, options: ResampleOptions): boolean {
  if (options.pauses === null) return toSecond - fromSecond > INFERRED_PAUSE_SECONDS;
  const fromMs = options.startMs + fromSecond * 1000;
  const toMs = options.startMs + toSecond * 1000;
  // A pause counts when at least a second of it falls inside the gap.
  return options.pauses.some((p) => Math.min(p.toMs, toMs) - Math.max(p.fromMs, fromMs) >= 1000);
}

function fillValue(channel: SampleChannel, before: number, after: number, fraction: number, gap: number): number {
  if (!Number.isFinite(before) || !Number.isFinite(after)) return Number.NaN;
  if (gap > MAX_INTERPOLATION_SECONDS && channel !== 'distance') return Number.NaN;
  return before + (after - before) * fraction;
}
