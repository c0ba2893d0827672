import type { ActivityTimeSource } from './activity';

/**
 * IANA time-zone arithmetic on plain instants, through Intl.DateTimeFormat (the runtime's own tz
 * database), so a result never depends on the zone of the machine it runs on. Calendar days are
 * 'YYYY-MM-DD' strings, as in dates.ts.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** The zone an athlete gets when nothing better is known, and the fallback for a machine without one. */
export const FALLBACK_TIME_ZONE = 'UTC';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: constructing them is far slower than formatting. Throws RangeError for an unknown zone. */
function wallClockFormat(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/**
 * The zone's canonical IANA name ("europe/berlin" → "Europe/Berlin"), or null when it names no zone.
 * Offsets such as "+02:00" are refused: an offset has no daylight-saving rules, so it cannot say what
 * the athlete's clock reads next summer.
 */
export function canonicalTimeZone(zone: string): string | null {
  const name = zone.trim();
  if (!/^[A-Za-z]/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function timeZoneError(zone: string): string {
  return `"${zone}" is not an IANA time zone (for example Europe/Berlin, America/Los_Angeles or UTC)`;
}

/** The wall-clock reading of `instantMs` in `zone`, as milliseconds on a UTC clock (whole seconds). */
function wallClockMs(instantMs: number, zone: string): number {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of wallClockFormat(zone).formatToParts(instantMs)) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - yearOfEra : yearOfEra;
  const wall = new Date(
    Date.UTC(
      2000,
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    ),
  );
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  return wall.setUTCFullYear(year);
}

/** Minutes the zone's clocks are ahead of UTC at `instantMs` (DST included): +60 for Berlin in winter. */
export function timeZoneOffsetMinutes(zone: string, instantMs: number): number {
  if (!Number.isFinite(instantMs)) throw new RangeError(`no offset for an invalid instant in ${zone}`);
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return Math.round((wallClockMs(wholeSecond, zone) - wholeSecond) / MINUTE_MS);
}

/** The calendar day in `zone` at `instantMs`. */
export function dateInTimeZone(zone: string, instantMs: number): string {
  return new Date(instantMs + timeZoneOffsetMinutes(zone, instantMs) * MINUTE_MS).toISOString().slice(0, 10);
}

/**
 * The first instant of the calendar day after the one `instantMs` falls on in `zone`: when a "today"
 * read in that zone next changes. Usually its midnight; a day shortened or lengthened by daylight saving
 * still ends at its own midnight, and where clocks skip midnight itself (Santiago springs from 00:00 to
 * 01:00) the new day starts at the first instant after the gap.
 */
export function startOfNextDayInTimeZone(zone: string, instantMs: number): number {
  const nextMidnightWall = Date.parse(`${dateInTimeZone(zone, instantMs)}T00:00:00Z`) + DAY_MS;
  return wallClockToInstant(zone, nextMidnightWall);
}

/**
 * The instant at which clocks in `zone` read the wall-clock time `wallMs` (a local time held as if it
 * were UTC). A time that happens twice (the hour clocks go back) is its first occurrence; a time that
 * never happens (the hour clocks skip) is read with the offset before the change, landing just after
 * it — JavaScript's Temporal calls this the "compatible" choice.
 */
export function wallClockToInstant(zone: string, wallMs: number): number {
  // No zone changes its offset twice within two days, so the offsets a day either side are the two candidates.
  const before = timeZoneOffsetMinutes(zone, wallMs - DAY_MS);
  const after = timeZoneOffsetMinutes(zone, wallMs + DAY_MS);
  const valid = [before, after]
    .filter((offset) => timeZoneOffsetMinutes(zone, wallMs - offset * MINUTE_MS) === offset)
    .map((offset) => wallMs - offset * MINUTE_MS);
  return valid.length > 0 ? Math.min(...valid) : wallMs - before * MINUTE_MS;
}

/** Where an activity sits in time once its athlete's zone is known. */
export interface PlacedStart {
  /** The UTC instant the activity started. */
  startMs: number;
  /** The local clock's offset from UTC then, which gives the activity's calendar day. */
  utcOffsetMinutes: number;
}

/**
 * Places a start time stated the way `source` says: the file's own offset when it has a valid one,
 * otherwise the athlete's zone's offset at that date (daylight saving included); a floating wall-clock
 * time (`startMs` holding it as if it were UTC) is read as the athlete's local time.
 */
export function placeStart(
  source: ActivityTimeSource,
  startMs: number,
  fileOffsetMinutes: number,
  zone: string,
): PlacedStart {
  if (source === 'file-offset') return { startMs, utcOffsetMinutes: fileOffsetMinutes };
  const instant = source === 'floating' ? wallClockToInstant(zone, startMs) : startMs;
  return { startMs: instant, utcOffsetMinutes: timeZoneOffsetMinutes(zone, instant) };
}
