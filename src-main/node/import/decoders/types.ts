import type { ActivityRecord, ActivityTimeSource, ActivityWarning } from '../../../common/domain/activity';

export interface DecodedDevice {
  manufacturer: string | null;
  product: string | null;
  serial: string | null;
}

export interface DecodedActivity {
  /**
   * Its start and lap times are placed (activity-placement.ts) once the athlete, and so the zone, is
   * known: until then a floating record holds local wall-clock times as if they were UTC, and the
   * utcOffsetMinutes of any but a 'file-offset' record is a placeholder 0.
   */
  record: ActivityRecord;
  timeSource: ActivityTimeSource;
  device: DecodedDevice | null;
  /** Multisport: the legs of one event share this key (null for a single-sport activity). */
  eventKey: string | null;
  /** Position of this leg in its multisport event, from 0 (null for a single-sport activity). */
  legIndex: number | null;
  /** Beat-to-beat (RR) intervals in milliseconds, in recording order, when the file has hrv messages. */
  rrIntervalsMs: number[] | null;
  /** What the coach should know about this activity's record, stored with it (an undated clock, a recovered file). */
  warnings: ActivityWarning[];
  /**
   * Set when the source named no activity: the record's name is this followed by the activity's local
   * date, which is known only once the activity is placed (activity-placement.ts names it again then).
   */
  unnamedPrefix?: string;
}

export type DecodedFormat = 'fit' | 'tcx' | 'gpx';

export interface DecodeResult {
  format: DecodedFormat;
  activities: DecodedActivity[];
  /** Problems that did not stop the decode (a broken chained part, a dropped track, …), user-facing. */
  warnings: string[];
}

/** The file cannot be imported; `message` is the specific, user-facing reason. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
}
