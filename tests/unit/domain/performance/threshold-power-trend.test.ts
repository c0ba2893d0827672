import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src-main/common/domain/dates';
import { thresholdPowerTrend } from '../../../../src-main/common/domain/performance/threshold-power-trend';

/** A weekly hard ride whose 5/10/20-min bests follow P = W′/t + CP with CP changing by `cpChangePerWeek`. */
function season(weeks: number, cp0: number, cpChangePerWeek: number) {
  return Array.from({ length: weeks }, (_, week) => {
    const cp = cp0 + cpChangePerWeek * week;
    return {
      activityId: week + 1,
      localDate: addDays('2025-01-06', 7 * week),
      points: [300, 600, 1200].map((durationSeconds) => ({ durationSeconds, value: 20_000 / durationSeconds + cp })),
    };
  });
}

describe('thresholdPowerTrend', () => {
  it('spots falling power at threshold across the season', () => {
    const result = thresholdPowerTrend(season(16, 300, -3), {
      from: '2025-01-06',
      to: addDays('2025-01-06', 7 * 15),
      windowDays: 7,
    });
    expect(result.points).toHaveLength(16);
    expect(result.points[0]!.criticalPower!.cp).toBeCloseTo(300, 9);
    expect(result.points[0]!.ftp).toMatchObject({
      method: 'twenty-minute-best',
      watts: expect.closeTo(0.95 * (20_000 / 1200 + 300), 9),
    });
    expect(result.ftpTrend).toMatchObject({ direction: 'falling', slopePerWeek: expect.closeTo(-0.95 * 3, 9) });
    expect(result.wPrimeTrend).toMatchObject({ direction: 'steady', slopePerWeek: expect.closeTo(0, 6) });
  });

  it('keeps a window without efforts in the series, with no fit', () => {
    const result = thresholdPowerTrend(season(2, 280, 0), { from: '2025-01-06', to: '2025-02-03', windowDays: 7 });
    expect(result.points.map((p) => p.criticalPower === null)).toEqual([false, false, true, true, true]);
    expect(result.ftpTrend).toBeNull();
  });

  it('takes the best efforts of the rolling window, 6 weeks by default', () => {
    const result = thresholdPowerTrend(season(8, 300, -3), {
      from: addDays('2025-01-06', 7 * 7),
      to: addDays('2025-01-06', 7 * 7),
    });
    // Weeks 2–7 are in the 42-day window; the best is week 2's CP of 294 W.
    expect(result.points[0]!.criticalPower!.cp).toBeCloseTo(294, 9);
  });
});
