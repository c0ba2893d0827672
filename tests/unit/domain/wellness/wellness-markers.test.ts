import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src-main/common/domain/dates';
import {
  WELLNESS_MARKERS,
  lnRmssd,
  wellnessMarkerSeries,
  wellnessStatusOn,
  type WellnessReading,
} from '../../../../src-main/common/domain/wellness/wellness-markers';

const START = '2025-01-01';

function days(count: number, make: (i: number) => Partial<WellnessReading>): WellnessReading[] {
  return Array.from({ length: count }, (_, i) => ({
    date: addDays(START, i),
    hrvRmssd: null,
    restingHr: null,
    sleepHours: null,
    ...make(i),
  }));
}

describe('lnRmssd', () => {
  it('is the natural log of rMSSD in ms: ln 60 = 4.094', () => {
    expect(lnRmssd(60)).toBeCloseTo(4.0943, 4);
  });

  it('is null for a missing or impossible reading', () => {
    expect(lnRmssd(null)).toBeNull();
    expect(lnRmssd(0)).toBeNull();
  });
});

describe('wellnessStatusOn', () => {
  const stable = (i: number) => ({
    hrvRmssd: i % 2 ? 62 : 58,
    restingHr: i % 2 ? 47 : 45,
    sleepHours: i % 2 ? 7.5 : 7.1,
  });

  it('judges HRV on ln(rMSSD): a week of 45 ms after ~60 ms is below the band and concerning', () => {
    const history = days(60, (i) => (i >= 53 ? { ...stable(i), hrvRmssd: 45 } : stable(i)));
    const status = wellnessStatusOn(history, addDays(START, 59)).hrv;
    expect(status.marker).toBe('hrv');
    expect(status.baselineMean).toBeLessThan(Math.log(60));
    expect(status.recentMean).toBeCloseTo(Math.log(45), 12);
    expect(status.position).toBe('below');
    expect(status.concerning).toBe(true);
  });

  it('treats a raised resting HR as concerning and a raised HRV as not', () => {
    const history = days(60, (i) => (i >= 53 ? { hrvRmssd: 80, restingHr: 55, sleepHours: 7.3 } : stable(i)));
    const status = wellnessStatusOn(history, addDays(START, 59));
    expect(status.restingHr).toMatchObject({ position: 'above', concerning: true, trend: 'rising' });
    expect(status.hrv).toMatchObject({ position: 'above', concerning: false });
    expect(status.sleep.position).toBe('within');
  });

  it('reports short sleep below its own baseline as concerning', () => {
    const history = days(60, (i) => (i >= 53 ? { ...stable(i), sleepHours: 5.5 } : stable(i)));
    expect(wellnessStatusOn(history, addDays(START, 59)).sleep).toMatchObject({ position: 'below', concerning: true });
  });

  it('has no verdict for a marker that is not recorded', () => {
    const history = days(60, (i) => ({ restingHr: stable(i).restingHr }));
    expect(wellnessStatusOn(history, addDays(START, 59)).hrv).toMatchObject({ position: null, concerning: false });
  });

  it('labels each marker with its unit for the UI', () => {
    expect(Object.values(WELLNESS_MARKERS).map((m) => `${m.label} (${m.unit})`)).toEqual([
      'HRV (ln rMSSD) (ln ms)',
      'Resting HR (bpm)',
      'Sleep (h)',
    ]);
  });
});

describe('wellnessMarkerSeries', () => {
  it('gives the marker status for every day of the range', () => {
    const history = days(70, (i) => ({ restingHr: 45 + (i % 3) }));
    const series = wellnessMarkerSeries(history, 'restingHr', { from: addDays(START, 60), to: addDays(START, 69) });
    expect(series.map((s) => s.date)).toEqual(Array.from({ length: 10 }, (_, i) => addDays(START, 60 + i)));
    expect(series.every((s) => s.marker === 'restingHr' && s.position === 'within')).toBe(true);
  });
});
