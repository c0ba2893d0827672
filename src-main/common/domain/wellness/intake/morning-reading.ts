import type { ActivityRecord } from '../../activity';
import { localDateOf } from '../../dates';
import { computeRmssd } from '../rmssd';

/** Longest recording taken for a morning reading: apps record 1–5 minutes, so 10 leaves room. */
export const MORNING_READING_MAX_SECONDS = 600;
/** A resting reading; above this mean HR the recording was exercise, however short and still. */
export const MORNING_READING_MAX_HR = 100;

export interface MorningReading {
  date: string;
  rmssdMs: number;
  /** Mean heart rate over the clean beats: what HRV4Training and Elite HRV report as the reading's HR. */
  restingHr: number;
  cleanIntervals: number;
  totalIntervals: number;
}

export type MorningReadingOutcome = { ok: true; reading: MorningReading } | { ok: false; reason: string };

/**
 * A FIT recording that is a morning HRV reading rather than training: at most 10 minutes, with RR
 * intervals, no distance, no power and a resting heart rate. Null when it is an activity; an outcome
 * with a reason when it is a reading whose beats are too few or too noisy for an rMSSD.
 */
export function morningReadingOf(record: ActivityRecord, rrIntervalsMs: readonly number[] | null): MorningReadingOutcome | null {
  if (!rrIntervalsMs || rrIntervalsMs.length === 0) return null;
  if (record.elapsedSeconds > MORNING_READING_MAX_SECONDS) return null;
  if ((record.distanceMeters ?? 0) > 0 || (record.avgPower ?? 0) > 0) return null;
  if (record.avgHr !== null && record.avgHr > MORNING_READING_MAX_HR) return null;
  const rmssd = computeRmssd(rrIntervalsMs);
  const date = localDateOf(record.startTime, record.utcOffsetMinutes);
  if (!rmssd.ok) return { ok: false, reason: `morning HRV reading on ${date} not imported: ${rmssd.reason}` };
  if (rmssd.meanHr > MORNING_READING_MAX_HR) return null;
  return {
    ok: true,
    reading: { date, rmssdMs: rmssd.rmssdMs, restingHr: rmssd.meanHr, cleanIntervals: rmssd.cleanIntervals, totalIntervals: rmssd.totalIntervals },
  };
}

/** "morning HRV reading: rMSSD 52 ms on 2026-03-02 (resting HR 48 bpm, 290 of 295 beats clean)" */
export function describeMorningReading(reading: MorningReading): string {
  return (
    `morning HRV reading: rMSSD ${Math.round(reading.rmssdMs)} ms on ${reading.date} ` +
    `(resting HR ${Math.round(reading.restingHr)} bpm, ${reading.cleanIntervals} of ${reading.totalIntervals} beats clean)`
  );
}
