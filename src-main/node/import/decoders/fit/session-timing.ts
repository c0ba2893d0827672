import { plural, pluralNoun } from '../../../../common/format';
import { selectColumns, type SampleColumns } from '../streams/resample';
import type { ParsedSession } from './parsed-types';

/**
 * A FIT file states its timing twice: the session message says when the activity started and how long
 * it ran, and every record and lap carries its own timestamp. Devices get either wrong now and then,
 * and a wrong one must never silently cost data or stretch an activity:
 * - a Fenix 2 multisport file's first session claims 08:00:01 while its first lap and 2 700 records
 *   start at 07:14:44 (its own elapsed time ends it where the next session begins), so the records
 *   and laps are trusted over the session's start;
 * - an Edge 500 stamped 14 records of a 2-hour ride two years later, so records far outside the
 *   sessions are left out instead of spreading the stream over 791 days.
 * Both are reported in the import warnings.
 */

/** A lap and a record this close together mark the same instant: the device started recording there. */
const SAME_INSTANT_MS = 2000;
/**
 * Records more than this after the last session's end are clock glitches. Devices write a few records
 * after the timer stops (the file is closed a little later), never ten minutes' worth.
 */
export const STRAY_RECORD_MARGIN_MS = 10 * 60_000;
/** The resampler keeps a record this far before the start (it rounds to the start's second). */
const START_TOLERANCE_MS = 500;

/**
 * Each session's start: the session message's, unless laps and records agree that the session began
 * earlier. A session begins with its first lap, so a lap that starts before the session's claimed
 * start (and after the previous session's end), at the same instant as a record, is where it started.
 * `recordTimesMs` must be sorted ascending.
 */
export function trustedSessionStarts(
  sessions: readonly ParsedSession[],
  lapStartsMs: readonly number[],
  recordTimesMs: Float64Array,
  warnings: string[],
): number[] {
  const laps = [...lapStartsMs].sort((a, b) => a - b);
  let previousEndMs = Number.NEGATIVE_INFINITY;
  return sessions.map((session, index) => {
    const claimedMs = session.start_time!.getTime();
    const lapMs = laps.find(
      (t) => t < claimedMs - SAME_INSTANT_MS && t >= previousEndMs - SAME_INSTANT_MS && hasRecordNear(recordTimesMs, t),
    );
    const startMs = lapMs ?? claimedMs;
    if (lapMs !== undefined) {
      const records = countInRange(recordTimesMs, lapMs - START_TOLERANCE_MS, claimedMs - START_TOLERANCE_MS);
      const which = sessions.length > 1 ? `session ${index + 1} of ${sessions.length}` : 'the session';
      warnings.push(
        `${which} says it started at ${utcTime(claimedMs)}, but its first lap and ${records} records start at ${utcTime(lapMs)} ` +
          `(${duration(claimedMs - lapMs)} earlier): the laps' and records' start was used`,
      );
    }
    const elapsedMs = (session.total_elapsed_time ?? Number.NaN) * 1000;
    previousEndMs = Number.isFinite(elapsedMs) ? startMs + elapsedMs : claimedMs;
    return startMs;
  });
}

/**
 * The samples without the records that fall outside the file's sessions: before the first session's
 * start, or more than STRAY_RECORD_MARGIN_MS after the last one's end (sessionEndMs). Says how many
 * were left out.
 */
export function withoutStrayRecords(
  samples: SampleColumns,
  sessions: readonly { startMs: number; session: ParsedSession | null }[],
  warnings: string[],
): SampleColumns {
  if (sessions.length === 0) return samples;
  const fromMs = sessions[0]!.startMs - START_TOLERANCE_MS;
  const ends = sessions.map(({ startMs, session }) => sessionEndMs(startMs, session)).filter((t) => t !== null);
  const lastEndMs = ends.length > 0 ? Math.max(...ends) : null;
  const toMs = lastEndMs === null ? Number.POSITIVE_INFINITY : lastEndMs + STRAY_RECORD_MARGIN_MS;
  const inside = (t: number) => t >= fromMs && t <= toMs;
  const stray = samples.timeMs.filter((t) => !inside(t));
  if (stray.length === 0) return samples;

  const before = stray.filter((t) => t < fromMs);
  const after = stray.filter((t) => t > toMs);
  const session =
    lastEndMs === null
      ? `from ${utcDateTime(sessions[0]!.startMs)}`
      : `${utcDateTime(sessions[0]!.startMs)} to ${utcDateTime(lastEndMs)}`;
  const parts = [
    before.length > 0 ? `${before.length} before its start (from ${utcDateTime(Math.min(...before))})` : null,
    after.length > 0 ? `${after.length} after its end (up to ${utcDateTime(Math.max(...after))})` : null,
  ].filter((p) => p !== null);
  warnings.push(
    `${plural(stray.length, 'record')} timestamped outside the recorded session (${session}) ${pluralNoun(stray.length, 'was', 'were')} left out: ${parts.join(', ')}`,
  );
  return selectColumns(samples, inside);
}

/**
 * The latest end a session's own fields allow: start + elapsed time, start + timer time (an Edge 1030
 * wrote 1 632 s elapsed for 2 760 s of timer and of records), or its end timestamp. Null when it has none.
 */
function sessionEndMs(startMs: number, session: ParsedSession | null): number | null {
  const ends = [session?.total_elapsed_time, session?.total_timer_time]
    .filter((s): s is number => typeof s === 'number' && Number.isFinite(s))
    .map((s) => startMs + s * 1000);
  if (session?.timestamp instanceof Date) ends.push(session.timestamp.getTime());
  return ends.length > 0 ? Math.max(...ends) : null;
}

/** Binary search in sorted times: is any within SAME_INSTANT_MS of t? */
function hasRecordNear(sortedMs: Float64Array, t: number): boolean {
  return countInRange(sortedMs, t - SAME_INSTANT_MS, t + SAME_INSTANT_MS + 1) > 0;
}

/** How many sorted times lie in [fromMs, toMs). */
function countInRange(sortedMs: Float64Array, fromMs: number, toMs: number): number {
  return lowerBound(sortedMs, toMs) - lowerBound(sortedMs, fromMs);
}

function lowerBound(sortedMs: Float64Array, value: number): number {
  let lo = 0;
  let hi = sortedMs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedMs[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function utcTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 19)} UTC`;
}

function utcDateTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return [h > 0 ? `${h} h` : '', m > 0 ? `${m} min` : '', s > 0 || seconds === 0 ? `${s} s` : '']
    .filter(Boolean)
    .join(' ');
}
