import { describe, expect, it } from 'vitest';
import { describeWorkout } from '../../../../src-main/common/domain/workouts/describe-workout';
import { workoutDefinitionSchema } from '../../../../src-main/common/domain/workouts/workout-schema';

describe('describing a workout as a coach writes it', () => {
  it('reads warm-up, repeats and cool-down in order', () => {
    const def = workoutDefinitionSchema.parse({
      name: '5 × 1 km at threshold',
      sport: 'run',
      category: 'threshold',
      steps: [
        { kind: 'step', intent: 'warmup', duration: { type: 'time', seconds: 900 }, target: { type: 'rpe', value: 3 } },
        {
          kind: 'repeat',
          count: 5,
          steps: [
            {
              kind: 'step',
              intent: 'work',
              duration: { type: 'distance', meters: 1000 },
              target: { type: 'thresholdPacePercent', range: { low: 100, high: 103 } },
            },
            { kind: 'step', intent: 'recovery', duration: { type: 'time', seconds: 120 }, target: { type: 'open' } },
          ],
        },
        {
          kind: 'step',
          intent: 'cooldown',
          duration: { type: 'lapButton', estimatedSeconds: 600 },
          target: { type: 'hrZone', zone: 1 },
          note: 'jog',
        },
      ],
    });
    expect(describeWorkout(def)).toEqual([
      'Warm-up 15 min @ RPE 3',
      '5 × (1 km @ 100–103 % threshold pace, Recovery 2 min @ easy, by feel)',
      'Cool-down until lap (≈ 10 min) @ HR zone 1 (jog)',
    ]);
  });

  it('writes long durations in hours and odd ones in minutes and seconds', () => {
    const def = workoutDefinitionSchema.parse({
      name: 'Long ride',
      sport: 'bike',
      category: 'long',
      steps: [
        {
          kind: 'step',
          intent: 'work',
          duration: { type: 'time', seconds: 10_800 },
          target: { type: 'ftpPercent', range: { low: 65, high: 65 } },
        },
        {
          kind: 'step',
          intent: 'work',
          duration: { type: 'time', seconds: 90 },
          target: { type: 'powerZone', zone: 5 },
        },
      ],
    });
    expect(describeWorkout(def)).toEqual(['Work 3 h @ 65 % FTP', 'Work 1 min 30 s @ power zone 5']);
  });
});
