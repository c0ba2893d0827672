import { describe, expect, it } from 'vitest';
import {
  colourOfRatio,
  matchActivitiesToPlan,
  missedCompliance,
  recentCompliance,
  sessionCompliance,
} from '../../../../src-main/common/domain/planner/compliance';

describe('compliance colours (TrainingPeaks, docs/domain.md#compliance)', () => {
  it.each([
    [1, 'green'],
    [0.8, 'green'],
    [1.2, 'green'],
    [0.796, 'green'],
    [0.79, 'yellow'],
    [0.5, 'yellow'],
    [1.21, 'yellow'],
    [1.5, 'yellow'],
    [0.49, 'red'],
    [1.51, 'red'],
    [0, 'red'],
  ] as const)('%f of the plan is %s', (ratio, colour) => {
    expect(colourOfRatio(ratio)).toBe(colour);
  });

  it('explains a session done for 52 of 60 minutes', () => {
    const c = sessionCompliance({ seconds: 3600, load: 60 }, { seconds: 3120, load: 55 });
    expect(c.colour).toBe('green');
    expect(c.durationRatio).toBeCloseTo(0.8667, 4);
    expect(c.explanation).toBe('52 of 60 min (87 %), load 55 of 60 (92 %)');
  });

  it('takes the worse colour when the time was right but the load doubled', () => {
    expect(sessionCompliance({ seconds: 3600, load: 50 }, { seconds: 3600, load: 70 }).colour).toBe('yellow');
    expect(sessionCompliance({ seconds: 3600, load: 50 }, { seconds: 3600, load: 100 }).colour).toBe('red');
  });

  it('ignores load when the activity has none', () => {
    const c = sessionCompliance({ seconds: 3600, load: 50 }, { seconds: 2400, load: null });
    expect(c).toMatchObject({ colour: 'yellow', loadRatio: null });
  });

  it('marks a missed session red', () => {
    expect(missedCompliance(2700)).toMatchObject({
      colour: 'red',
      durationRatio: 0,
      explanation: 'missed: 45 min planned, nothing recorded',
    });
  });
});

describe('matching activities to planned sessions', () => {
  it('matches on the same day and sport only', () => {
    const matches = matchActivitiesToPlan(
      [
        { id: 1, date: '2025-03-03', sport: 'run', seconds: 3600 },
        { id: 2, date: '2025-03-04', sport: 'bike', seconds: 5400 },
      ],
      [
        { id: 10, date: '2025-03-03', sport: 'bike', seconds: 3600 },
        { id: 11, date: '2025-03-04', sport: 'bike', seconds: 5000 },
        { id: 12, date: '2025-03-05', sport: 'run', seconds: 3600 },
      ],
    );
    expect([...matches]).toEqual([[2, 11]]);
  });

  it('pairs a double day by closest durations', () => {
    const matches = matchActivitiesToPlan(
      [
        { id: 1, date: '2025-03-03', sport: 'run', seconds: 1800 },
        { id: 2, date: '2025-03-03', sport: 'run', seconds: 7200 },
      ],
      [
        { id: 10, date: '2025-03-03', sport: 'run', seconds: 6900 },
        { id: 11, date: '2025-03-03', sport: 'run', seconds: 2000 },
      ],
    );
    expect(matches.get(1)).toBe(11);
    expect(matches.get(2)).toBe(10);
  });

  it('leaves extra planned sessions unmatched', () => {
    const matches = matchActivitiesToPlan(
      [
        { id: 1, date: '2025-03-03', sport: 'run', seconds: 1800 },
        { id: 2, date: '2025-03-03', sport: 'run', seconds: 3600 },
      ],
      [{ id: 10, date: '2025-03-03', sport: 'run', seconds: 3500 }],
    );
    expect([...matches]).toEqual([[2, 10]]);
  });
});

describe('compliance over recent days', () => {
  it('counts matched sessions by what was recorded and missed ones as zero', () => {
    const c = recentCompliance(
      [
        { id: 1, date: '2025-03-03', sport: 'run', seconds: 3600 },
        { id: 2, date: '2025-03-04', sport: 'run', seconds: 1800 },
        { id: 3, date: '2025-03-05', sport: 'bike', seconds: 5400 },
      ],
      [
        { id: 10, date: '2025-03-03', sport: 'run', seconds: 3300 },
        { id: 11, date: '2025-03-05', sport: 'bike', seconds: 5400 },
        { id: 12, date: '2025-03-06', sport: 'swim', seconds: 2400 },
      ],
      7,
    );
    expect(c).toMatchObject({ sessionsPlanned: 3, sessionsDone: 2, colour: 'green' });
    expect(c!.ratio).toBeCloseTo((3300 + 5400) / (3600 + 1800 + 5400), 6);
    expect(c!.explanation).toBe('last 7 days: 2 of 3 planned sessions done, 145 of 180 min (81 %)');
  });

  it('is red when most of the week was missed and null when nothing was planned', () => {
    expect(recentCompliance([{ id: 1, date: '2025-03-03', sport: 'run', seconds: 3600 }], [], 7)).toMatchObject({
      colour: 'red',
      ratio: 0,
    });
    expect(recentCompliance([], [{ id: 10, date: '2025-03-03', sport: 'run', seconds: 3300 }], 7)).toBeNull();
  });
});
