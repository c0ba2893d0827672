import { buildActivityRecord, type SourceSummary } from '../build-record';
import { resampleToOneHertz, selectColumns, type SampleColumns } from '../streams/resample';
import { mapSport } from '../sport-mapping';
import type { DecodedActivity } from '../types';
import type { StrapHeartRate } from './chained-heart-rate';
import { deviceFromFit } from './device';
import { lapFromFit } from './laps';
import type { ParsedFit, ParsedSession } from './parsed-types';
import { recordsToColumns, timerPauses } from './records';
import { trustedSessionStarts, withoutStrayRecords } from './session-timing';
import { splitRrIntervalsBySession, rrIntervalsMs } from './rr-intervals';
import { swimSpeedFromLengths } from './swim-lengths';

/** A session's time window and its FIT summary; a file without session messages gets a synthetic one. */
interface SessionWindow {
  startMs: number;
  /** Next session's start, or +∞ for the last; records and laps are assigned by timestamp. */
  endMs: number;
  session: ParsedSession | null;
}

/**
 * Turns one decoded FIT activity file into activities: one per session. Records, laps and lengths are
 * assigned to sessions by timestamp rather than file order, which makes "summary-first" files (sessions
 * written before the records) and multisport files (several sessions) come out the same way. Where the
 * session's start and the records' timestamps disagree, session-timing.ts decides and `warnings` says so.
 */
export function activitiesFromFit(
  parsed: ParsedFit,
  warnings: string[],
  strap: StrapHeartRate | null = null,
): DecodedActivity[] {
  const recorded = recordsToColumns(parsed.records ?? []);
  const windows = sessionWindows(parsed, recorded, warnings);
  if (windows.length === 0) return [];
  const samples = withoutStrayRecords(recorded, windows, warnings);
  const device = deviceFromFit(parsed);
  const pauses = timerPauses(parsed.events);
  const utcOffsetMinutes = localUtcOffsetMinutes(parsed);
  const multisport = windows.length > 1;
  const eventKey = multisport
    ? `fit:${device?.serial ?? device?.product ?? 'device'}:${new Date(windows[0]!.startMs).toISOString()}`
    : null;
  const rr = rrIntervalsMs(parsed.hrv);
  const rrBySession = rr
    ? splitRrIntervalsBySession(
        rr,
        windows.map((w) => w.startMs),
      )
    : null;

  return windows.map((window, index) => {
    const inWindow = (t: number) => (index === 0 || t >= window.startMs) && t < window.endMs;
    const streams = resampleToOneHertz(multisport ? selectColumns(samples, inWindow) : samples, {
      startMs: window.startMs,
      pauses,
    });
    const lengths = (parsed.lengths ?? []).filter(
      (l) => l.start_time instanceof Date && inWindow(l.start_time.getTime()),
    );
    if (streams && lengths.length > 0) swimSpeedFromLengths(streams, lengths, window.startMs);
    if (streams && strap) strap.applyTo(streams, window.startMs);
    const laps = (parsed.laps ?? [])
      .filter((l) => l.start_time instanceof Date && inWindow(l.start_time.getTime()))
      .map(lapFromFit)
      .filter((l) => l !== null);
    const summary = sessionSummary(parsed, window, index, utcOffsetMinutes ?? 0);
    return {
      record: buildActivityRecord(summary, streams, laps),
      timeSource: utcOffsetMinutes === null ? 'utc' : 'file-offset',
      device,
      eventKey,
      legIndex: multisport ? index : null,
      rrIntervalsMs: rrBySession?.[index]?.length ? rrBySession[index]! : null,
      warnings: [],
    };
  });
}

function sessionWindows(parsed: ParsedFit, samples: SampleColumns, warnings: string[]): SessionWindow[] {
  const sessions = (parsed.sessions ?? [])
    .filter((s) => s.start_time instanceof Date)
    .sort((a, b) => a.start_time!.getTime() - b.start_time!.getTime());
  if (sessions.length > 0) {
    const lapStarts = (parsed.laps ?? []).flatMap((l) =>
      l.start_time instanceof Date ? [l.start_time.getTime()] : [],
    );
    const starts = trustedSessionStarts(sessions, lapStarts, Float64Array.from(samples.timeMs).sort(), warnings);
    return sessions.map((session, i) => ({
      startMs: starts[i]!,
      endMs: starts[i + 1] ?? Number.POSITIVE_INFINITY,
      session,
    }));
  }
  // No session message (a device that died before writing it, or a records-only export).
  if (samples.timeMs.length === 0) return [];
  const startMs = samples.timeMs.reduce((min, t) => Math.min(min, t), Number.POSITIVE_INFINITY);
  return [{ startMs, endMs: Number.POSITIVE_INFINITY, session: null }];
}

function sessionSummary(
  parsed: ParsedFit,
  window: SessionWindow,
  index: number,
  utcOffsetMinutes: number,
): SourceSummary {
  const s = window.session;
  const sportMessage = parsed.sports?.[index] ?? parsed.sports?.[0];
  const { sport, subSport } = mapSport(
    s?.sport ?? sportMessage?.sport ?? parsed.laps?.[0]?.sport ?? inferSportWithoutSession(parsed),
    s?.sub_sport ?? sportMessage?.sub_sport ?? parsed.laps?.[0]?.sub_sport,
  );
  const name = cleanName(s?.sport_profile_name) ?? cleanName(sportMessage?.name) ?? defaultName(sport, subSport);
  return {
    sport,
    subSport,
    name,
    startTimeMs: window.startMs,
    utcOffsetMinutes,
    elapsedSeconds: s?.total_elapsed_time,
    timerSeconds: s?.total_timer_time,
    movingSeconds: s?.total_moving_time,
    distanceMeters: s?.total_distance,
    ascentMeters: s?.total_ascent,
    avgHr: s?.avg_heart_rate,
    maxHr: s?.max_heart_rate,
    avgPower: s?.avg_power,
    maxPower: s?.max_power,
    // Some devices write 0 when no power meter was paired; that is "absent", not a real NP.
    normalizedPower: s?.normalized_power && s.normalized_power > 0 ? s.normalized_power : null,
    avgCadence: s?.avg_cadence,
    avgSpeed: s?.enhanced_avg_speed ?? s?.avg_speed,
    maxSpeed: s?.enhanced_max_speed ?? s?.max_speed,
    calories: s?.total_calories,
  };
}

/** Gear-change events only come from bicycles (electronic shifting), so a session-less file with them is a ride. */
function inferSportWithoutSession(parsed: ParsedFit): string | null {
  const shifts = (parsed.events ?? []).some((e) => e.event === 'front_gear_change' || e.event === 'rear_gear_change');
  return shifts ? 'cycling' : null;
}

/**
 * The local UTC offset: the activity message's local_timestamp minus its timestamp (FIT stores local
 * time as seconds on the same epoch). Rounded to 15 minutes, the granularity of real time zones. Null
 * when absent or beyond any zone's ±14 h: the athlete's zone then gives the day.
 */
function localUtcOffsetMinutes(parsed: ParsedFit): number | null {
  const local = parsed.activity?.local_timestamp;
  const utc = parsed.activity?.timestamp;
  if (!(local instanceof Date) || !(utc instanceof Date)) return null;
  const minutes = Math.round((local.getTime() - utc.getTime()) / 60000 / 15) * 15;
  return Math.abs(minutes) <= 14 * 60 ? minutes : null;
}

/** Device profile names can hold garbage after a NUL/control character (seen on a Fenix 5); keep the text before it. */
function cleanName(value: string | undefined): string | null {
  if (typeof value !== 'string') return null;
  const end = [...value].findIndex((ch) => ch.charCodeAt(0) < 0x20);
  const text = (end < 0 ? value : value.slice(0, end)).trim();
  return text.length > 0 ? text : null;
}

const SPORT_NAMES = {
  run: 'Run',
  bike: 'Ride',
  swim: 'Swim',
  tri: 'Multisport',
  row: 'Row',
  ski: 'Ski',
  walk: 'Walk',
  strength: 'Strength',
  other: 'Activity',
} as const;

function defaultName(sport: keyof typeof SPORT_NAMES, subSport: string | null): string {
  const detail = subSport ? ` (${subSport.replace(/_/g, ' ')})` : '';
  return `${SPORT_NAMES[sport]}${detail}`;
}
