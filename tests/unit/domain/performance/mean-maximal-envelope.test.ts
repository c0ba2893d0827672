import { describe, expect, it } from 'vitest';
import { meanMaximalEnvelope } from '../../../../src-main/common/domain/performance/mean-maximal-envelope';

describe('meanMaximalEnvelope', () => {
  const curves = [
    {
      activityId: 1,
      localDate: '2025-04-01',
      points: [
        { durationSeconds: 5, value: 900 },
        { durationSeconds: 300, value: 330 },
        { durationSeconds: 1200, value: 280 },
      ],
    },
    {
      activityId: 2,
      localDate: '2025-04-08',
      points: [
        { durationSeconds: 5, value: 850 },
        { durationSeconds: 300, value: 350 },
      ],
    },
    {
      activityId: 3,
      localDate: '2025-05-20',
      points: [
        { durationSeconds: 5, value: 1200 },
        { durationSeconds: 1200, value: 300 },
      ],
    },
  ];

  it('keeps the best value at each duration within the period and where it came from', () => {
    expect(meanMaximalEnvelope(curves, { from: '2025-04-01', to: '2025-04-30' })).toEqual([
      { durationSeconds: 5, value: 900, activityId: 1, localDate: '2025-04-01' },
      { durationSeconds: 300, value: 350, activityId: 2, localDate: '2025-04-08' },
      { durationSeconds: 1200, value: 280, activityId: 1, localDate: '2025-04-01' },
    ]);
  });

  it('includes both ends of the period and nothing outside it', () => {
    const may = meanMaximalEnvelope(curves, { from: '2025-05-20', to: '2025-05-20' });
    expect(may.map((p) => p.activityId)).toEqual([3, 3]);
    expect(meanMaximalEnvelope(curves, { from: '2025-06-01', to: '2025-06-30' })).toEqual([]);
  });

  it('credits a tie to the earlier activity, whatever the input order', () => {
    const tied = [
      { activityId: 9, localDate: '2025-04-09', points: [{ durationSeconds: 60, value: 500 }] },
      { activityId: 4, localDate: '2025-04-02', points: [{ durationSeconds: 60, value: 500 }] },
    ];
    expect(meanMaximalEnvelope(tied, { from: '2025-04-01', to: '2025-04-30' })[0]!.activityId).toBe(4);
  });

  it('works the same for speed curves (m/s, higher is better)', () => {
    const runs = [
      { activityId: 5, localDate: '2025-04-03', points: [{ durationSeconds: 600, value: 4.4 }] },
      { activityId: 6, localDate: '2025-04-10', points: [{ durationSeconds: 600, value: 4.6 }] },
    ];
    expect(meanMaximalEnvelope(runs, { from: '2025-04-01', to: '2025-04-30' })).toEqual([
      { durationSeconds: 600, value: 4.6, activityId: 6, localDate: '2025-04-10' },
    ]);
  });
});
