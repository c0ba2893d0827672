import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PMC_CONVENTION,
  labelPmcConvention,
  smoothingFactor,
} from '../../../../src-main/common/domain/load/pmc-convention';

describe('smoothingFactor', () => {
  it('is 1/N for TrainingPeaks', () => {
    expect(smoothingFactor(42, 'trainingpeaks')).toBe(1 / 42);
    expect(smoothingFactor(7, 'trainingpeaks')).toBe(1 / 7);
  });

  it('is 1 − e^(−1/N) for GoldenCheetah, slightly below 1/N', () => {
    expect(smoothingFactor(42, 'goldencheetah')).toBeCloseTo(0.0235283, 7);
    expect(smoothingFactor(7, 'goldencheetah')).toBeCloseTo(0.1331221, 7);
    expect(smoothingFactor(42, 'goldencheetah')).toBeLessThan(1 / 42);
  });

  it('rejects time constants that are not positive days', () => {
    expect(() => smoothingFactor(0, 'trainingpeaks')).toThrow(RangeError);
    expect(() => smoothingFactor(-7, 'goldencheetah')).toThrow(RangeError);
    expect(() => smoothingFactor(Number.NaN, 'trainingpeaks')).toThrow(RangeError);
  });
});

describe('labelPmcConvention', () => {
  it('names the default convention so the coach can compare with TrainingPeaks', () => {
    expect(labelPmcConvention(DEFAULT_PMC_CONVENTION)).toEqual({
      ...DEFAULT_PMC_CONVENTION,
      label: "TrainingPeaks smoothing (k = 1/N) · CTL 42 d, ATL 7 d · form = yesterday's CTL − ATL",
    });
  });

  it('names GoldenCheetah smoothing, custom time constants and same-day form', () => {
    expect(
      labelPmcConvention({ smoothing: 'goldencheetah', formTiming: 'same-day', ctlDays: 50, atlDays: 10 }).label,
    ).toBe("GoldenCheetah smoothing (k = 1 − e^(−1/N)) · CTL 50 d, ATL 10 d · form = today's CTL − ATL");
  });
});
