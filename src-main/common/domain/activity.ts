import type { Sport } from './sports';
import type { SampleExclusion } from './metrics/sample-plausibility';

/** Sample channels an activity can carry at 1 Hz; missing samples are NaN. */
export const STREAM_CHANNELS = [
  'time',
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
] as const;
export type StreamChannel = (typeof STREAM_CHANNELS)[number];
export type ActivityStreams = Partial<Record<StreamChannel, Float64Array>> & { time: Float64Array };

export interface ActivityLap {
  startTime: string;
  elapsedSeconds: number;
  timerSeconds: number;
  distanceMeters: number | null;
  avgHr: number | null;
  maxHr: number | null;
  avgPower: number | null;
  maxPower: number | null;
  avgSpeed: number | null;
  avgCadence: number | null;
  intensity: string | null;
}

/**
 * How a source states an activity's times, which decides how its UTC start and calendar day are found:
 * - 'file-offset': UTC instants and the file's own, valid local offset (FIT activity.local_timestamp);
 * - 'utc': UTC instants without a local offset, so the day is the athlete's zone's at that instant;
 * - 'floating': local wall-clock times with no offset at all (TCX/GPX times without "Z"), held as if
 *   they were UTC until the athlete's zone says which instants they name.
 */
export type ActivityTimeSource = 'file-offset' | 'utc' | 'floating';

/** The normalised shape every source (FIT, TCX, GPX, demo generator) produces before it is stored. */
export interface ActivityRecord {
  sport: Sport;
  subSport: string | null;
  name: string;
  startTime: string;
  utcOffsetMinutes: number;
  elapsedSeconds: number;
  timerSeconds: number;
  movingSeconds: number | null;
  distanceMeters: number | null;
  ascentMeters: number | null;
  avgHr: number | null;
  maxHr: number | null;
  avgPower: number | null;
  maxPower: number | null;
  /** As the device wrote it; used only when there is no power stream to compute it from. */
  normalizedPower: number | null;
  avgCadence: number | null;
  avgSpeed: number | null;
  maxSpeed: number | null;
  calories: number | null;
  rpe: number | null;
  notes: string;
  laps: ActivityLap[];
  streams: ActivityStreams | null;
  /** Impossible samples and summary figures left out of the streams and metrics (none when absent). */
  excludedSamples?: SampleExclusion[];
}

export interface ActivityLoad {
  load: number | null;
  method: 'power' | 'pace' | 'swim' | 'hr' | 'rpe' | 'none';
  explanation: string;
  metrics: Record<string, number | string | null>;
}

/**
 * What the coach should know about how an activity's record was obtained, kept with the activity (the
 * import report says it once; the activity view says it for as long as it is true):
 * - 'date-unknown': the device clock was never set and nothing in the file dated it, so it is filed at
 *   the power-on count read as a date (1990–1998) until the coach sets its start;
 * - 'date-estimated': the device clock was never set and only the file's modification time (taken as
 *   the end of the recording) dated it — a guess that a copy of the file makes wrong, so the coach may
 *   set the real start;
 * - 'date-set-by-coach': such an activity after the coach set its start; `previousStartTime` is where
 *   it was filed, `setAt` when the coach set it;
 * - 'recovered': a damaged file of which only the complete messages were imported.
 */
export type ActivityWarning =
  | { kind: 'date-unknown' }
  | { kind: 'date-estimated'; modifiedAt: string }
  | { kind: 'date-set-by-coach'; setAt: string; previousStartTime: string }
  | { kind: 'recovered'; unreadableBytes: number };
