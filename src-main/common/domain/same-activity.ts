import type { Sport } from './sports';
import type { ActivityRecord } from './activity';

/**
 * When two recordings are one activity, and which of them to keep.
 *
 * One athlete cannot do two activities at once, so recordings whose time spans mostly coincide and
 * whose duration and distance agree are the same activity, whatever sport each file names: Garmin's
 * TCX export writes a pool swim as Sport="Other", and a platform that re-saves a walk may call it
 * "generic" and shift it by minutes. Sport never decides a match; it decides which record to keep.
 */

/** The part of a recording that says when it happened and how long and far it went. */
export interface RecordingSpan {
  sport: Sport;
  startTime: string;
  elapsedSeconds: number;
  distanceMeters: number | null;
}

/** The part of a recording that says how much it knows. */
export interface RecordingDetail {
  sport: Sport;
  /** Stream channels it carries, besides time. */
  channels: number;
  /** Summary values it states (sub-sport, heart rate, power, cadence, speed, ascent, calories…). */
  summaryValues: number;
}

/** The summary values that count towards a record's detail: what a device states beyond its start and duration. */
export const SUMMARY_VALUE_KEYS = [
  'subSport',
  'movingSeconds',
  'distanceMeters',
  'ascentMeters',
  'avgHr',
  'maxHr',
  'avgPower',
  'maxPower',
  'avgCadence',
  'avgSpeed',
  'maxSpeed',
  'calories',
] as const satisfies readonly (keyof ActivityRecord)[];

export type SummaryValues = Pick<ActivityRecord, 'sport' | (typeof SUMMARY_VALUE_KEYS)[number]>;

/** A record's detail from its summary values and the names of its stored stream channels. */
export function recordingDetail(record: SummaryValues, channels: readonly string[]): RecordingDetail {
  return {
    sport: record.sport,
    channels: channels.filter((c) => c !== 'time').length,
    summaryValues: SUMMARY_VALUE_KEYS.filter((key) => record[key] !== null && record[key] !== undefined).length,
  };
}

/** A re-export of the same sport starting within this of the other is the same activity (as before spans were compared). */
export const SAME_START_WINDOW_MS = 60_000;
/** Share of the longer span the two must have in common. */
export const MIN_SHARED_SPAN = 0.5;
/** Elapsed times may differ by this share of the longer one (exports round, trim or pad the ends)… */
const DURATION_TOLERANCE = 0.1;
/** …or by this much, for short activities. */
const DURATION_SLACK_SECONDS = 60;
/** Distances, when both recordings have one, may differ by this share of the longer… */
const DISTANCE_TOLERANCE = 0.05;
/** …or by this much (GPS against wheel or pool-length counts on short activities). */
const DISTANCE_SLACK_METERS = 100;

/** How much of the longer recording's time span the two share, 0 when they do not overlap. */
export function sharedSpan(a: RecordingSpan, b: RecordingSpan): number {
  const [aStart, aEnd] = span(a);
  const [bStart, bEnd] = span(b);
  const longer = Math.max(aEnd - aStart, bEnd - bStart);
  if (!(longer > 0)) return aStart === bStart ? 1 : 0;
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart)) / longer;
}

export function isSameActivity(a: RecordingSpan, b: RecordingSpan): boolean {
  const aStart = Date.parse(a.startTime);
  const bStart = Date.parse(b.startTime);
  if (!Number.isFinite(aStart) || !Number.isFinite(bStart)) return false;
  if (a.sport === b.sport && Math.abs(aStart - bStart) <= SAME_START_WINDOW_MS) return true;
  return (
    sharedSpan(a, b) >= MIN_SHARED_SPAN &&
    durationsAgree(a.elapsedSeconds, b.elapsedSeconds) &&
    distancesAgree(a.distanceMeters, b.distanceMeters)
  );
}

/**
 * Whether `candidate` should replace `kept` as the stored record of their activity, and why. A record
 * that names its sport beats one that says "other" (the sport picks the load model: sTSS, rTSS…);
 * then more stream channels, then more summary values. A tie keeps what is stored (`because` null).
 */
export function richerRecording(
  kept: RecordingDetail,
  candidate: RecordingDetail,
): { replace: boolean; because: string | null } {
  const knows = (r: RecordingDetail) => (r.sport === 'other' ? 0 : 1);
  if (knows(candidate) !== knows(kept)) {
    return knows(candidate) > knows(kept)
      ? { replace: true, because: `it names the sport (${candidate.sport}, not ${kept.sport})` }
      : { replace: false, because: `it names the sport (${kept.sport}, not ${candidate.sport})` };
  }
  if (candidate.channels !== kept.channels) {
    const [more, fewer] = candidate.channels > kept.channels ? [candidate, kept] : [kept, candidate];
    return { replace: more === candidate, because: `it has ${more.channels} data channels, not ${fewer.channels}` };
  }
  if (candidate.summaryValues !== kept.summaryValues) {
    const [more, fewer] = candidate.summaryValues > kept.summaryValues ? [candidate, kept] : [kept, candidate];
    return {
      replace: more === candidate,
      because: `it states ${more.summaryValues} summary values, not ${fewer.summaryValues}`,
    };
  }
  return { replace: false, because: null };
}

function span(r: RecordingSpan): [number, number] {
  const start = Date.parse(r.startTime);
  return [start, start + Math.max(0, r.elapsedSeconds) * 1000];
}

function durationsAgree(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(DURATION_SLACK_SECONDS, DURATION_TOLERANCE * Math.max(a, b));
}

/** A missing or zero distance (an indoor ride without a speed sensor) says nothing either way. */
function distancesAgree(a: number | null, b: number | null): boolean {
  if (a === null || b === null || !(a > 0) || !(b > 0)) return true;
  return Math.abs(a - b) <= Math.max(DISTANCE_SLACK_METERS, DISTANCE_TOLERANCE * Math.max(a, b));
}
