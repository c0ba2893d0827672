import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src-main/common/domain/dates';
import { computePmc } from '../../../../src-main/common/domain/load/pmc';
import { DEFAULT_PMC_CONVENTION, type PmcSmoothing } from '../../../../src-main/common/domain/load/pmc-convention';
import { steadyWeeklyLoadForRamp } from '../../../../src-main/common/domain/load/ramp-target';

describe('steadyWeeklyLoadForRamp', () => {
  it('is exactly 7·(CTL₀ + r/(1 − (41/42)⁷)) for k = 1/42, whose coefficient 6.4423 is the 6.44 of docs/domain.md#planning', () => {
    const coefficient = 1 / (1 - (41 / 42) ** 7);
    expect(coefficient).toBeCloseTo(6.4423, 4);
    expect(steadyWeeklyLoadForRamp(60, 5, 42)).toBeCloseTo(7 * (60 + 5 * coefficient), 10);
  });

  it('stays within 0.05 % (0.016·r TSS a week) of the rule of thumb 7 × (CTL₀ + 6.44·r)', () => {
    for (const ctl0 of [0, 30, 60, 100]) {
      for (const ramp of [1, 5, 8, 10]) {
        const exact = steadyWeeklyLoadForRamp(ctl0, ramp, 42);
        const approx = 7 * (ctl0 + 6.44 * ramp);
        expect(Math.abs(exact - approx) / exact).toBeLessThan(5e-4);
      }
    }
  });

  it('holds CTL level when the ramp is 0: seven days at CTL₀', () => {
    expect(steadyWeeklyLoadForRamp(55, 0, 42)).toBeCloseTo(385, 10);
  });

  it.each<PmcSmoothing>(['trainingpeaks', 'goldencheetah'])(
    'raises CTL by exactly r in a week when spread evenly (%s)',
    (smoothing) => {
      const ctl0 = 48;
      const ramp = 6;
      const daily = steadyWeeklyLoadForRamp(ctl0, ramp, 42, smoothing) / 7;
      const from = '2025-05-05';
      const loads = Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((i) => [addDays(from, i), daily]));
      const week = computePmc(loads, {
        from,
        to: addDays(from, 6),
        convention: { ...DEFAULT_PMC_CONVENTION, smoothing },
        seed: { ctl: ctl0, atl: ctl0 },
      });
      expect(week.at(-1)!.ctl - ctl0).toBeCloseTo(ramp, 10);
    },
  );
});
