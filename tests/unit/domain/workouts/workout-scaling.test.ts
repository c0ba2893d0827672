import { describe, expect, it } from 'vitest';
import type { WorkoutDefinition } from '../../../../src-main/common/domain/workouts/workout-schema';
import { summarizeWorkout } from '../../../../src-main/common/domain/workouts/workout-metrics';
import {
  scaleWorkoutToDuration,
  scaleWorkoutToLoad,
} from '../../../../src-main/common/domain/workouts/workout-scaling';

const longRide: WorkoutDefinition = {
  name: 'Long ride',
  sport: 'bike',
  category: 'long',
  description: '',
  steps: [
    {
      kind: 'step',
      intent: 'warmup',
      duration: { type: 'time', seconds: 900 },
      target: { type: 'ftpPercent', range: { low: 50, high: 60 } },
      note: '',
    },
    {
      kind: 'step',
      intent: 'work',
      duration: { type: 'time', seconds: 7200 },
      target: { type: 'ftpPercent', range: { low: 65, high: 75 } },
      note: '',
    },
    {
      kind: 'step',
      intent: 'cooldown',
      duration: { type: 'time', seconds: 600 },
      target: { type: 'ftpPercent', range: { low: 45, high: 55 } },
      note: '',
    },
  ],
};

const intervals: WorkoutDefinition = {
  name: '5×1 km',
  sport: 'run',
  category: 'threshold',
  description: '',
  steps: [
    {
      kind: 'step',
      intent: 'warmup',
      duration: { type: 'time', seconds: 900 },
      target: { type: 'thresholdPacePercent', range: { low: 70, high: 78 } },
      note: '',
    },
    {
      kind: 'repeat',
      count: 5,
      steps: [
        {
          kind: 'step',
          intent: 'work',
          duration: { type: 'distance', meters: 1000 },
          target: { type: 'thresholdPacePercent', range: { low: 98, high: 102 } },
          note: '',
        },
        {
          kind: 'step',
          intent: 'recovery',
          duration: { type: 'time', seconds: 90 },
          target: { type: 'thresholdPacePercent', range: { low: 60, high: 70 } },
          note: '',
        },
      ],
    },
    {
      kind: 'step',
      intent: 'cooldown',
      duration: { type: 'time', seconds: 600 },
      target: { type: 'thresholdPacePercent', range: { low: 65, high: 75 } },
      note: '',
    },
  ],
};

const t = { ftp: 250, thresholdPace: 240 };

describe('scaling a workout to a duration or a load', () => {
  it('stretches only the steady part of a long ride, in whole minutes', () => {
    const { definition, summary } = scaleWorkoutToDuration(longRide, t, 4 * 3600);
    expect(summary.seconds).toBe(4 * 3600);
    expect(
      definition.steps.map((s) => (s.kind === 'step' && s.duration.type === 'time' ? s.duration.seconds : null)),
    ).toEqual([900, 4 * 3600 - 1500, 600]);
    expect(definition.name).toBe('Long ride');
  });

  it('returns the same numbers summarizeWorkout gives for the scaled definition', () => {
    const scaled = scaleWorkoutToDuration(intervals, t, 3000);
    expect(scaled.summary).toEqual(summarizeWorkout(scaled.definition, t));
  });

  it('keeps an interval session main set and changes its warm-up and cool-down', () => {
    const { definition, summary } = scaleWorkoutToDuration(intervals, t, 3000);
    expect(definition.steps[1]).toBe(intervals.steps[1]);
    // Main set 5 × (240 + 90) = 1650 s; the other 1350 s are shared 900 : 600 (810 s and 540 s) and each
    // rounded to whole minutes (14 and 9 min), so the whole lands 30 s over.
    expect(summary.seconds).toBe(3030);
    expect(definition.steps[0]).toMatchObject({ duration: { type: 'time', seconds: 840 } });
    expect(definition.steps[2]).toMatchObject({ duration: { type: 'time', seconds: 540 } });
  });

  it('never shrinks a steady block under 5 minutes, and the ceiling wins over the target', () => {
    const tiny = scaleWorkoutToDuration(longRide, t, 60);
    expect(tiny.definition.steps[1]).toMatchObject({ duration: { type: 'time', seconds: 300 } });
    const capped = scaleWorkoutToDuration(longRide, t, 5 * 3600, { maxSeconds: 3 * 3600 + 30 });
    expect(capped.summary.seconds).toBeLessThanOrEqual(3 * 3600 + 30);
    expect(capped.summary.seconds).toBeGreaterThan(3 * 3600 - 60);
  });

  it('hits a target load by lengthening the steady part (load is linear in its length)', () => {
    const { summary } = scaleWorkoutToLoad(longRide, t, 150);
    // The steady part adds 0.70² × 100 = 49 TSS an hour, so whole minutes land within 0.5 TSS.
    expect(Math.abs(summary.load - 150)).toBeLessThan(0.5);
  });

  it('rounds distance steps to pool lengths for a swim', () => {
    const swim: WorkoutDefinition = {
      name: 'Endurance swim',
      sport: 'swim',
      category: 'endurance',
      description: '',
      steps: [
        {
          kind: 'step',
          intent: 'work',
          duration: { type: 'distance', meters: 1500 },
          target: { type: 'cssPercent', range: { low: 85, high: 90 } },
          note: '',
        },
      ],
    };
    const { definition } = scaleWorkoutToDuration(swim, { css: 100 }, 2000);
    const meters =
      definition.steps[0]!.kind === 'step' && definition.steps[0]!.duration.type === 'distance'
        ? definition.steps[0]!.duration.meters
        : 0;
    expect(meters % 50).toBe(0);
    // 2000 s at 0.875 m/s ≈ 1750 m.
    expect(meters).toBe(1750);
  });
});
