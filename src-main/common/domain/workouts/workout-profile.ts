import type { ThresholdValues } from '../thresholds';
import type { StepIntent, WorkoutDefinition } from './workout-schema';
import type { IntensityBand } from './intensity-bands';
import { describeStep } from './describe-workout';
import { expandWorkout } from './expand-workout';

/**
 * One bar of the workout builder's profile chart. The vertical axis is % of threshold on the TSS scale
 * (IF × 100) whatever the target type, so power, pace, heart-rate and RPE steps share one chart.
 */
export interface ProfileSegment {
  startSecond: number;
  endSecond: number;
  intent: StepIntent;
  intensityPercent: { low: number; high: number };
  band: IntensityBand;
  /** e.g. "2/5 · Work 8 min @ 95–105 % FTP". */
  label: string;
}

const percent = (intensity: number) => Math.round(intensity * 1000) / 10;

export function workoutProfile(def: WorkoutDefinition, thresholds: ThresholdValues): ProfileSegment[] {
  return expandWorkout(def, thresholds).steps.map((s) => {
    const repetition = s.repetition ? `${s.repetition.index}/${s.repetition.count} · ` : '';
    return {
      startSecond: Math.round(s.startSecond),
      endSecond: Math.round(s.endSecond),
      intent: s.step.intent,
      intensityPercent: { low: percent(s.intensity.low), high: percent(s.intensity.high) },
      band: s.band,
      label: `${repetition}${describeStep(s.step)}`,
    };
  });
}
