import { describe, expect, it } from 'vitest';
import {
  proposeAdjustment,
  type LibraryOption,
  type PlannedSessionLike,
} from '../../../../src-main/common/domain/anomalies/propose-adjustment';
import type { Guardrails } from '../../../../src-main/common/domain/planner/types';

const GUARDRAILS: Guardrails = {
  minWeeklyHours: 4,
  maxWeeklyHours: 12,
  minWeeklyLoad: null,
  maxWeeklyLoad: null,
  maxRampPerWeek: 6,
  maxHighIntensityShare: 0.2,
  maxSessionSeconds: 4 * 3600,
  allowBackToBackHardDays: false,
  maxAcwr: 1.3,
};

// Week of Mon 3 March 2025.
const upcoming: PlannedSessionLike[] = [
  {
    plannedWorkoutId: 11,
    date: '2025-03-06',
    name: '5×1 km',
    sport: 'run',
    category: 'vo2max',
    hard: true,
    plannedSeconds: 3600,
    plannedLoad: 85,
  },
  {
    plannedWorkoutId: 12,
    date: '2025-03-07',
    name: 'Easy run',
    sport: 'run',
    category: 'endurance',
    hard: false,
    plannedSeconds: 2700,
    plannedLoad: 35,
  },
  {
    plannedWorkoutId: 13,
    date: '2025-03-08',
    name: 'Sweet-spot ride',
    sport: 'bike',
    category: 'sweet-spot',
    hard: true,
    plannedSeconds: 5400,
    plannedLoad: 100,
  },
  {
    plannedWorkoutId: 14,
    date: '2025-03-09',
    name: 'Long run',
    sport: 'run',
    category: 'long',
    hard: false,
    plannedSeconds: 6000,
    plannedLoad: 90,
  },
];
const library: LibraryOption[] = [
  { libraryWorkoutId: 1, name: 'Easy run', sport: 'run', category: 'endurance', hard: false, seconds: 2700, load: 35 },
  {
    libraryWorkoutId: 2,
    name: 'Recovery run',
    sport: 'run',
    category: 'recovery',
    hard: false,
    seconds: 1800,
    load: 18,
  },
  {
    libraryWorkoutId: 3,
    name: 'Easy run 75 min',
    sport: 'run',
    category: 'endurance',
    hard: false,
    seconds: 4500,
    load: 60,
  },
  { libraryWorkoutId: 4, name: 'Tempo run', sport: 'run', category: 'tempo', hard: true, seconds: 2400, load: 50 },
  {
    libraryWorkoutId: 5,
    name: 'Endurance ride',
    sport: 'bike',
    category: 'endurance',
    hard: false,
    seconds: 5400,
    load: 60,
  },
];
const week = (hours: number) => [{ weekStart: '2025-03-03', plannedSeconds: hours * 3600, plannedLoad: 500 }];
const finding = { headline: '3 nights of HRV below baseline' };

describe('proposeAdjustment', () => {
  it('swaps the hard session for the longest easy one of the same sport, no longer than it', () => {
    const p = proposeAdjustment(
      { kind: 'reduce-intensity', days: 3 },
      finding,
      upcoming,
      library,
      GUARDRAILS,
      week(8),
      { from: '2025-03-06' },
    );
    expect(p.edits).toEqual([
      {
        kind: 'replace',
        plannedWorkoutId: 11,
        libraryWorkoutId: 1,
        date: '2025-03-06',
        from: '5×1 km',
        to: { libraryWorkoutId: 1, name: 'Easy run' },
      },
      {
        kind: 'replace',
        plannedWorkoutId: 13,
        libraryWorkoutId: 5,
        date: '2025-03-08',
        from: 'Sweet-spot ride',
        to: { libraryWorkoutId: 5, name: 'Endurance ride' },
      },
    ]);
    expect(p.summary).toBe(
      "swap Thursday's 5×1 km for 45 min easy run and swap Saturday's Sweet-spot ride for 1 h 30 min endurance ride: 3 nights of HRV below baseline",
    );
  });

  it('never takes a week below the minimum hours, and says why', () => {
    // 4.2 h planned: the 15-min shorter easy run would leave 3.95 h, under the 4 h minimum.
    const p = proposeAdjustment(
      { kind: 'reduce-intensity', days: 1 },
      finding,
      upcoming,
      library,
      GUARDRAILS,
      week(4.2),
      { from: '2025-03-06' },
    );
    expect(p.edits).toEqual([]);
    expect(p.summary).toBe('No change proposed for 3 nights of HRV below baseline: the guardrails leave no room');
    expect(p.kept).toHaveLength(1);
    expect(p.kept[0]).toMatch(
      /^Kept Thursday's 5×1 km: an easy swap would take the week of 3 Mar below the guardrails' minimum \(4 h; 4\.2 h planned\)\.$/,
    );
  });

  it('rests by removing sessions, then by the shortest easy session where the minimum forbids removal', () => {
    const rest = proposeAdjustment({ kind: 'rest', days: 2 }, finding, upcoming, library, GUARDRAILS, week(8), {
      from: '2025-03-06',
    });
    expect(rest.edits.map((e) => [e.kind, e.plannedWorkoutId])).toEqual([
      ['remove', 11],
      ['remove', 12],
    ]);
    expect(rest.summary).toBe("drop Thursday's 5×1 km and drop Friday's Easy run: 3 nights of HRV below baseline");
    const tight = proposeAdjustment({ kind: 'rest', days: 1 }, finding, upcoming, library, GUARDRAILS, week(4.5), {
      from: '2025-03-06',
    });
    expect(tight.edits).toEqual([
      {
        kind: 'replace',
        plannedWorkoutId: 11,
        libraryWorkoutId: 2,
        date: '2025-03-06',
        from: '5×1 km',
        to: { libraryWorkoutId: 2, name: 'Recovery run' },
      },
    ]);
  });

  it('cuts volume by the share asked, hard and long sessions first, within the load minimum', () => {
    const p = proposeAdjustment(
      { kind: 'reduce-volume', days: 4, share: 0.3 },
      finding,
      upcoming,
      library,
      GUARDRAILS,
      week(8),
      { from: '2025-03-06' },
    );
    const removedSeconds = p.edits.reduce((sum, e) => {
      const before = upcoming.find((s) => s.plannedWorkoutId === e.plannedWorkoutId)!.plannedSeconds;
      const after = e.kind === 'replace' ? library.find((o) => o.libraryWorkoutId === e.libraryWorkoutId)!.seconds : 0;
      return sum + before - after;
    }, 0);
    const windowSeconds = upcoming.reduce((s, x) => s + x.plannedSeconds, 0);
    expect(removedSeconds).toBeGreaterThanOrEqual(0.3 * windowSeconds);
    expect(p.edits[0]!.plannedWorkoutId).toBe(13);
    const loadFloor = proposeAdjustment(
      { kind: 'reduce-volume', days: 4, share: 0.3 },
      finding,
      upcoming,
      library,
      { ...GUARDRAILS, minWeeklyLoad: 495 },
      week(8),
      { from: '2025-03-06' },
    );
    expect(loadFloor.edits).toEqual([]);
    expect(loadFloor.kept.join(' ')).toContain('495 TSS');
  });

  it('says so when nothing is planned in those days', () => {
    const p = proposeAdjustment({ kind: 'rest', days: 2 }, finding, upcoming, library, GUARDRAILS, week(8), {
      from: '2025-03-10',
    });
    expect(p.edits).toEqual([]);
    expect(p.summary).toBe(
      'Nothing is planned from 10 Mar to 11 Mar, so no change is needed for 3 nights of HRV below baseline',
    );
  });
});
