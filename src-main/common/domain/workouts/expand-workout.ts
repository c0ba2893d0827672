import type { ThresholdValues } from '../thresholds';
import type { WorkoutDefinition, WorkoutSport, WorkoutStep } from './workout-schema';
import { rpeIntensityFactor } from '../metrics/training-load';
import { heartRateBand, intensityBand, type IntensityBand } from './intensity-bands';
import { stepSpeedModel } from './step-speed';
import {
  heartRateFraction,
  heartRateModel,
  OPEN_STEP_RPE,
  targetIntensity,
  type IntensityRange,
} from './target-intensity';

/** One step as the athlete will do it: repeats unrolled, durations in seconds, intensity on the IF scale. */
export interface TimedStep {
  step: WorkoutStep;
  startSecond: number;
  endSecond: number;
  seconds: number;
  /** Null when the distance cannot be told (a timed bike step, a run without threshold pace). */
  meters: number | null;
  intensity: IntensityRange;
  band: IntensityBand;
  /** Position inside its repeat block, or null for a top-level step. */
  repetition: { index: number; count: number } | null;
}

export interface ExpandedWorkout {
  steps: TimedStep[];
  /** Sentences naming every threshold that had to be assumed. */
  assumptions: string[];
}

/** Sports whose timed steps convert to a distance from the athlete's threshold speed. */
const SPEED_SPORTS: ReadonlySet<WorkoutSport> = new Set(['run', 'swim']);

export function expandWorkout(def: WorkoutDefinition, thresholds: ThresholdValues): ExpandedWorkout {
  const hr = heartRateModel(thresholds);
  const speed = stepSpeedModel(def.sport, thresholds);
  const assumptions = new Set<string>();
  const steps: TimedStep[] = [];
  let clock = 0;

  const place = (step: WorkoutStep, repetition: TimedStep['repetition']) => {
    const intensity = targetIntensity(step.target, def.sport, step.intent, hr);
    const hrFraction = heartRateFraction(step.target, def.sport);
    if (hrFraction !== null) hr.assumptions.forEach((a) => assumptions.add(a));
    const standing = step.intent === 'rest' && step.target.type === 'open';
    let seconds: number;
    let meters: number | null;
    if (step.duration.type === 'distance') {
      meters = step.duration.meters;
      // A distance cannot be covered at IF 0: an untargeted rest distance is covered easily.
      seconds = meters / speed.metersPerSecond(intensity.mid > 0 ? intensity.mid : rpeIntensityFactor(OPEN_STEP_RPE));
      if (speed.assumption) assumptions.add(speed.assumption);
    } else {
      seconds = step.duration.type === 'time' ? step.duration.seconds : step.duration.estimatedSeconds;
      meters = standing
        ? 0
        : SPEED_SPORTS.has(def.sport) && speed.known
          ? seconds * speed.metersPerSecond(intensity.mid)
          : null;
    }
    steps.push({
      step,
      startSecond: clock,
      endSecond: clock + seconds,
      seconds,
      meters,
      intensity,
      band: hrFraction !== null ? heartRateBand(hrFraction, def.sport) : intensityBand(intensity.mid, def.sport),
      repetition,
    });
    clock += seconds;
  };

  for (const element of def.steps) {
    if (element.kind === 'step') {
      place(element, null);
      continue;
    }
    for (let index = 1; index <= element.count; index++) {
      for (const step of element.steps) place(step, { index, count: element.count });
    }
  }
  return { steps, assumptions: [...assumptions] };
}
