import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../../../../src-main/common/domain/activity';
import {
  describeMorningReading,
  measureMorningReading,
  morningReadingOn,
} from '../../../../../src-main/common/domain/wellness/intake/morning-reading';

const rr = (n: number): number[] => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1000 : 1050));

function recording(patch: Partial<ActivityRecord> = {}): ActivityRecord {
  return {
    sport: 'other',
    subSport: null,
    name: 'Activity',
    startTime: '2026-03-01T22:30:00.000Z',
    utcOffsetMinutes: 120,
    elapsedSeconds: 180,
    timerSeconds: 180,
    movingSeconds: null,
    distanceMeters: null,
    ascentMeters: null,
    avgHr: 58,
    maxHr: 62,
    avgPower: null,
    maxPower: null,
    normalizedPower: null,
    avgCadence: null,
    avgSpeed: null,
    maxSpeed: null,
    calories: null,
    rpe: null,
    notes: '',
    laps: [],
    streams: null,
    ...patch,
  };
}

describe('morning HRV readings among FIT recordings', () => {
  it('takes a short, still recording with RR intervals as a reading on the local date it is given', () => {
    const outcome = morningReadingOn(measureMorningReading(recording(), rr(170))!, '2026-03-02');
    expect(outcome).toEqual({
      ok: true,
      reading: { date: '2026-03-02', rmssdMs: 50, restingHr: 58.5, cleanIntervals: 170, totalIntervals: 170 },
    });
    expect(outcome?.ok && describeMorningReading(outcome.reading)).toBe(
      'morning HRV reading: rMSSD 50 ms on 2026-03-02 (resting HR 59 bpm, 170 of 170 beats clean)',
    );
  });

  it('leaves training alone: longer than 10 minutes, moving, with power, at exercise heart rates or without RR', () => {
    expect(measureMorningReading(recording({ elapsedSeconds: 601 }), rr(600))).toBeNull();
    expect(measureMorningReading(recording({ distanceMeters: 150 }), rr(170))).toBeNull();
    expect(measureMorningReading(recording({ avgPower: 120 }), rr(170))).toBeNull();
    expect(measureMorningReading(recording({ avgHr: 132 }), rr(170))).toBeNull();
    expect(measureMorningReading(recording(), null)).toBeNull();
  });

  it('gives the reason when a reading has too few clean beats', () => {
    expect(morningReadingOn(measureMorningReading(recording(), rr(20))!, '2026-03-02')).toEqual({
      ok: false,
      reason: 'morning HRV reading on 2026-03-02 not imported: 20 clean RR intervals of 20; at least 40 are needed',
    });
  });
});
