import { describe, expect, it } from 'vitest';
import { evaluateAnomalies } from '../../../../src-main/common/domain/anomalies/evaluate';
import { DEFAULT_RULE_SETTINGS, mergeRuleSettings } from '../../../../src-main/common/domain/anomalies/settings';
import type { ActivityInput, PlannedSessionInput } from '../../../../src-main/common/domain/anomalies/types';
import { addDays } from '../../../../src-main/common/domain/dates';
import { calmMornings, emptyInput, withMornings } from './histories';

const TODAY = '2025-03-10';

describe('resting HR elevated', () => {
  const calm = calmMornings('2024-12-01', TODAY, 11, { rmssd: 60, restingHr: 48, sleepHours: 7.5 });

  it('fires on two mornings 5+ bpm above baseline and names them', () => {
    const wellness = withMornings(calm, { '2025-03-08': { restingHr: 56 }, '2025-03-09': { restingHr: 55 } });
    const findings = evaluateAnomalies(emptyInput(TODAY, { wellness })).filter((f) => f.rule === 'resting-hr-elevated');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.episodeStart).toBe('2025-03-08');
    expect(findings[0]!.reason).toContain('Sat 56, Sun 55 bpm');
    expect(findings[0]!.adjustment).toEqual({ kind: 'reduce-intensity', days: 3 });
  });

  it('ignores one high morning', () => {
    const wellness = withMornings(calm, { '2025-03-08': { restingHr: 60 } });
    expect(evaluateAnomalies(emptyInput(TODAY, { wellness })).map((f) => f.rule)).not.toContain('resting-hr-elevated');
  });
});

describe('sleep deficit', () => {
  const calm = calmMornings('2025-01-01', TODAY, 12);

  it('fires on 3 short nights within a week, listing them', () => {
    const wellness = withMornings(calm, {
      '2025-03-04': { sleepHours: 5.5 },
      '2025-03-06': { sleepHours: 5.25 },
      '2025-03-07': { sleepHours: 5 },
    });
    const [finding] = evaluateAnomalies(emptyInput(TODAY, { wellness })).filter((f) => f.rule === 'sleep-deficit');
    expect(finding!.episodeStart).toBe('2025-03-07');
    expect(finding!.reason).toContain('Tue 5.5 h, Thu 5.25 h, Fri 5 h');
    expect(finding!.date).toBe('2025-03-07');
  });

  it('ignores two short nights, and follows a per-athlete minimum', () => {
    const wellness = withMornings(calm, { '2025-03-04': { sleepHours: 5.5 }, '2025-03-07': { sleepHours: 5 } });
    expect(evaluateAnomalies(emptyInput(TODAY, { wellness })).map((f) => f.rule)).not.toContain('sleep-deficit');
    const twoNights = mergeRuleSettings(DEFAULT_RULE_SETTINGS, { sleepDeficit: { days: 2 } });
    expect(evaluateAnomalies(emptyInput(TODAY, { wellness, settings: twoNights })).map((f) => f.rule)).toContain(
      'sleep-deficit',
    );
  });
});

describe('compliance drop', () => {
  const key = (date: string, completed: number | null, id: number): PlannedSessionInput => ({
    plannedWorkoutId: id,
    date,
    name: 'Threshold 3×12 min',
    sport: 'bike',
    key: true,
    plannedSeconds: 3600,
    plannedLoad: 80,
    completedSeconds: completed,
    completedLoad: completed === null ? null : 80,
  });

  it('fires when most key sessions of two weeks were missed or cut short', () => {
    const planned = [
      key('2025-02-25', 3600, 1),
      key('2025-02-28', null, 2),
      key('2025-03-04', 1500, 3),
      key('2025-03-07', null, 4),
    ];
    const [finding] = evaluateAnomalies(emptyInput(TODAY, { planned })).filter((f) => f.rule === 'compliance-drop');
    expect(finding!.reason).toContain('3 of 4 key sessions missed or cut short');
    expect(finding!.reason).toContain('Tue 4 Mar Threshold 3×12 min (42 % done)');
    expect(finding!.adjustment).toBeNull();
  });

  it("counts today's session only once it is done", () => {
    const planned = [key('2025-03-04', 3600, 1), key('2025-03-07', 3500, 2), key(TODAY, null, 3)];
    expect(evaluateAnomalies(emptyInput(TODAY, { planned })).map((f) => f.rule)).toEqual([]);
  });
});

describe('performance decline', () => {
  const START = '2025-01-06';
  const END = addDays(START, 105);
  const ride = (date: string, power: number, id: number): ActivityInput => ({
    id,
    date,
    sport: 'bike',
    durationSeconds: 5400,
    load: 90,
    rpe: 6,
    efficiencyFactor: null,
    best20MinPower: power,
  });

  it('fires when the best 20-min power of six weeks falls 8 % or more below the six weeks before', () => {
    // A ride every 3–4 days for 15 weeks: 280 W in the first six, 250 W after.
    const activities = Array.from({ length: 30 }, (_, i) =>
      ride(addDays(START, Math.round(i * 3.5)), i * 3.5 >= 42 ? 250 : 280, i),
    );
    const [finding] = evaluateAnomalies(emptyInput(END, { activities, raiseFrom: START })).filter(
      (f) => f.rule === 'performance-decline',
    );
    expect(finding!.reason).toContain('Best 20-min power down 10.7 %: 250 W over the last 42 days against 280 W');
    expect(finding!.severity).toBe('info');
  });

  it('does not fire when power holds', () => {
    const activities = Array.from({ length: 30 }, (_, i) =>
      ride(addDays(START, Math.round(i * 3.5)), 280 - (i % 3), i),
    );
    expect(evaluateAnomalies(emptyInput(END, { activities, raiseFrom: START })).map((f) => f.rule)).toEqual([]);
    // The same history is long enough to be judged: with the last six weeks 10 % down it fires.
    const dropped = activities.map((a) => (a.date > addDays(START, 50) ? { ...a, best20MinPower: 250 } : a));
    expect(evaluateAnomalies(emptyInput(END, { activities: dropped, raiseFrom: START })).map((f) => f.rule)).toContain(
      'performance-decline',
    );
  });
});

describe('no uploads', () => {
  it('fires after a week without an activity and keeps one episode while the silence lasts', () => {
    const activities: ActivityInput[] = [0, 2, 4].map((i) => ({
      id: i,
      date: addDays('2025-02-24', i),
      sport: 'run',
      durationSeconds: 3000,
      load: 50,
      rpe: 4,
      efficiencyFactor: null,
      best20MinPower: null,
    }));
    const at = (today: string) =>
      evaluateAnomalies(emptyInput(today, { activities })).filter((f) => f.rule === 'no-uploads');
    expect(at('2025-03-04')).toEqual([]);
    const [first] = at('2025-03-07');
    const [later] = at('2025-03-09');
    expect(first!.episodeStart).toBe('2025-03-07');
    expect(later!.episodeStart).toBe('2025-03-07');
    expect(later!.reason).toBe('No activity uploaded for 9 days: the last was a run on Fri 28 Feb');
    expect(later!.ongoing).toBe(true);
  });
});
