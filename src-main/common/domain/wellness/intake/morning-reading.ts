import type { ActivityRecord } from '../../activity';
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
 * A morning reading as measured, before its day is known: the day can depend on the athlete's time
 * zone, which the decoder does not know yet (see morningReadingOn).
 */
export type MorningMeasurement = ({ ok: true } & Omit<MorningReading, 'date'>) | { ok: false; problem: string };

/**
 * A FIT recording that is a morning HRV reading rather than training: at most 10 minutes, with RR
 * intervals, no distance, no power and a resting heart rate. Null when it is an activity; a measurement
 * with the problem when it is a reading whose beats are too few or too noisy for an rMSSD.
 */
export function measureMorningReading(
  record: ActivityRecord,
  rrIntervalsMs: readonly number[] | null,
): MorningMeasurement | null {
  if (!rrIntervalsMs || rrIntervalsMs.length === 0) return null;
  if (record.elapsedSeconds > MORNING_READING_MAX_SECONDS) return null;
  if ((record.distanceMeters ?? 0) > 0 || (record.avgPower ?? 0) > 0) return null;
  if (record.avgHr !== null && record.avgHr > MORNING_READING_MAX_HR) return null;
  const rmssd = computeRmssd(rrIntervalsMs);
  if (!rmssd.ok) return { ok: false, problem: rmssd.reason };
  if (rmssd.meanHr > MORNING_READING_MAX_HR) return null;
  return {
    ok: true,
    rmssdMs: rmssd.rmssdMs,
    restingHr: rmssd.meanHr,
    cleanIntervals: rmssd.cleanIntervals,
    totalIntervals: rmssd.totalIntervals,
  };
}

/** The measured reading as the wellness value of `date`, the recording's local day. */
export function morningReadingOn(measurement: MorningMeasurement, date: string): MorningReadingOutcome {
  if (!measurement.ok)
    return { ok: false, reason: `morning HRV reading on ${date} not imported: ${measurement.problem}` };
  const { ok, ...values } = measurement;
  return { ok, reading: { date, ...values } };
}

/** "morning HRV reading: rMSSD 52 ms on 2026-03-02 (resting HR 48 bpm, 290 of 295 beats clean)" */
export function describeMorningReading(reading: MorningReading): string {
  return (
    `morning HRV reading: rMSSD ${Math.round(reading.rmssdMs)} ms on ${reading.date} ` +
    `(resting HR ${Math.round(reading.restingHr)} bpm, ${reading.cleanIntervals} of ${reading.totalIntervals} beats clean)`
  );
}
