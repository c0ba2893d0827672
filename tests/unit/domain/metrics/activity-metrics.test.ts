import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../../../src-main/common/domain/activity';
import {
  computeActivityMetrics,
  computeStreamReductions,
} from '../../../../src-main/common/domain/metrics/activity-metrics';
import { aerobicDecoupling, efficiencyFactor } from '../../../../src-main/common/domain/metrics/efficiency';
import { meanMaximal, meanMaximalSpeed } from '../../../../src-main/common/domain/metrics/mean-maximal';
import {
  COGGAN_POWER_ZONES,
  FRIEL_CYCLING_HR_ZONES,
  FRIEL_RUNNING_PACE_ZONES,
  timeInZones,
} from '../../../../src-main/common/domain/metrics/zones';

const constant = (value: number, seconds: number) => new Float64Array(seconds).fill(value);
const concat = (...parts: Float64Array[]) => Float64Array.from(parts.flatMap((p) => Array.from(p)));

describe('efficiency factor and aerobic decoupling', () => {
  it('EF is output per beat: NP 200 W at 140 bpm = 1.43', () => {
    expect(efficiencyFactor(200, constant(140, 3600))).toBeCloseTo(200 / 140, 9);
  });

  it('decoupling is 0 % when power and HR stay steady', () => {
    expect(aerobicDecoupling(constant(200, 3600), constant(140, 3600))).toBeCloseTo(0, 9);
  });

  it('decoupling is the drop of the power:HR ratio, first half vs second half', () => {
    // Same 200 W, HR drifts from 140 to 150 bpm: (200/140 − 200/150) ÷ (200/140) = 6.67 %.
    const hr = concat(constant(140, 1800), constant(150, 1800));
    expect(aerobicDecoupling(constant(200, 3600), hr)).toBeCloseTo((1 - 140 / 150) * 100, 6);
  });

  it('needs at least 20 minutes', () => {
    expect(aerobicDecoupling(constant(200, 600), constant(140, 600))).toBeNull();
  });

  it('is left out when the halves were different work, and kept for a fade within 10 %', () => {
    // An endurance first half at 190 W, an interval block at NP ≈ 280 W in the second: not drift.
    const intervals = concat(constant(190, 1800), concat(constant(300, 1500), constant(150, 300)));
    const hr = concat(constant(120, 1800), constant(165, 1800));
    expect(aerobicDecoupling(intervals, hr)).toBeNull();
    // 200 W then 185 W (7.5 % less) at the same HR: a real decoupling of 7.5 %.
    expect(aerobicDecoupling(concat(constant(200, 1800), constant(185, 1800)), constant(140, 3600))).toBeCloseTo(
      7.5,
      6,
    );
  });
});

describe('mean-maximal power and pace', () => {
  it('finds the best average for each duration that fits', () => {
    // 10 min at 200 W containing a 60-s block at 500 W.
    const power = constant(200, 600);
    power.fill(500, 300, 360);
    const best = Object.fromEntries(
      meanMaximal(power, [5, 60, 120, 600, 1200]).map((m) => [m.durationSeconds, m.value]),
    );
    expect(best[5]).toBe(500);
    expect(best[60]).toBe(500);
    expect(best[120]).toBe((60 * 500 + 60 * 200) / 120);
    expect(best[600]).toBe((60 * 500 + 540 * 200) / 600);
    expect(best[1200]).toBeUndefined();
  });

  it('uses distance gained in the window for speed, exact even across speed dropouts', () => {
    const distance = Float64Array.from({ length: 601 }, (_, i) => (i <= 300 ? i * 3 : 900 + (i - 300) * 4));
    const best = Object.fromEntries(
      meanMaximalSpeed(distance, undefined, [60, 600]).map((m) => [m.durationSeconds, m.value]),
    );
    expect(best[60]).toBeCloseTo(4, 9);
    expect(best[600]).toBeCloseTo((900 + 1200) / 600, 9);
  });
});

describe('time in zones', () => {
  it('Coggan power zones split at 55/75/90/105/120/150 % of FTP', () => {
    const ftp = 200;
    // 110 W is exactly 55 %: a value on a boundary belongs to the upper zone. NaN is not counted.
    const power = Float64Array.from([100, 110, 160, 200, 230, 280, 350, Number.NaN]);
    const seconds = timeInZones(power, ftp, COGGAN_POWER_ZONES).map((z) => z.seconds);
    expect(seconds).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('Friel cycling HR zones from LTHR', () => {
    const zones = timeInZones(Float64Array.from([120, 140, 150, 160, 165, 172, 180]), 165, FRIEL_CYCLING_HR_ZONES);
    expect(zones.map((z) => z.id)).toEqual(['Z1', 'Z2', 'Z3', 'Z4', 'Z5a', 'Z5b', 'Z5c']);
    expect(zones.map((z) => z.seconds)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('pace zones compare speed with threshold speed: threshold pace itself is Z5a', () => {
    const thresholdSpeed = 1000 / 240; // 4:00/km
    const zones = timeInZones(
      Float64Array.from([thresholdSpeed, thresholdSpeed / 1.4]),
      thresholdSpeed,
      FRIEL_RUNNING_PACE_ZONES,
    );
    expect(zones.find((z) => z.id === 'Z5a')!.seconds).toBe(1);
    expect(zones.find((z) => z.id === 'Z1')!.seconds).toBe(1);
  });
});

describe('computeActivityMetrics', () => {
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
    rpe: null,
    notes: '',
    laps: [],
    streams: {
      time: Float64Array.from({ length: 3600 }, (_, i) => i),
      power: constant(200, 3600),
      hr: constant(140, 3600),
    },
  };

  it('reports NP, IF, TSS, EF, zones and mean-maximal power for a ride', () => {
    const m = computeActivityMetrics(ride, { thresholds: { ftp: 250, lthr: 165 }, sex: null });
    expect(m).toMatchObject({
      npSource: 'stream',
      metrics: { np: 200, if: 0.8, tss: 64, efficiencyFactor: 1.429, decouplingPercent: 0 },
    });
    expect(m.load.method).toBe('power');
    expect(m.timeInPowerZones!.find((z) => z.id === 'Z3')!.seconds).toBe(3600);
    expect(m.timeInHrZones!.find((z) => z.id === 'Z2')!.seconds).toBe(3600);
    expect(m.meanMaxPower.find((p) => p.durationSeconds === 1200)!.value).toBe(200);
  });

  it('leaves threshold-based values null when the threshold is missing', () => {
    const m = computeActivityMetrics(ride, { thresholds: {}, sex: null });
    expect(m.metrics.if).toBeNull();
    expect(m.metrics.tss).toBeNull();
    expect(m.timeInPowerZones).toBeNull();
    expect(m.metrics.np).toBe(200);
  });

  // The importer computes the threshold-free reductions in its decode workers and scores on the writer.
  describe('with stream reductions computed beforehand', () => {
    const wave = (mean: number, amplitude: number, seconds: number, period: number) =>
      Float64Array.from({ length: seconds }, (_, i) => mean + amplitude * Math.sin((2 * Math.PI * i) / period));
    const n = 2700;
    const hr = wave(150, 12, n, 600);
    hr[100] = Number.NaN; // a dropout
    const interval: ActivityRecord = {
      ...ride,
      timerSeconds: n,
      elapsedSeconds: n,
      normalizedPower: 230,
      streams: { time: Float64Array.from({ length: n }, (_, i) => i), power: wave(220, 90, n, 240), hr },
    };
    const hilly: ActivityRecord = {
      ...ride,
      sport: 'run',
      timerSeconds: n,
      elapsedSeconds: n,
      avgPower: null,
      streams: {
        time: interval.streams!.time,
        speed: wave(3.4, 0.6, n, 300),
        grade: wave(0, 0.08, n, 900),
        hr,
        distance: Float64Array.from({ length: n }, (_, i) => i * 3.4),
      },
    };
    const hrOnly: ActivityRecord = { ...ride, sport: 'row', streams: { time: interval.streams!.time, hr } };
    const deviceNpOnly: ActivityRecord = {
      ...ride,
      normalizedPower: 241,
      streams: { time: interval.streams!.time, hr, power: new Float64Array(n).fill(Number.NaN) },
    };
    const swim: ActivityRecord = { ...ride, sport: 'swim', distanceMeters: 2000, streams: null };
    const thresholdSets = [
      {},
      { ftp: 250, lthr: 165, maxHr: 190, restingHr: 48, thresholdPace: 255, css: 95 },
      { ftp: 310, lthr: 172, maxHr: 185, restingHr: 55, thresholdPace: 300 },
    ];

    it.each([
      ['an interval ride', interval],
      ['a hilly run', hilly],
      ['a heart-rate-only row', hrOnly],
      ['a ride with only the device NP', deviceNpOnly],
      ['a swim without streams', swim],
    ])('gives exactly the same metrics for %s, whatever the thresholds', (_, record) => {
      const reductions = structuredClone(computeStreamReductions(record));
      for (const thresholds of thresholdSets) {
        const ctx = { thresholds, thresholdDates: { ftp: '2024-01-01' }, sex: 'female' as const };
        expect(computeActivityMetrics(record, ctx, reductions)).toEqual(computeActivityMetrics(record, ctx));
      }
    });

    it('needs from the streams only heart rate, power and speed once it has them', () => {
      const { grade: _grade, distance: _distance, ...scoringStreams } = hilly.streams!;
      const ctx = { thresholds: thresholdSets[1]!, sex: null };
      const reductions = computeStreamReductions(hilly);
      expect(
        computeActivityMetrics({ ...hilly, streams: scoringStreams as ActivityRecord['streams'] }, ctx, reductions),
      ).toEqual(computeActivityMetrics(hilly, ctx));
    });
  });
});
