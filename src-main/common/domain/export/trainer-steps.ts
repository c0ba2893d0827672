import type { ThresholdValues } from '../thresholds';
import type { WorkoutDefinition, WorkoutStep } from '../workouts/workout-schema';
import { describeTarget } from '../workouts/describe-workout';
import { expandWorkout } from '../workouts/expand-workout';

/**
 * A workout as a trainer or virtual-training app runs it: repeats unrolled, every step a length of time
 * at a fraction of threshold (FTP on the bike, threshold speed on the run). Distance and lap-button steps
 * take the time the planner counted for them.
 *
 * Percentages stay in percent, computed from the plan's own numbers ((low + high) / 2, never through a
 * fraction first), so a 125 % step is written as 125 and 1.25 — the rounding drift other tools are known
 * for. Targets that are not a percentage of the sport's threshold (heart rate, RPE, open) have no exact
 * trainer equivalent: they are placed at the intensity the planner counted for them and flagged, and the
 * original target is kept as the step's label.
 */
export interface TrainerStep {
  step: WorkoutStep;
  seconds: number;
  /** Warm-ups and cool-downs with a range ramp across it; other steps hold the middle. */
  startPercent: number;
  endPercent: number;
  /** False when the percentage is the planner's estimate for a non-power/pace target. */
  exact: boolean;
  /** "88–94 % FTP" or, for estimated steps, the original target: "HR zone 2". */
  label: string;
  repetition: { index: number; count: number } | null;
}

const EXACT_TARGET: Record<WorkoutDefinition['sport'], WorkoutStep['target']['type'] | null> = {
  bike: 'ftpPercent',
  run: 'thresholdPacePercent',
  swim: 'cssPercent',
  strength: null,
  other: null,
};

export function trainerSteps(def: WorkoutDefinition, thresholds: ThresholdValues): TrainerStep[] {
  const exactType = EXACT_TARGET[def.sport];
  return expandWorkout(def, thresholds).steps.map((timed) => {
    const { step } = timed;
    const label = step.note ? `${describeTarget(step.target)} · ${step.note}` : describeTarget(step.target);
    if (step.target.type === exactType && 'range' in step.target) {
      const { low, high } = step.target.range;
      const ramp = low !== high && (step.intent === 'warmup' || step.intent === 'cooldown');
      const [startPercent, endPercent] = ramp
        ? step.intent === 'warmup'
          ? [low, high]
          : [high, low]
        : [(low + high) / 2, (low + high) / 2];
      return {
        step,
        seconds: timed.seconds,
        startPercent,
        endPercent,
        exact: true,
        label,
        repetition: timed.repetition,
      };
    }
    if (def.sport === 'bike' && step.target.type === 'powerZone') {
      // Zone midpoints are what the planner counts; they are exact for the zone's definition.
      const percent = round1(timed.intensity.mid * 100);
      return {
        step,
        seconds: timed.seconds,
        startPercent: percent,
        endPercent: percent,
        exact: true,
        label,
        repetition: timed.repetition,
      };
    }
    const percent = round1(timed.intensity.mid * 100);
    return {
      step,
      seconds: timed.seconds,
      startPercent: percent,
      endPercent: percent,
      exact: false,
      label,
      repetition: timed.repetition,
    };
  });
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A number as trainer files write it: no float noise, no trailing zeros (125, 57.5, 1.25). */
export function plainNumber(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}
