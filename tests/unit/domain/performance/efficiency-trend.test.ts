import { describe, expect, it } from 'vitest';
import { efficiencyFactorTrend } from '../../../../src-main/common/domain/performance/efficiency-trend';

describe('efficiencyFactorTrend', () => {
  it('averages EF per week and reads a rising trend through the activities', () => {
    const result = efficiencyFactorTrend(
      [
        { localDate: '2025-03-04', efficiencyFactor: 1.5 },
        { localDate: '2025-03-06', efficiencyFactor: 1.52 },
        { localDate: '2025-03-12', efficiencyFactor: null },
        { localDate: '2025-03-13', efficiencyFactor: 1.58 },
        { localDate: '2025-03-20', efficiencyFactor: 1.62 },
        { localDate: '2025-04-30', efficiencyFactor: 2.5 },
      ],
      { from: '2025-03-01', to: '2025-03-31' },
    );
    expect(result.weekly).toEqual([
      { weekStart: '2025-03-03', meanEfficiencyFactor: expect.closeTo(1.51, 12), activities: 2 },
      { weekStart: '2025-03-10', meanEfficiencyFactor: 1.58, activities: 1 },
      { weekStart: '2025-03-17', meanEfficiencyFactor: 1.62, activities: 1 },
    ]);
    expect(result.trend).toMatchObject({ direction: 'rising', points: 4 });
    expect(result.trend!.slopePerWeek).toBeGreaterThan(0);
  });

  it('has no trend with fewer than three activities', () => {
    expect(
      efficiencyFactorTrend([{ localDate: '2025-03-04', efficiencyFactor: 1.5 }], {
        from: '2025-03-01',
        to: '2025-03-31',
      }).trend,
    ).toBeNull();
  });
});
