import type { ThresholdValues } from '../thresholds';
import type { WorkoutDefinition } from '../workouts/workout-schema';
import { element, textElement, xmlDocument, type XmlElement } from './xml';
import { plainNumber, trainerSteps, type TrainerStep } from './trainer-steps';
import { withArticle } from '../../format';

/**
 * Zwift workout files (.zwo), following the element reference compiled from Zwift's own workouts
 * (github.com/h4l/zwift-workout-file-reference): <workout_file> with name, author, description,
 * sportType and a <workout> of Warmup / Cooldown (ramps, PowerLow → PowerHigh), SteadyState (Power),
 * IntervalsT (Repeat, OnDuration/OffDuration, OnPower/OffPower), FreeRide (open effort), with
 * <textevent> cues. Durations are seconds.
 *
 * Power is a fraction of the athlete's threshold as Zwift stores it: of FTP on the bike, and on the run
 * of the speed of the reference pace named by the `pace` attribute. Zwift keeps no "threshold pace";
 * its run references are 1 mile, 5 km, 10 km, half and full marathon pace (`pace` 0–4). Threshold pace
 * is roughly the pace an athlete holds for an hour, between 10 km and half-marathon pace for most
 * amateurs, so run steps reference the 10 km pace (`pace="2"`) with Power = % of threshold speed / 100.
 * Each step's original target is kept as a cue, so the athlete sees exactly what the coach wrote; steps
 * by heart rate, RPE or feel become free rides (free runs) of the planned length.
 */
const RUN_REFERENCE_PACE = 2;

export function buildZwo(def: WorkoutDefinition, thresholds: ThresholdValues, author = 'Coach Workstation'): string {
  if (def.sport !== 'bike' && def.sport !== 'run') {
    throw new Error(`Zwift workouts are for bike and run sessions; "${def.name}" is ${withArticle(def.sport)} workout`);
  }
  const run = def.sport === 'run';
  const steps = trainerSteps(def, thresholds);
  const elements: XmlElement[] = [];
  for (let i = 0; i < steps.length;) {
    const interval = intervalAt(steps, i);
    if (interval) {
      elements.push(intervalElement(interval.on, interval.off, interval.count, run));
      i += interval.count * 2;
      continue;
    }
    elements.push(stepElement(steps[i]!, run));
    i += 1;
  }
  return xmlDocument(
    element('workout_file', {}, [
      textElement('author', author),
      textElement('name', def.name),
      textElement('description', def.description),
      textElement('sportType', run ? 'run' : 'bike'),
      element('tags'),
      element('workout', {}, elements),
    ]),
  );
}

/** A repeat of exactly two flat, exact steps is what IntervalsT expresses; anything else is written step by step. */
function intervalAt(
  steps: readonly TrainerStep[],
  i: number,
): { on: TrainerStep; off: TrainerStep; count: number } | null {
  const on = steps[i];
  const off = steps[i + 1];
  if (!on?.repetition || !off?.repetition || on.repetition.index !== 1 || on.repetition.count !== off.repetition.count)
    return null;
  const count = on.repetition.count;
  for (let r = 0; r < count; r++) {
    const a = steps[i + r * 2];
    const b = steps[i + r * 2 + 1];
    if (
      !a ||
      !b ||
      a.repetition?.index !== r + 1 ||
      b.repetition?.index !== r + 1 ||
      a.step !== on.step ||
      b.step !== off.step
    )
      return null;
  }
  const next = steps[i + count * 2];
  if (next?.repetition && next.repetition.index > 1) return null;
  if (!on.exact || !off.exact || on.startPercent !== on.endPercent || off.startPercent !== off.endPercent) return null;
  return { on, off, count };
}

function intervalElement(on: TrainerStep, off: TrainerStep, count: number, run: boolean): XmlElement {
  const attributes = {
    Repeat: count,
    OnDuration: seconds(on),
    OffDuration: seconds(off),
    OnPower: fraction(on.startPercent),
    OffPower: fraction(off.startPercent),
    ...paceOf(run),
  };
  return element('IntervalsT', attributes, [cue(`${on.label} / ${off.label}`)]);
}

function stepElement(step: TrainerStep, run: boolean): XmlElement {
  const duration = { Duration: seconds(step) };
  // Heart-rate, RPE and open steps have no power or pace Zwift could hold: a free ride/run of the planned
  // length, with the coach's target as its cue, rather than an ERG target the coach never set.
  if (!step.exact)
    return element('FreeRide', { ...duration, ...(run ? { pace: RUN_REFERENCE_PACE } : { FlatRoad: 1 }) }, [
      cue(step.label),
    ]);
  if (step.startPercent !== step.endPercent) {
    // Only warm-ups and cool-downs ramp (trainer-steps.ts); Zwift reads a Cooldown from PowerLow down to PowerHigh.
    const name = step.step.intent === 'cooldown' ? 'Cooldown' : 'Warmup';
    const ramp = { PowerLow: fraction(step.startPercent), PowerHigh: fraction(step.endPercent) };
    return element(name, { ...duration, ...ramp, ...paceOf(run) }, [cue(step.label)]);
  }
  return element('SteadyState', { ...duration, Power: fraction(step.startPercent), ...paceOf(run) }, [cue(step.label)]);
}

function paceOf(run: boolean): { pace?: number } {
  return run ? { pace: RUN_REFERENCE_PACE } : {};
}

function cue(message: string): XmlElement {
  return element('textevent', { timeoffset: 0, message });
}

function seconds(step: TrainerStep): number {
  return Math.round(step.seconds);
}

/** % → Zwift's fraction, with up to four decimals so 57.5 % is 0.575 and 125 % is 1.25. */
function fraction(percent: number): string {
  return plainNumber(percent / 100, 4);
}
