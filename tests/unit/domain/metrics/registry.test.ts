import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../../../src-main/common/domain/activity';
import { computeActivityMetrics } from '../../../../src-main/common/domain/metrics/activity-metrics';
import {
  evaluateMetric,
  formatMetricValue,
  type MetricInputs,
} from '../../../../src-main/common/domain/metrics/metric-definition';
import { computeNormalizedPower } from '../../../../src-main/common/domain/metrics/normalized-power';
import { ACTIVITY_METRICS, readStoredMetrics } from '../../../../src-main/common/domain/metrics/registry';

const constant = (value: number, n: number) => new Float64Array(n).fill(value);
const metric = (id: string) => ACTIVITY_METRICS.find((m) => m.id === id)!;

/** An hour at a steady 200 W and 140 bpm, with an RPE of 5. */
const ride: ActivityRecord = {
  sport: 'bike',
  subSport: null,
  name: 'ride',
  startTime: '2024-01-01T08:00:00.000Z',
  utcOffsetMinutes: 0,
  elapsedSeconds: 3600,
  timerSeconds: 3600,
  movingSeconds: 3600,
  distanceMeters: 30000,
  ascentMeters: 0,
  avgHr: 140,
  maxHr: 150,
  avgPower: 200,
  maxPower: 200,
  normalizedPower: null,
  avgCadence: 90,
  avgSpeed: 8.33,
  maxSpeed: 8.33,
  calories: null,
  rpe: 5,
  notes: '',
  laps: [],
  streams: {
    time: Float64Array.from({ length: 3600 }, (_, i) => i),
    power: constant(200, 3600),
    hr: constant(140, 3600),
  },
};

/** A 1500 m swim in 30 minutes: 0.833 m/s, against a CSS of 1:40 /100 m (1 m/s). */
const swim: ActivityRecord = {
  ...ride,
  sport: 'swim',
  name: 'swim',
  elapsedSeconds: 1800,
  timerSeconds: 1800,
  movingSeconds: 1800,
  distanceMeters: 1500,
  avgPower: null,
  maxPower: null,
  rpe: null,
  streams: null,
};

describe('the activity metric registry', () => {
  it('has one entry per id, each with a label, a unit, display and stored precision, dependencies and an explanation', () => {
    const ids = ACTIVITY_METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of ACTIVITY_METRICS) {
      expect(m.label, m.id).toMatch(/\S/);
      expect(['', 'W', 'kJ', '%', 's/km'], m.id).toContain(m.unit);
      expect(Number.isInteger(m.precision) && m.precision >= 0, m.id).toBe(true);
      expect(m.storedPrecision, m.id).toBeGreaterThanOrEqual(m.precision);
      expect(m.dependencies.length, m.id).toBeGreaterThan(0);
      expect(m.explain, m.id).toMatch(/\.$/);
    }
  });

  it('computes the worked example: NP 200 W, IF 0.8, TSS 64, HRSS, session RPE 300, EF 1.43 for an hour at 200 W and 140 bpm', () => {
    const { metrics } = computeActivityMetrics(ride, {
      thresholds: { ftp: 250, lthr: 165, maxHr: 190, restingHr: 50 },
      sex: 'male',
    });
    expect(metrics).toMatchObject({
      np: 200,
      if: 0.8,
      tss: 64,
      srpe: 300,
      efficiencyFactor: 1.429,
      decouplingPercent: 0,
    });
    // RPE 5 → IF 0.775: 1 h × 0.775² × 100.
    expect(metrics.estimate).toBe(60.1);
    // TRIMP for an hour at HRR 90/140, over one hour at LTHR's HRR 115/140, × 100.
    const trimp = (hrr: number) => 60 * hrr * 0.64 * Math.exp(1.92 * hrr);
    expect(metrics.hrss).toBeCloseTo((trimp(90 / 140) / trimp(115 / 140)) * 100, 1);
    // Run and swim metrics do not apply to a ride.
    expect(metrics).toMatchObject({ ngp: null, paceIf: null, rtss: null, swimIf: null, stss: null });
  });

  it('computes sTSS as hours × IF³ × 100 from distance and CSS', () => {
    const { metrics } = computeActivityMetrics(swim, { thresholds: { css: 100 }, sex: null });
    expect(metrics.swimIf).toBe(0.833);
    expect(metrics.stss).toBeCloseTo(0.5 * (5 / 6) ** 3 * 100, 1);
    expect(metrics.np).toBeNull();
  });

  it('leaves a metric null without one of its dependencies or outside its sports, without calling compute', () => {
    const inputs: MetricInputs = {
      activity: ride,
      thresholds: {},
      sex: null,
      power: ride.streams!.power!,
      hr: null,
      speed: null,
      np: 200,
      ngs: null,
      efficiencyFactor: null,
      decouplingPercent: null,
    };
    const tss = metric('tss');
    expect(evaluateMetric(tss, inputs)).toBeNull();
    expect(evaluateMetric(tss, { ...inputs, thresholds: { ftp: 250 } })).toBe(64);
    expect(
      evaluateMetric(tss, { ...inputs, thresholds: { ftp: 250 }, activity: { ...ride, sport: 'run' } }),
    ).toBeNull();
  });

  it('writes each value with its unit and precision, paces per km or per mile', () => {
    expect(formatMetricValue(metric('np'), 245.4)).toBe('245 W');
    expect(formatMetricValue(metric('if'), 0.815)).toBe('0.82');
    expect(formatMetricValue(metric('decouplingPercent'), 4.25)).toBe('4.3 %');
    expect(formatMetricValue(metric('ngp'), 300)).toBe('5:00 /km');
    expect(formatMetricValue(metric('ngp'), 300, 'imperial')).toBe('8:03 /mi');
  });

  it('reads stored metrics back typed, and calls metrics stored before an entry existed stale', () => {
    const current = Object.fromEntries(ACTIVITY_METRICS.map((m) => [m.id, null]));
    expect(readStoredMetrics({ ...current, np: 201.5, meanMaxPower: [] })).toEqual({
      metrics: { ...current, np: 201.5 },
      stale: false,
    });
    const { np: _, ...withoutNp } = current;
    expect(readStoredMetrics({ ...withoutNp, tss: 'high' })).toEqual({ metrics: current, stale: true });
  });

  it('computes the variability index as NP ÷ average power: 1 when steady, above 1 when the power surges', () => {
    expect(computeActivityMetrics(ride, { thresholds: {}, sex: null }).metrics.vi).toBe(1);
    // Minutes alternating 100 W and 300 W: average 200 W, NP well above it.
    const surging = Float64Array.from({ length: 3600 }, (_, i) => (Math.floor(i / 60) % 2 === 0 ? 100 : 300));
    const intervals = { ...ride, streams: { ...ride.streams!, power: surging } };
    const np = computeNormalizedPower(surging)!;
    expect(np).toBeGreaterThan(220);
    expect(computeActivityMetrics(intervals, { thresholds: {}, sex: null }).metrics.vi).toBe(
      Math.round((np / 200) * 1000) / 1000,
    );
    // Without a stream it compares the device's NP with its average power; without power it has none.
    const summaryOnly = { ...ride, streams: null, normalizedPower: 230, avgPower: 200 };
    expect(computeActivityMetrics(summaryOnly, { thresholds: {}, sex: null }).metrics.vi).toBe(1.15);
    expect(computeActivityMetrics(swim, { thresholds: {}, sex: null }).metrics.vi).toBeNull();
  });
});
