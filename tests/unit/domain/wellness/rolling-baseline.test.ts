import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src-main/common/domain/dates';
import {
  DEFAULT_BASELINE_OPTIONS,
  TREND_ARROWS,
  baselineStatusOn,
  baselineStatusSeries,
  type BandPosition,
  type BaselineStatus,
  type DatedValue,
  type TrendDirection,
} from '../../../../src-main/common/domain/wellness/rolling-baseline';
import { PROPERTY_SEEDS, seededRandom } from '../load/seeded-random';

const START = '2025-01-01';
const daily = (values: readonly number[], from = START): DatedValue[] =>
  values.map((value, i) => ({ date: addDays(from, i), value }));

describe('baselineStatusOn — worked example', () => {
  // 60 days alternating 4.0 / 4.2: mean 4.1, sample SD = 0.1·√(60/59) = 0.100844, band 4.1 ± 0.050422.
  const alternating = daily(Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? 4.0 : 4.2)));
  const lastDay = addDays(START, 59);

  it('computes the 60-day baseline, its ±0.5 SD band and the 7-day rolling mean', () => {
    const status = baselineStatusOn(alternating, lastDay);
    const sd = 0.1 * Math.sqrt(60 / 59);
    expect(status.baselineMean).toBeCloseTo(4.1, 12);
    expect(status.baselineSd).toBeCloseTo(sd, 12);
    expect(status.band!.low).toBeCloseTo(4.1 - 0.5 * sd, 12);
    expect(status.band!.high).toBeCloseTo(4.1 + 0.5 * sd, 12);
    // Last 7 days (indices 53..59): 4.2, 4.0, 4.2, 4.0, 4.2, 4.0, 4.2 → 28.8 / 7 = 4.114286, inside the band.
    expect(status.recentMean).toBeCloseTo(28.8 / 7, 12);
    expect(status.recentReadings).toBe(7);
    expect(status.position).toBe('within');
    expect(status.trend).toBe('steady');
  });

  it('reads a week of low values as below the band, falling', () => {
    const lowWeek = [...alternating.slice(0, 53), ...daily(new Array(7).fill(3.8), addDays(START, 53))];
    const status = baselineStatusOn(lowWeek, lastDay);
    expect(status.position).toBe('below');
    expect(status.trend).toBe('falling');
    expect(TREND_ARROWS[status.trend!]).toBe('↓');
  });

  it('gives no verdict with fewer than 3 readings in the week', () => {
    const sparse = alternating.filter(
      (r) => r.date <= addDays(START, 52) || r.date === addDays(START, 55) || r.date === addDays(START, 58),
    );
    const status = baselineStatusOn(sparse, lastDay);
    expect(status.recentReadings).toBe(2);
    expect(status.recentMean).toBeNull();
    expect(status.position).toBeNull();
    expect(status.trend).toBeNull();
  });

  it('gives no verdict before the baseline holds two weeks of readings', () => {
    const status = baselineStatusOn(alternating.slice(0, 13), addDays(START, 12));
    expect(status.baselineMean).toBeNull();
    expect(status.position).toBeNull();
  });

  it('averages two readings on one morning instead of counting the day twice', () => {
    const doubled = [...alternating, { date: lastDay, value: 4.0 }];
    expect(baselineStatusOn(doubled, lastDay).recentMean).toBeCloseTo((28.8 - 0.1) / 7, 12);
  });

  it('gives one status per day for a chart', () => {
    const series = baselineStatusSeries(alternating, { from: addDays(START, 50), to: lastDay });
    expect(series).toHaveLength(10);
    expect(series.at(-1)).toEqual(baselineStatusOn(alternating, lastDay));
  });
});

describe('baselineStatusOn — properties', () => {
  it('never flags an athlete for a single noisy night, even one 3 SD below the baseline', () => {
    for (const seed of PROPERTY_SEEDS) {
      const random = seededRandom(seed);
      const baseline = Array.from({ length: 53 }, () => random.normal(4.2, 0.12));
      const mean = baseline.reduce((a, v) => a + v, 0) / baseline.length;
      const sd = Math.sqrt(baseline.reduce((a, v) => a + (v - mean) ** 2, 0) / (baseline.length - 1));
      // An ordinary week (nights at the athlete's usual level) with one bad night anywhere in it.
      const week = Array.from({ length: 7 }, () => random.normal(mean, sd / 20));
      const noisyNight = random.int(0, 6);
      week[noisyNight] = mean - 3 * sd;
      const readings = daily([...baseline, ...week]);
      const lastDay = addDays(START, 59);
      const status = baselineStatusOn(readings, lastDay);
      expect(status.position, `seed ${seed}, noisy night ${noisyNight}`).toBe('within');
      // Judged on its own, that night would be far below the band: the rolling mean is what absorbs it.
      expect(week[noisyNight]!, `seed ${seed}`).toBeLessThan(status.band!.low);
    }
  });

  it('flags a sustained drop of one baseline SD within a week', () => {
    for (const seed of PROPERTY_SEEDS) {
      const random = seededRandom(seed);
      const values = Array.from({ length: 60 }, (_, i) => random.normal(4.2, 0.08) - (i >= 53 ? 0.2 : 0));
      expect(baselineStatusOn(daily(values), addDays(START, 59)).position, `seed ${seed}`).toBe('below');
    }
  });

  it('uses the defaults of docs/domain.md#wellness: 60-day baseline, 7-day mean, ≥ 3 readings, ±0.5 SD', () => {
    expect(DEFAULT_BASELINE_OPTIONS).toMatchObject({
      baselineDays: 60,
      recentDays: 7,
      minRecentReadings: 3,
      bandWidthSd: 0.5,
    });
  });
});

/**
 * The method as first written: each day's windows gathered by walking back through the calendar one
 * date at a time. The indexed implementation must give exactly these statuses, to the last bit.
 */
function referenceStatusOn(readings: readonly DatedValue[], date: string): BaselineStatus {
  const o = DEFAULT_BASELINE_OPTIONS;
  const sums = new Map<string, { sum: number; count: number }>();
  for (const { date: d, value } of readings) {
    if (!Number.isFinite(value)) continue;
    const entry = sums.get(d) ?? { sum: 0, count: 0 };
    entry.sum += value;
    entry.count += 1;
    sums.set(d, entry);
  }
  const byDate = new Map([...sums].map(([d, { sum, count }]) => [d, sum / count]));
  const windowOf = (end: string, days: number) =>
    Array.from({ length: days }, (_, i) => byDate.get(addDays(end, -(days - 1 - i)))).filter((v) => v !== undefined);
  const meanOf = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  const rolling = (end: string) => {
    const recent = windowOf(end, o.recentDays);
    return { mean: recent.length >= o.minRecentReadings ? meanOf(recent) : null, readings: recent.length };
  };
  const recent = rolling(date);
  const unjudged = { date, recentMean: recent.mean, recentReadings: recent.readings, position: null, trend: null };
  const baseline = windowOf(date, o.baselineDays);
  if (baseline.length < Math.max(2, o.minBaselineReadings))
    return { ...unjudged, baselineMean: null, baselineSd: null, band: null };
  const baselineMean = meanOf(baseline);
  const baselineSd = Math.sqrt(baseline.reduce((s, v) => s + (v - baselineMean) ** 2, 0) / (baseline.length - 1));
  const swc = o.bandWidthSd * baselineSd;
  const band = { low: baselineMean - swc, high: baselineMean + swc };
  if (recent.mean === null) return { ...unjudged, baselineMean, baselineSd, band };
  const position: BandPosition = recent.mean < band.low ? 'below' : recent.mean > band.high ? 'above' : 'within';
  const weekEarlier = rolling(addDays(date, -o.recentDays)).mean;
  const change = weekEarlier === null ? null : recent.mean - weekEarlier;
  const trend: TrendDirection | null =
    change === null ? null : change > swc ? 'rising' : change < -swc ? 'falling' : 'steady';
  return { ...unjudged, baselineMean, baselineSd, band, position, trend };
}

describe('baselineStatusSeries — same numbers as judging each day on its own calendar windows', () => {
  it('matches the per-day method exactly on sparse, gappy histories with doubled mornings', () => {
    for (const seed of PROPERTY_SEEDS) {
      const random = seededRandom(seed);
      const first = addDays(START, -random.int(0, 120));
      const readings: DatedValue[] = [];
      for (let i = 0; i < 260; i++) {
        const date = addDays(first, i);
        const gap = random.next() < 0.03 ? random.int(3, 20) : 0; // a trip without the strap
        i += gap;
        if (random.next() < 0.75) readings.push({ date: addDays(date, gap), value: random.normal(4.1, 0.2) });
        if (random.next() < 0.05) readings.push({ date: addDays(date, gap), value: random.normal(4.1, 0.2) });
      }
      const range = { from: addDays(first, random.int(0, 90)), to: addDays(first, random.int(150, 280)) };
      const series = baselineStatusSeries(readings, range);
      const expected: BaselineStatus[] = [];
      for (let date = range.from; date <= range.to; date = addDays(date, 1))
        expected.push(referenceStatusOn(readings, date));
      expect(series, `seed ${seed}`).toEqual(expected);
      expect(baselineStatusOn(readings, range.to), `seed ${seed}`).toEqual(expected.at(-1));
    }
  });
});
