import { describe, expect, it } from 'vitest';
import { distanceKmBySport } from '../../../../src-main/common/domain/planner/week-distance';

describe('a week’s distance by sport', () => {
  it('sums each sport in km rounded to 0.1', () => {
    expect(
      distanceKmBySport([
        { sport: 'run', meters: 10_040 },
        { sport: 'run', meters: 8_012 },
        { sport: 'swim', meters: 2_400 },
        { sport: 'bike', meters: 60_449 },
      ]),
    ).toEqual({ run: 18.1, bike: 60.4, swim: 2.4 });
  });

  it('leaves out sports that cover no ground or are not counted in distance', () => {
    expect(
      distanceKmBySport([
        { sport: 'run', meters: 5_000 },
        { sport: 'strength', meters: null },
        { sport: 'walk', meters: 4_000 },
        { sport: 'swim', meters: 0 },
      ]),
    ).toEqual({ run: 5 });
  });

  it('gives no figure for a sport when any of its sessions has no known distance', () => {
    const week = distanceKmBySport([
      { sport: 'bike', meters: 40_000 },
      { sport: 'bike', meters: null },
      { sport: 'run', meters: 12_000 },
    ]);
    expect(week).toEqual({ run: 12 });
    expect('bike' in week).toBe(false);
  });

  it('is empty for an empty week', () => {
    expect(distanceKmBySport([])).toEqual({});
  });
});
