import { describe, expect, it } from 'vitest';
import { weeklyVolumeBySport } from '../../../../src-main/common/domain/load/weekly-volume';

describe('weeklyVolumeBySport', () => {
  const ride = { sport: 'bike' as const, timerSeconds: 3600, distanceMeters: 30_000, load: 60 };
  const run = { sport: 'run' as const, timerSeconds: 1800, distanceMeters: 6_000, load: 35 };

  it('totals each Monday–Sunday week, in total and per sport in the order of SPORTS', () => {
    const weeks = weeklyVolumeBySport(
      [
        { ...ride, localDate: '2025-03-03' }, // Monday
        { ...run, localDate: '2025-03-09' }, // Sunday, same week
        { ...run, localDate: '2025-03-05', load: null, distanceMeters: null },
        { ...ride, localDate: '2025-03-10' }, // next Monday
      ],
      { from: '2025-03-03', to: '2025-03-16' },
    );
    expect(weeks).toEqual([
      {
        weekStart: '2025-03-03',
        total: { activities: 3, seconds: 7200, distanceMeters: 36_000, load: 95 },
        bySport: [
          { sport: 'run', activities: 2, seconds: 3600, distanceMeters: 6_000, load: 35 },
          { sport: 'bike', activities: 1, seconds: 3600, distanceMeters: 30_000, load: 60 },
        ],
      },
      {
        weekStart: '2025-03-10',
        total: { activities: 1, seconds: 3600, distanceMeters: 30_000, load: 60 },
        bySport: [{ sport: 'bike', activities: 1, seconds: 3600, distanceMeters: 30_000, load: 60 }],
      },
    ]);
  });

  it('keeps empty weeks and ignores activities outside the range', () => {
    const weeks = weeklyVolumeBySport([{ ...ride, localDate: '2025-02-28' }], { from: '2025-03-05', to: '2025-03-12' });
    expect(weeks.map((w) => [w.weekStart, w.total.activities, w.bySport.length])).toEqual([
      ['2025-03-03', 0, 0],
      ['2025-03-10', 0, 0],
    ]);
  });
});
