import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  dateInTimeZone,
  startOfNextDayInTimeZone,
  timeZoneOffsetMinutes,
  wallClockToInstant,
} from '../../../src-main/common/domain/time-zone';

const at = (iso: string) => Date.parse(iso);
const wall = (iso: string) => Date.parse(`${iso}Z`);

describe('time-zone arithmetic', () => {
  it('gives the offset in force at each instant, daylight saving included', () => {
    expect(timeZoneOffsetMinutes('Europe/Berlin', at('2024-01-15T12:00:00Z'))).toBe(60);
    expect(timeZoneOffsetMinutes('Europe/Berlin', at('2024-07-15T12:00:00Z'))).toBe(120);
    expect(timeZoneOffsetMinutes('America/Los_Angeles', at('2024-01-15T12:00:00Z'))).toBe(-480);
    expect(timeZoneOffsetMinutes('America/Los_Angeles', at('2024-07-15T12:00:00Z'))).toBe(-420);
    expect(timeZoneOffsetMinutes('Asia/Kolkata', at('2024-07-15T12:00:00Z'))).toBe(330);
    expect(timeZoneOffsetMinutes('Asia/Tokyo', at('2024-07-15T12:00:00.999Z'))).toBe(540);
    // Berlin's clocks went forward at 01:00Z on 31 March 2024: one second either side.
    expect(timeZoneOffsetMinutes('Europe/Berlin', at('2024-03-31T00:59:59Z'))).toBe(60);
    expect(timeZoneOffsetMinutes('Europe/Berlin', at('2024-03-31T01:00:00Z'))).toBe(120);
  });

  it('dates an instant by the zone’s calendar, not UTC’s', () => {
    expect(dateInTimeZone('Europe/Berlin', at('2024-06-30T22:30:00Z'))).toBe('2024-07-01');
    expect(dateInTimeZone('America/Los_Angeles', at('2024-07-01T06:30:00Z'))).toBe('2024-06-30');
    expect(dateInTimeZone('Pacific/Kiritimati', at('2024-07-01T10:30:00Z'))).toBe('2024-07-02');
    expect(dateInTimeZone('UTC', at('2024-07-01T23:59:59.999Z'))).toBe('2024-07-01');
  });

  it('gives an athlete’s today from their zone: one second either side of their midnight', () => {
    // 20:00 UTC: still today for a coach in Berlin, already tomorrow for an athlete in Tokyo (UTC+9).
    expect(dateInTimeZone('Europe/Berlin', at('2026-03-10T20:00:00Z'))).toBe('2026-03-10');
    expect(dateInTimeZone('Asia/Tokyo', at('2026-03-10T20:00:00Z'))).toBe('2026-03-11');
    expect(dateInTimeZone('Asia/Tokyo', at('2026-03-10T14:59:59Z'))).toBe('2026-03-10');
    expect(dateInTimeZone('Asia/Tokyo', at('2026-03-10T15:00:00Z'))).toBe('2026-03-11');
    expect(dateInTimeZone('America/Los_Angeles', at('2026-03-11T06:59:59Z'))).toBe('2026-03-10');
    expect(dateInTimeZone('America/Los_Angeles', at('2026-03-11T07:00:00Z'))).toBe('2026-03-11');
  });

  it('moves an athlete’s midnight with daylight saving', () => {
    // Berlin's 31 March 2024 began at 23:00Z (winter time) and ended at 22:00Z (summer time).
    expect(dateInTimeZone('Europe/Berlin', at('2024-03-30T22:59:59Z'))).toBe('2024-03-30');
    expect(dateInTimeZone('Europe/Berlin', at('2024-03-30T23:00:00Z'))).toBe('2024-03-31');
    expect(dateInTimeZone('Europe/Berlin', at('2024-03-31T21:59:59Z'))).toBe('2024-03-31');
    expect(dateInTimeZone('Europe/Berlin', at('2024-03-31T22:00:00Z'))).toBe('2024-04-01');
  });

  it('finds when today next changes: midnight, a 23- or 25-hour day, and a midnight the clocks skip', () => {
    const next = (zone: string, iso: string) => new Date(startOfNextDayInTimeZone(zone, at(iso))).toISOString();
    expect(next('Asia/Tokyo', '2026-03-10T20:00:00Z')).toBe('2026-03-11T15:00:00.000Z');
    expect(next('Asia/Tokyo', '2026-03-10T14:59:59Z')).toBe('2026-03-10T15:00:00.000Z');
    expect(next('UTC', '2026-03-10T00:00:00Z')).toBe('2026-03-11T00:00:00.000Z');
    // Berlin's 23-hour 31 March 2024 and 25-hour 27 October 2024.
    expect(next('Europe/Berlin', '2024-03-31T12:00:00Z')).toBe('2024-03-31T22:00:00.000Z');
    expect(next('Europe/Berlin', '2024-10-27T12:00:00Z')).toBe('2024-10-27T23:00:00.000Z');
    // Santiago sprang from 00:00 to 01:00 on 8 September 2024: that day began at 01:00 local (04:00Z).
    expect(next('America/Santiago', '2024-09-07T12:00:00Z')).toBe('2024-09-08T04:00:00.000Z');
    // …and fell back from 00:00 to 23:00 on 7 April 2024: 6 April ran until the second midnight.
    expect(next('America/Santiago', '2024-04-06T12:00:00Z')).toBe('2024-04-07T04:00:00.000Z');
  });

  it('reads a local wall-clock time as the instant it names in the zone', () => {
    expect(new Date(wallClockToInstant('Europe/Berlin', wall('2011-07-02T20:29:00'))).toISOString()).toBe(
      '2011-07-02T18:29:00.000Z',
    );
    expect(new Date(wallClockToInstant('Europe/Berlin', wall('2011-01-02T20:29:00.250'))).toISOString()).toBe(
      '2011-01-02T19:29:00.250Z',
    );
    expect(new Date(wallClockToInstant('America/Los_Angeles', wall('2011-07-02T20:29:00'))).toISOString()).toBe(
      '2011-07-03T03:29:00.000Z',
    );
    expect(new Date(wallClockToInstant('UTC', wall('2011-07-02T20:29:00'))).toISOString()).toBe(
      '2011-07-02T20:29:00.000Z',
    );
  });

  it('takes the first of a repeated hour and moves a skipped time past the change', () => {
    // 27 Oct 2024 Berlin: 02:30 happens at 00:30Z (summer time) and again at 01:30Z.
    expect(new Date(wallClockToInstant('Europe/Berlin', wall('2024-10-27T02:30:00'))).toISOString()).toBe(
      '2024-10-27T00:30:00.000Z',
    );
    // 31 Mar 2024 Berlin: 02:30 never happens; read with winter time it is 01:30Z, 03:30 summer time.
    expect(new Date(wallClockToInstant('Europe/Berlin', wall('2024-03-31T02:30:00'))).toISOString()).toBe(
      '2024-03-31T01:30:00.000Z',
    );
  });

  it('names zones canonically and refuses what is not an IANA zone', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone(' UTC ')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(canonicalTimeZone('+02:00')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });
});
