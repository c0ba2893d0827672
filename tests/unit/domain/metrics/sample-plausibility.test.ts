import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../../../src-main/common/domain/activity';
import { computeNormalizedPower } from '../../../../src-main/common/domain/metrics/normalized-power';
import {
  describeExclusions,
  excludeImplausibleSamples,
  impossibleDurationReason,
  implausibleSummaryValues,
} from '../../../../src-main/common/domain/metrics/sample-plausibility';
import { computeActivityLoad } from '../../../../src-main/common/domain/metrics/training-load';

const seconds = (n: number) => Float64Array.from({ length: n }, (_, i) => i);

describe('excluding impossible samples', () => {
  it('drops 5 s at 65 534 W from an hour at 200 W, so NP stays near 200 W instead of 3 275 W', () => {
    const power = new Float64Array(3600).fill(200);
    power.fill(65_534, 1800, 1805);
    expect(computeNormalizedPower(power)).toBeGreaterThan(3000);

    const { streams, exclusions } = excludeImplausibleSamples({ time: seconds(3600), power }, 'bike');
    expect(exclusions).toEqual([{ channel: 'power', count: 5, kind: 'above', limit: 3000 }]);
    expect(Number.isNaN(streams.power![1802]!)).toBe(true);
    expect(computeNormalizedPower(streams.power!)).toBeCloseTo(200, -1);
    expect(power[1802]).toBe(65_534); // the input is left as it was
  });

  it('keeps a 2000 W sprint, a 200 bpm effort and a 20 m/s descent', () => {
    const power = new Float64Array(60).fill(2000);
    const hr = new Float64Array(60).fill(200);
    const speed = new Float64Array(60).fill(20);
    const input = { time: seconds(60), power, hr, speed };
    const { streams, exclusions } = excludeImplausibleSamples(input, 'bike');
    expect(exclusions).toEqual([]);
    expect(streams.power).toBe(power);
  });

  it('judges speed by sport: 15 m/s is a ride, not a run', () => {
    const speed = new Float64Array(10).fill(15);
    expect(excludeImplausibleSamples({ time: seconds(10), speed }, 'bike').exclusions).toEqual([]);
    expect(excludeImplausibleSamples({ time: seconds(10), speed }, 'run').exclusions).toEqual([
      { channel: 'speed', count: 10, kind: 'above', limit: 12.5 },
    ]);
  });

  it('drops heart rates of 254 bpm and negative cadence', () => {
    const hr = Float64Array.from([150, 254, 151, 254]);
    const cadence = Float64Array.from([90, -5, 91, 92]);
    expect(excludeImplausibleSamples({ time: seconds(4), hr, cadence }, 'run').exclusions).toEqual([
      { channel: 'hr', count: 2, kind: 'above', limit: 250 },
      { channel: 'cadence', count: 1, kind: 'below', limit: 0 },
    ]);
  });

  it('drops a one-sample altitude spike, and follows a lasting step again once it is reachable', () => {
    const spike = Float64Array.from([300, 301, 900, 302, 303]);
    const spiked = excludeImplausibleSamples({ time: seconds(5), altitude: spike }, 'run');
    expect(spiked.exclusions).toEqual([{ channel: 'altitude', count: 1, kind: 'jump', limit: 50 }]);
    expect(Array.from(spiked.streams.altitude!)).toEqual([300, 301, Number.NaN, 302, 303]);

    // A 120 m step: unreachable 1 and 2 s after the last kept sample (50, 100 m), reachable at 3 s (150 m).
    const step = Float64Array.from([300, 300, 420, 420, 420, 420]);
    const stepped = excludeImplausibleSamples({ time: seconds(6), altitude: step }, 'run');
    expect(Array.from(stepped.streams.altitude!)).toEqual([300, 300, Number.NaN, Number.NaN, 420, 420]);
  });

  it('names what it excluded through the one formatter', () => {
    expect(
      describeExclusions(
        [
          { channel: 'power', count: 3, kind: 'above', limit: 3000 },
          { channel: 'altitude', count: 1, kind: 'jump', limit: 50 },
          ...implausibleSummaryValues({ power: [210, 65_534, null], hr: [140, 180] }, 'bike'),
        ],
        'bike',
      ),
    ).toBe(
      "3 power samples above 3000 W excluded, 1 altitude sample jumping faster than 50 m/s excluded and the file's own power figure above 3000 W ignored",
    );
  });
});

describe('impossible durations', () => {
  it('accepts a 150-hour ultra and refuses 30 days or 113 years', () => {
    expect(impossibleDurationReason(150 * 3600)).toBeNull();
    expect(impossibleDurationReason(30 * 86_400)).toBe(
      'the activity claims to last 30 days, longer than any single activity (7 days): its times are broken',
    );
    expect(impossibleDurationReason(113 * 365.25 * 86_400)).toContain('41273.3 days');
    expect(impossibleDurationReason(Number.NaN)).not.toBeNull();
  });
});

describe('the load sentence', () => {
  it('says what was excluded, after how the load was made', () => {
    const ride: ActivityRecord = {
      sport: 'bike',
      subSport: null,
      name: 'Ride',
      startTime: '2024-05-01T06:00:00.000Z',
      utcOffsetMinutes: 0,
      elapsedSeconds: 3600,
      timerSeconds: 3600,
      movingSeconds: null,
      distanceMeters: null,
      ascentMeters: null,
      avgHr: null,
      maxHr: null,
      avgPower: 200,
      maxPower: 200,
      normalizedPower: null,
      avgCadence: null,
      avgSpeed: null,
      maxSpeed: null,
      calories: null,
      rpe: null,
      notes: '',
      laps: [],
      streams: { time: seconds(3600), power: new Float64Array(3600).fill(200) },
      excludedSamples: [{ channel: 'power', count: 5, kind: 'above', limit: 3000 }],
    };
    expect(computeActivityLoad(ride, { thresholds: { ftp: 250 }, sex: null }).explanation).toBe(
      'TSS 64 from power: NP 200 W, IF 0.80, FTP 250 W; 5 power samples above 3000 W excluded',
    );
  });
});
