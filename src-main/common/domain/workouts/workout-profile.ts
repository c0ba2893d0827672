import type { ThresholdValues } from '../../contract/schemas';
import type { StepDuration, StepIntent, StepTarget, WorkoutDefinition } from '../../contract/workout-schema';
import type { IntensityBand } from './intensity-bands';
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

const INTENT_LABEL: Record<StepIntent, string> = {
  warmup: 'Warm-up',
  work: 'Work',
  recovery: 'Recovery',
  rest: 'Rest',
  cooldown: 'Cool-down',
};

function describeDuration(d: StepDuration): string {
  if (d.type === 'distance') return d.meters >= 1000 && d.meters % 100 === 0 ? `${d.meters / 1000} km` : `${d.meters} m`;
  const seconds = d.type === 'time' ? d.seconds : d.estimatedSeconds;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const text = minutes === 0 ? `${rest} s` : rest === 0 ? `${minutes} min` : `${minutes}:${String(rest).padStart(2, '0')}`;
  return d.type === 'lapButton' ? `until lap (~${text})` : text;
}

function describeTarget(t: StepTarget): string {
  const span = (r: { low: number; high: number }) => (r.low === r.high ? `${r.low}` : `${r.low}–${r.high}`);
  switch (t.type) {
    case 'open':
      return 'open';
    case 'ftpPercent':
      return `${span(t.range)} % FTP`;
    case 'thresholdPacePercent':
      return `${span(t.range)} % threshold pace`;
    case 'cssPercent':
      return `${span(t.range)} % CSS`;
    case 'lthrPercent':
      return `${span(t.range)} % LTHR`;
    case 'powerZone':
      return `power Z${t.zone}`;
    case 'hrZone':
      return `HR Z${t.zone}`;
    case 'rpe':
      return `RPE ${t.value}`;
  }
}

const percent = (intensity: number) => Math.round(intensity * 1000) / 10;

export function workoutProfile(def: WorkoutDefinition, thresholds: ThresholdValues): ProfileSegment[] {
  return expandWorkout(def, thresholds).steps.map((s) => {
    const repetition = s.repetition ? `${s.repetition.index}/${s.repetition.count} · ` : '';
    const note = s.step.note ? ` (${s.step.note})` : '';
    return {
      startSecond: Math.round(s.startSecond),
      endSecond: Math.round(s.endSecond),
      intent: s.step.intent,
      intensityPercent: { low: percent(s.intensity.low), high: percent(s.intensity.high) },
      band: s.band,
      label: `${repetition}${INTENT_LABEL[s.step.intent]} ${describeDuration(s.step.duration)} @ ${describeTarget(s.step.target)}${note}`,
    };
  });
}
