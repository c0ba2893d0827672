import { describe, expect, it } from 'vitest';
import { defaultBlockSettings } from '../../../../src-main/common/domain/planner/defaults';
import { availabilityFromHistory } from '../../../../src-main/common/domain/planner/history-guardrails';
import type { WeekdayHours } from '../../../../src-main/common/domain/planner/types';

const WORKING_WEEK = defaultBlockSettings('gran-fondo').availability;
const total = (week: WeekdayHours) => week.reduce((sum, h) => sum + h, 0);

describe('availability from history', () => {
  it('leaves the default week when it already holds the most the athlete may train', () => {
    expect(total(WORKING_WEEK)).toBeGreaterThanOrEqual(10);
    expect(availabilityFromHistory(WORKING_WEEK, 10)).toBeNull();
  });

  it('scales the week up for an athlete who trains more than it holds, keeping rest days and the long day', () => {
    const fitted = availabilityFromHistory(WORKING_WEEK, 21)!;
    expect(total(fitted)).toBeGreaterThanOrEqual(21);
    expect(total(fitted)).toBeLessThan(21 + 7 * 0.25);
    WORKING_WEEK.forEach((h, day) => {
      if (h === 0) expect(fitted[day], `day ${day} stays a rest day`).toBe(0);
      expect(fitted[day]! * 4, 'quarter hours').toBe(Math.round(fitted[day]! * 4));
    });
    const longest = WORKING_WEEK.indexOf(Math.max(...WORKING_WEEK));
    expect(fitted[longest]).toBe(Math.max(...fitted));
  });
});
