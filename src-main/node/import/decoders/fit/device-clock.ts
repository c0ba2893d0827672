import type { ParsedFit } from './parsed-types';

/**
 * A FIT date_time below 0x10000000 is not a date: the FIT profile defines it as system time, seconds
 * since the device powered on, which a device writes while its clock has never been set (no GPS fix
 * yet, an old Forerunner fresh from a battery swap). Read as dates they fall in 1990–1998. This finds
 * the file's own evidence of the real time and moves every such timestamp by it:
 *  1. a timestamp_correlation message, which pairs a UTC time with the system time of the same moment;
 *  2. file_id time_created, when that is a real date, taken as the start of the recording;
 *  3. the file's modification time (a file read from a watch folder or a device), taken as its end.
 * With none of them the timestamps stay as written and the warning says the date is unknown.
 * The activity message's local_timestamp is not used: both such files in the fixture set carry the
 * same local time for two runs nine days apart.
 */
const SYSTEM_TIME_LIMIT_S = 0x10000000;
const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);
const SYSTEM_TIME_LIMIT_MS = FIT_EPOCH_MS + SYSTEM_TIME_LIMIT_S * 1000;
const UNSET = 'the device clock was not set (its times count from power-on)';

export interface FileDateEvidence {
  /** When the file was last modified, if it was read from disk (ms since 1970). */
  fileModifiedMs?: number;
}

export interface UnsetClock {
  /** For the import report. */
  warning: string;
  /** False when nothing dated the file: it stays at the power-on count until the coach sets its start. */
  dated: boolean;
  /** Set when only the file's modification time dated it (ISO instant): a guess the coach may correct. */
  estimatedFrom?: string;
}

/** Re-dates a file recorded with an unset clock, in place; returns what happened, or null when the clock was set. */
export function dateUnsetDeviceClock(parsed: ParsedFit, evidence: FileDateEvidence): UnsetClock | null {
  const recordedAt =
    parsed.sessions?.[0]?.start_time ?? parsed.records?.find((r) => r.timestamp instanceof Date)?.timestamp;
  if (!(recordedAt instanceof Date) || !isSystemTime(recordedAt)) return null;
  const systemTimes = collectSystemTimes(parsed);
  const startMs = recordedAt.getTime();
  let last = startMs;
  for (const date of systemTimes) last = Math.max(last, date.getTime());

  const correlation = timestampCorrelation(parsed);
  const created = parsed.file_ids?.[0]?.time_created;
  let shiftMs: number;
  let dated: (start: string) => string;
  let estimatedFrom: string | undefined;
  if (correlation) {
    shiftMs = correlation.utc.getTime() - correlation.system.getTime();
    dated = (start) => `dated from the file's timestamp correlation message, so it starts ${start}`;
  } else if (created instanceof Date && !isSystemTime(created)) {
    shiftMs = created.getTime() - startMs;
    dated = (start) => `dated from the file's creation time (file_id time_created), so it starts ${start}`;
  } else if (evidence.fileModifiedMs !== undefined && evidence.fileModifiedMs >= SYSTEM_TIME_LIMIT_MS) {
    shiftMs = evidence.fileModifiedMs - last;
    const modified = iso(evidence.fileModifiedMs);
    estimatedFrom = modified;
    dated = (start) =>
      `dated from the file's modification time (${modified}) taken as the end of the recording, so it starts ${start} (earlier if the file was copied after the activity)`;
  } else {
    return {
      warning: `date unknown: ${UNSET} and neither the file nor its modification time gives the real date; it is filed at ${iso(startMs).slice(0, 10)}, the power-on count read as a date`,
      dated: false,
    };
  }

  for (const date of systemTimes) date.setTime(date.getTime() + shiftMs);
  fixLocalTimestamp(parsed, correlation);
  return {
    warning: `${UNSET}: ${dated(iso(startMs + shiftMs))}`,
    dated: true,
    ...(estimatedFrom && { estimatedFrom }),
  };
}

function isSystemTime(date: Date): boolean {
  return date.getTime() < SYSTEM_TIME_LIMIT_MS;
}

/**
 * Every timestamp of the file that holds system time, each Date once (fit-file-parser lists the same
 * message objects under several keys). Local times (local_timestamp) are another type and are left out.
 */
function collectSystemTimes(parsed: ParsedFit): Set<Date> {
  const dates = new Set<Date>();
  const seen = new Set<object>();
  const visit = (value: unknown, key: string) => {
    if (value instanceof Date) {
      if (key !== 'local_timestamp' && isSystemTime(value)) dates.add(value);
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return;
    seen.add(value);
    for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(parsed, '');
  return dates;
}

interface Correlation {
  utc: Date;
  system: Date;
  local: Date | null;
}

/** fit-file-parser keeps the last timestamp_correlation message under its name (the package's types omit it). */
function timestampCorrelation(parsed: ParsedFit): Correlation | null {
  const message = (parsed as { timestamp_correlation?: Record<string, unknown> }).timestamp_correlation;
  const utc = message?.timestamp;
  const system = message?.system_timestamp;
  if (!(utc instanceof Date) || !(system instanceof Date) || isSystemTime(utc)) return null;
  const local = message?.local_timestamp;
  return {
    utc: new Date(utc.getTime()),
    system: new Date(system.getTime()),
    local: local instanceof Date && !isSystemTime(local) ? local : null,
  };
}

/**
 * The local UTC offset is read from the activity message (local_timestamp − timestamp). Its
 * local_timestamp was written against the unset clock, so it is replaced by the correlation's own
 * offset when there is one and dropped otherwise (the offset is then unknown, as for a file without it).
 */
function fixLocalTimestamp(parsed: ParsedFit, correlation: Correlation | null): void {
  const activity = parsed.activity;
  if (!activity) return;
  const utc = activity.timestamp;
  if (correlation?.local && utc instanceof Date) {
    activity.local_timestamp = new Date(utc.getTime() + correlation.local.getTime() - correlation.utc.getTime());
  } else {
    delete activity.local_timestamp;
  }
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
