import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../../../src-main/common/domain/activity';
import { computeNormalizedPower } from '../../../../src-main/common/domain/metrics/normalized-power';
import { runningCostFactor } from '../../../../src-main/common/domain/metrics/grade-adjusted-pace';
import {
  computeActivityLoad,
  heartRateStressScore,
  stressScore,
  swimStressScore,
} from '../../../../src-main/common/domain/metrics/training-load';

function record(overrides: Partial<ActivityRecord>): ActivityRecord {
  return {
    sport: 'bike',
    subSport: null,
    name: 'test',
    startTime: '2024-01-01T08:00:00.000Z',
    utcOffsetMinutes: 0,
    elapsedSeconds: 3600,
    timerSeconds: 3600,
    movingSeconds: null,
    distanceMeters: null,
    ascentMeters: null,
    avgHr: null,
    maxHr: null,
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
    ...overrides,
  };
}

const constant = (value: number, seconds: number) => new Float64Array(seconds).fill(value);
const timeAxis = (seconds: number) => Float64Array.from({ length: seconds }, (_, i) => i);

describe('Normalized Power (30-s rolling mean, 4th-power mean, 4th root)', () => {
  it('equals the power of a perfectly steady ride', () => {
    expect(computeNormalizedPower(constant(250, 600))).toBeCloseTo(250, 9);
  });

  it('weights surges: 30 s on / 30 s off at 400/0 W gives more than the 200 W average', () => {
    const power = Float64Array.from({ length: 3600 }, (_, i) => (Math.floor(i / 30) % 2 === 0 ? 400 : 0));
    // Worked example: the 30-s means form a triangle wave between 0 and 400 W, whose 4th-power mean
    // is 400⁴/5, so NP = 400 / 5^¼ ≈ 267.5 W (edge effects of the first window are < 0.1 W).
    expect(computeNormalizedPower(power)!).toBeCloseTo(400 / 5 ** 0.25, 0);
  });

  it('counts dropouts (NaN) as zeros and needs at least one full window', () => {
    const withDropout = constant(200, 120);
    withDropout.fill(Number.NaN, 60, 90);
    const zeros = constant(200, 120);
    zeros.fill(0, 60, 90);
    expect(computeNormalizedPower(withDropout)).toBe(computeNormalizedPower(zeros));
    expect(computeNormalizedPower(constant(200, 29))).toBeNull();
  });
});

describe('stress scores', () => {
  it('TSS: one hour at FTP is 100, and IF 0.8 for 2 h is 128', () => {
    expect(stressScore(3600, 1)).toBe(100);
    expect(stressScore(7200, 0.8)).toBeCloseTo(128, 9);
  });

  it('sTSS cubes the intensity: 1 h at 90 % of CSS is 72.9', () => {
    expect(swimStressScore(3600, 0.9)).toBeCloseTo(72.9, 9);
  });

  it('HRSS: one hour at LTHR scores 100; an hour below it scores less', () => {
    const t = { lthr: 165, maxHr: 190, restingHr: 50 };
    expect(heartRateStressScore(constant(165, 3600), 1, t, 'male')).toBeCloseTo(100, 9);
    expect(heartRateStressScore(constant(165, 3600), 1, t, 'female')).toBeCloseTo(100, 9);
    // TRIMP/min at HRR h is h·0.64·e^(1.92h); HRSS = ratio to the LTHR minute × 100.
    const hrrEasy = (130 - 50) / 140;
    const hrrLthr = (165 - 50) / 140;
    const expected = ((hrrEasy * Math.exp(1.92 * hrrEasy)) / (hrrLthr * Math.exp(1.92 * hrrLthr))) * 100;
    expect(heartRateStressScore(constant(130, 3600), 1, t, 'male')).toBeCloseTo(expected, 9);
  });

  it('running cost factor is 1 on the flat and larger uphill (Minetti)', () => {
    expect(runningCostFactor(0)).toBe(1);
    expect(runningCostFactor(0.1)).toBeCloseTo((155.4e-5 - 30.4e-4 - 43.3e-3 + 46.3e-2 + 19.5e-1 + 3.6) / 3.6, 9);
    expect(runningCostFactor(0.1)).toBeGreaterThan(1.5);
  });
});

describe('computeActivityLoad', () => {
  it('scores a ride by power: 1 h steady at 80 % of FTP = TSS 64', () => {
    const load = computeActivityLoad(record({ streams: { time: timeAxis(3600), power: constant(200, 3600) } }), {
      thresholds: { ftp: 250 },
      sex: null,
    });
    expect(load.method).toBe('power');
    expect(load.load).toBeCloseTo(64, 1);
    expect(load.metrics).toMatchObject({ np: 200, if: 0.8, tss: 64 });
  });

  it('falls back to the device NP when there is no power stream, and says so', () => {
    const load = computeActivityLoad(record({ normalizedPower: 250 }), { thresholds: { ftp: 250 }, sex: null });
    expect(load.load).toBe(100);
    expect(load.explanation).toContain('device NP');
  });

  it('does not score running power against the cycling FTP', () => {
    const run = record({
      sport: 'run',
      streams: { time: timeAxis(3600), power: constant(300, 3600), speed: constant(1000 / 300, 3600) },
    });
    const load = computeActivityLoad(run, { thresholds: { ftp: 250, thresholdPace: 300 }, sex: null });
    expect(load.method).toBe('pace');
    // Flat, steady at threshold pace for an hour: rTSS 100.
    expect(load.load).toBeCloseTo(100, 1);
  });

  it('scores a swim by sTSS from distance over timer time against CSS', () => {
    // 3000 m in 1 h = 120 s/100 m; CSS 100 s/100 m → IF = (100/120), sTSS = (5/6)³ × 100 = 57.9.
    const load = computeActivityLoad(record({ sport: 'swim', distanceMeters: 3000 }), {
      thresholds: { css: 100 },
      sex: null,
    });
    expect(load.method).toBe('swim');
    expect(load.load).toBeCloseTo(57.9, 1);
  });

  it('uses RPE only when nothing measured is usable, labelled as an estimate', () => {
    const load = computeActivityLoad(record({ sport: 'strength', rpe: 5 }), { thresholds: {}, sex: null });
    expect(load.method).toBe('rpe');
    expect(load.explanation).toMatch(/^Estimated/);
  });
});
