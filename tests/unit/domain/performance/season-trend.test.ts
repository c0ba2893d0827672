import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src-main/common/domain/dates';
import { seasonTrend } from '../../../../src-main/common/domain/performance/season-trend';
import { fitLine } from '../../../../src-main/common/domain/performance/linear-regression';

const weekly = (values: readonly number[]) => values.map((value, i) => ({ date: addDays('2025-03-03', 7 * i), value }));

describe('fitLine', () => {
  it('fits y = 2x + 1 exactly and refuses a single x value', () => {
    expect(fitLine([0, 1, 2, 3], [1, 3, 5, 7])).toEqual({ slope: 2, intercept: 1, rSquared: 1 });
    expect(fitLine([4, 4], [1, 2])).toBeNull();
  });
});

describe('seasonTrend', () => {
  it('reads FTP falling 3 W a week from 300 W as falling, about −1 % a week', () => {
    const trend = seasonTrend(weekly([300, 297, 294, 291, 288]))!;
    expect(trend.slopePerWeek).toBeCloseTo(-3, 12);
    expect(trend.relativeChangePerWeek).toBeCloseTo(-3 / 294, 12);
    expect(trend.direction).toBe('falling');
    expect(trend.points).toBe(5);
  });

  it('reads changes under 0.5 % a week as steady and larger gains as rising', () => {
    expect(seasonTrend(weekly([250, 251, 250, 251, 251]))!.direction).toBe('steady');
    expect(seasonTrend(weekly([250, 254, 258, 262]))!.direction).toBe('rising');
  });

  it('needs three points', () => {
    expect(seasonTrend(weekly([300, 290]))).toBeNull();
  });
});
