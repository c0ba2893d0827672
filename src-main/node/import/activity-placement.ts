import type { ActivityRecord, ActivityTimeSource } from '../../common/domain/activity';
import { localDateOf } from '../../common/domain/dates';
import { placeStart } from '../../common/domain/time-zone';
import { morningReadingOn, type MorningReadingOutcome } from '../../common/domain/wellness/intake/morning-reading';
import { namedForDay } from './decoders/unnamed-activity';
import type { PreparedDecodedActivity } from './prepare';

/** A decoded activity with its times placed in its athlete's zone, ready to be stored. */
export interface PlacedActivity extends Omit<PreparedDecodedActivity, 'morningReading'> {
  morningReading: MorningReadingOutcome | null;
}

/**
 * Decoding happens in worker threads before anyone knows whose file it is, so a decoded record's
 * start is only provisional (see DecodedActivity.record). Once the athlete is known, this gives it its
 * UTC start and the offset that dates it: the file's own offset when it has a valid one, otherwise the
 * athlete's zone at that date; a floating local time moves, with its laps, to the instant it names in
 * the athlete's zone. A morning reading gets the placed day.
 */
export function placeActivity(activity: PreparedDecodedActivity, timeZone: string): PlacedActivity {
  const placed = placeRecord(activity.record, activity.timeSource, timeZone);
  const record =
    activity.unnamedPrefix === undefined
      ? placed
      : { ...placed, name: namedForDay(activity.unnamedPrefix, Date.parse(placed.startTime), placed.utcOffsetMinutes) };
  const { morningReading } = activity;
  return {
    ...activity,
    record,
    morningReading:
      morningReading && morningReadingOn(morningReading, localDateOf(record.startTime, record.utcOffsetMinutes)),
  };
}

export function placeRecord(record: ActivityRecord, source: ActivityTimeSource, timeZone: string): ActivityRecord {
  const startMs = Date.parse(record.startTime);
  const placed = placeStart(source, startMs, record.utcOffsetMinutes, timeZone);
  const shiftMs = placed.startMs - startMs;
  const shift = (iso: string) => (shiftMs === 0 ? iso : new Date(Date.parse(iso) + shiftMs).toISOString());
  return {
    ...record,
    startTime: shift(record.startTime),
    utcOffsetMinutes: placed.utcOffsetMinutes,
    laps: shiftMs === 0 ? record.laps : record.laps.map((lap) => ({ ...lap, startTime: shift(lap.startTime) })),
  };
}
