import type {
  RepeatBlock,
  StepDuration,
  StepIntent,
  StepTarget,
  WorkoutDefinition,
  WorkoutStep,
} from './workout-schema';
import { formatDuration } from '../../format';

/**
 * Workouts as a coach writes them in a message: "5 × (1 km @ 100–103 % threshold pace, 2 min recovery)".
 * Used wherever a planned session is read rather than run: the planner's session panel, calendar
 * descriptions and the text of exported plans.
 */

const INTENT_LABELS: Record<StepIntent, string> = {
  warmup: 'Warm-up',
  work: 'Work',
  recovery: 'Recovery',
  rest: 'Rest',
  cooldown: 'Cool-down',
};

export function describeDuration(duration: StepDuration): string {
  switch (duration.type) {
    case 'time':
      return formatDuration(duration.seconds, 'second');
    case 'distance':
      return duration.meters >= 1000 && duration.meters % 100 === 0
        ? `${duration.meters / 1000} km`
        : `${duration.meters} m`;
    case 'lapButton':
      return `until lap (≈ ${formatDuration(duration.estimatedSeconds, 'second')})`;
  }
}

export function describeTarget(target: StepTarget): string {
  const range = (r: { low: number; high: number }) => (r.low === r.high ? `${r.low} %` : `${r.low}–${r.high} %`);
  switch (target.type) {
    case 'open':
      return 'easy, by feel';
    case 'ftpPercent':
      return `${range(target.range)} FTP`;
    case 'thresholdPacePercent':
      return `${range(target.range)} threshold pace`;
    case 'cssPercent':
      return `${range(target.range)} CSS`;
    case 'lthrPercent':
      return `${range(target.range)} LTHR`;
    case 'powerZone':
      return `power zone ${target.zone}`;
    case 'hrZone':
      return `HR zone ${target.zone}`;
    case 'rpe':
      return `RPE ${target.value}`;
  }
}

export function describeStep(step: WorkoutStep): string {
  const note = step.note ? ` (${step.note})` : '';
  return `${INTENT_LABELS[step.intent]} ${describeDuration(step.duration)} @ ${describeTarget(step.target)}${note}`;
}

export function describeRepeat(block: RepeatBlock): string {
  return `${block.count} × (${block.steps.map((s) => describeStep(s).replace(/^Work /, '')).join(', ')})`;
}

/** One line per step or repeat block, in order. */
export function describeWorkout(def: WorkoutDefinition): string[] {
  return def.steps.map((element) => (element.kind === 'repeat' ? describeRepeat(element) : describeStep(element)));
}
