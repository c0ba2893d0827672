import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, dateInTimeZone, timeZoneOffsetMinutes, wallClockToInstant } from '../../../src-main/common/domain/time-zone';

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

  it('reads a local wall-clock time as the instant it names in the zone', () => {
    expect(new Date(wallClockToInstant('Europe/Berlin', wall('2011-07-02T20:29:00'))).toISOString()).toBe('2011-07-02T18:29:00.000Z');
    expect(new Date(wallClockToInstant('Europe/Berlin', wall('2011-01-02T20:29:00.250'))).toISOString()).toBe('2011-01-02T19:29:00.250Z');
    expect(new Date(wallClockToInstant('America/Los_Angeles', wall('2011-07-02T20:29:00'))).toISOString()).toBe('2011-07-03T03:29:00.000Z');
    expect(new Date(wallClockToInstant('UTC', wall('2011-07-02T20:29:00'))).toISOString()).toBe('2011-07-02T20:29:00.000Z');
  });

  it('takes the first of a repeated hour and moves a skipped time past the change', () => {
    // 27 Oct 2024 Berlin: 02:30 happens at 00:30Z (summer time) and again at 01:30Z.
    expect(new Date(wallClockToInstant('Europe/Berlin', wall('2024-10-27T02:30:00'))).toISOString()).toBe('2024-10-27T00:30:00.000Z');
    // 31 Mar 2024 Berlin: 02:30 never happens; read with winter time it is 01:30Z, 03:30 summer time.
    expect(new Date(wallClockToInstant('Europe/Berlin', wall('2024-03-31T02:30:00'))).toISOString()).toBe('2024-03-31T01:30:00.000Z');
  });

  it('names zones canonically and refuses what is not an IANA zone', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone(' UTC ')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(canonicalTimeZone('+02:00')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });
});
