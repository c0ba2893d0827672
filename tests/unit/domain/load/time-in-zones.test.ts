import { describe, expect, it } from 'vitest';
import { weeklyTimeInZones } from '../../../../src-main/common/domain/load/time-in-zones';

describe('weeklyTimeInZones', () => {
  it('sums per-activity zone seconds per week, padding activities with fewer zones', () => {
    const weeks = weeklyTimeInZones(
      [
        { localDate: '2025-03-04', zoneSeconds: [600, 1200, 300] },
        { localDate: '2025-03-08', zoneSeconds: [100, 200, 300, 400] },
        { localDate: '2025-03-12', zoneSeconds: [60] },
      ],
      { from: '2025-03-03', to: '2025-03-23' },
    );
    expect(weeks).toEqual([
      { weekStart: '2025-03-03', zoneSeconds: [700, 1400, 600, 400], totalSeconds: 3100 },
      { weekStart: '2025-03-10', zoneSeconds: [60, 0, 0, 0], totalSeconds: 60 },
      { weekStart: '2025-03-17', zoneSeconds: [0, 0, 0, 0], totalSeconds: 0 },
    ]);
  });

  it('returns empty weeks with no zones when nothing was recorded', () => {
    expect(weeklyTimeInZones([], { from: '2025-03-03', to: '2025-03-09' })).toEqual([
      { weekStart: '2025-03-03', zoneSeconds: [], totalSeconds: 0 },
    ]);
  });
});
