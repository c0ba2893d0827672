import type { ParsedHrv } from './parsed-types';

/** 0xFFFF ms is the invalid marker; anything that long is not a heartbeat anyway. */
const MAX_RR_SECONDS = 65;

/** RR intervals in ms from FIT `hrv` messages (each holds up to five beat-to-beat times in seconds). */
export function rrIntervalsMs(hrv: readonly ParsedHrv[] | undefined): number[] | null {
  if (!hrv || hrv.length === 0) return null;
  const out: number[] = [];
  for (const message of hrv) {
    for (const seconds of message.time ?? []) {
      if (typeof seconds === 'number' && seconds > 0 && seconds < MAX_RR_SECONDS) out.push(Math.round(seconds * 1000));
    }
  }
  return out.length > 0 ? out : null;
}

/**
 * `hrv` messages carry no timestamps, so in a multisport file the beats are assigned to legs by their
 * running sum from the first leg's start — accurate to the beats lost while the strap had no contact.
 */
export function splitRrIntervalsBySession(rr: readonly number[], sessionStartsMs: readonly number[]): number[][] {
  const legs: number[][] = sessionStartsMs.map(() => []);
  if (legs.length === 0) return legs;
  const first = sessionStartsMs[0]!;
  let elapsedMs = 0;
  let leg = 0;
  for (const interval of rr) {
    elapsedMs += interval;
    while (leg + 1 < sessionStartsMs.length && first + elapsedMs >= sessionStartsMs[leg + 1]!) leg++;
    legs[leg]!.push(interval);
  }
  return legs;
}
