import { describe, expect, it } from 'vitest';
import { sumDailyLoads } from '../../../../src-main/common/domain/load/daily-load';

describe('sumDailyLoads', () => {
  it('sums activities per local date, so two sessions on one day add up', () => {
    expect(
      sumDailyLoads([
        { localDate: '2025-03-01', load: 40 },
        { localDate: '2025-03-01', load: 65.5 },
        { localDate: '2025-03-03', load: 120 },
      ]),
    ).toEqual({ '2025-03-01': 105.5, '2025-03-03': 120 });
  });

  it('skips activities without a load instead of inventing zero-load days', () => {
    expect(
      sumDailyLoads([
        { localDate: '2025-03-01', load: null },
        { localDate: '2025-03-02', load: 30 },
      ]),
    ).toEqual({ '2025-03-02': 30 });
  });
});
