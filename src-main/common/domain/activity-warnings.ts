import { formatDate, formatDateTime, plural } from '../format';
import type { ActivityWarning } from './activity';
import { localDateOf } from './dates';
import { placeStart, timeZoneOffsetMinutes } from './time-zone';

/**
 * The first calendar day an activity can really have taken place on. A FIT time before
 * 1998-07-03T21:24:16Z (0x10000000 s after the FIT epoch) is by the FIT profile a power-on count, not a
 * date, and no other format the app reads predates it; so an activity filed before this day is one whose
 * device clock was never set and whose date nothing else gave ('date-unknown'). The load model leaves
 * such activities out: counted on a day in 1990 they would start the athlete's PMC 36 years back.
 */
export const FIRST_DATED_DAY = '1998-07-04';

/** The sentence the activity view shows for a warning; `timeZone` is the athlete's (when the coach acted). */
export function describeActivityWarning(warning: ActivityWarning, timeZone: string): string {
  switch (warning.kind) {
    case 'date-unknown':
      return 'Date unknown — device clock was not set';
    case 'date-estimated':
      return `Date estimated from the file's modification time (${formatDateTime(warning.modifiedAt, timeZone)}) — device clock was not set; set the real start if it differs`;
    case 'date-set-by-coach':
      return `Date set by the coach on ${formatDateTime(warning.setAt, timeZone)} — device clock was not set (it was filed at ${formatDate(warning.previousStartTime.slice(0, 10))})`;
    case 'recovered':
      return `Recovered: ${plural(warning.unreadableBytes, 'byte')} unreadable`;
  }
}

const COACH_SETTABLE: ReadonlySet<ActivityWarning['kind']> = new Set([
  'date-unknown',
  'date-estimated',
  'date-set-by-coach',
]);

/** Whether the coach may set this activity's start: only when the file itself could not date it. */
export function startIsCoachSettable(warnings: readonly ActivityWarning[]): boolean {
  return warnings.some((w) => COACH_SETTABLE.has(w.kind));
}

/**
 * The warnings after the coach set the start of an undated activity: 'date-unknown' (or 'date-estimated')
 * becomes 'date-set-by-coach', which keeps the first filed start when the coach corrects it again.
 */
export function warningsAfterCoachDate(
  warnings: readonly ActivityWarning[],
  previousStartTime: string,
  setAt: string,
): ActivityWarning[] {
  const earlier = warnings.find((w) => w.kind === 'date-set-by-coach');
  const filedAt = earlier?.kind === 'date-set-by-coach' ? earlier.previousStartTime : previousStartTime;
  return [
    ...warnings.filter((w) => !COACH_SETTABLE.has(w.kind)),
    { kind: 'date-set-by-coach', setAt, previousStartTime: filedAt },
  ];
}

/** Where a start the coach gave as wall-clock time in the athlete's zone ("2026-12-01T07:30") lands. */
export function placeCoachStart(
  localStart: string,
  timeZone: string,
): { startTime: string; utcOffsetMinutes: number; localDate: string } {
  const wallMs = Date.parse(`${localStart.length === 16 ? `${localStart}:00` : localStart}Z`);
  if (!Number.isFinite(wallMs)) throw new RangeError(`Not a local date-time: "${localStart}"`);
  const placed = placeStart('floating', wallMs, 0, timeZone);
  const startTime = new Date(placed.startMs).toISOString();
  return {
    startTime,
    utcOffsetMinutes: placed.utcOffsetMinutes,
    localDate: localDateOf(startTime, placed.utcOffsetMinutes),
  };
}

/** The wall-clock start in the athlete's zone, as the coach gives it ("2026-12-01T07:30"). */
export function localStartIn(startTime: string, timeZone: string): string {
  const ms = Date.parse(startTime);
  return new Date(ms + timeZoneOffsetMinutes(timeZone, ms) * 60_000).toISOString().slice(0, 16);
}
