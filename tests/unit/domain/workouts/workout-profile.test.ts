import { describe, expect, it } from 'vitest';
import type { WorkoutDefinition } from '../../../../src-main/common/domain/workouts/workout-schema';
import { workoutProfile } from '../../../../src-main/common/domain/workouts/workout-profile';

const fourByEight: WorkoutDefinition = {
  name: '4×8 min threshold',
  sport: 'bike',
  category: 'threshold',
  description: '',
  steps: [
    {
      kind: 'step',
      intent: 'warmup',
      duration: { type: 'time', seconds: 900 },
      target: { type: 'ftpPercent', range: { low: 50, high: 65 } },
      note: '',
    },
    {
      kind: 'repeat',
      count: 4,
      steps: [
        {
          kind: 'step',
          intent: 'work',
          duration: { type: 'time', seconds: 480 },
          target: { type: 'ftpPercent', range: { low: 100, high: 105 } },
          note: 'at or just above FTP',
        },
        {
          kind: 'step',
          intent: 'recovery',
          duration: { type: 'time', seconds: 240 },
          target: { type: 'ftpPercent', range: { low: 50, high: 55 } },
          note: '',
        },
      ],
    },
    { kind: 'step', intent: 'cooldown', duration: { type: 'time', seconds: 600 }, target: { type: 'open' }, note: '' },
  ],
};

describe('workout profile for the builder chart', () => {
  it('unrolls repeats into contiguous segments from 0 to the end', () => {
    const profile = workoutProfile(fourByEight, { ftp: 250 });
    expect(profile).toHaveLength(1 + 4 * 2 + 1);
    expect(profile[0]!.startSecond).toBe(0);
    profile.slice(1).forEach((segment, i) => expect(segment.startSecond).toBe(profile[i]!.endSecond));
    expect(profile.at(-1)!.endSecond).toBe(900 + 4 * 720 + 600);
  });

  it('labels each bar with its repetition, duration and target, and draws it in % of threshold', () => {
    const [warmup, firstWork, , , , , , , lastRecovery, cooldown] = workoutProfile(fourByEight, { ftp: 250 });
    expect(warmup).toMatchObject({
      intent: 'warmup',
      intensityPercent: { low: 50, high: 65 },
      band: 'low',
      label: 'Warm-up 15 min @ 50–65 % FTP',
    });
    expect(firstWork).toMatchObject({
      startSecond: 900,
      endSecond: 1380,
      intensityPercent: { low: 100, high: 105 },
      band: 'high',
      label: '1/4 · Work 8 min @ 100–105 % FTP (at or just above FTP)',
    });
    expect(lastRecovery!.label).toBe('4/4 · Recovery 4 min @ 50–55 % FTP');
    // An open cool-down is drawn at the easy default, RPE 3 on the RPE→IF scale (0.665).
    expect(cooldown!.intensityPercent).toEqual({ low: 66.5, high: 66.5 });
  });

  it('gives distance steps their duration from the athlete thresholds', () => {
    const def: WorkoutDefinition = {
      name: '400 m',
      sport: 'swim',
      category: 'test',
      description: '',
      steps: [
        {
          kind: 'step',
          intent: 'work',
          duration: { type: 'distance', meters: 400 },
          target: { type: 'cssPercent', range: { low: 100, high: 100 } },
          note: '',
        },
      ],
    };
    expect(workoutProfile(def, { css: 90 })[0]).toMatchObject({ endSecond: 360, label: 'Work 400 m @ 100 % CSS' });
  });
});
