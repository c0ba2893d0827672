import type { ThresholdValues } from '../thresholds';
import type { StepDuration, WorkoutDefinition, WorkoutSport } from './workout-schema';
import { expandWorkout, type ExpandedWorkout, type TimedStep } from './expand-workout';
import { stepLoad, summarizeExpansion, type WorkoutSummary } from './workout-metrics';

/** Bounds on the whole scaled workout, seconds (a day's availability, the longest-session guardrail). */
export interface ScaleLimits {
  minSeconds?: number;
  maxSeconds?: number;
}

export interface ScaledWorkout {
  definition: WorkoutDefinition;
  summary: WorkoutSummary;
}

/**
 * Scaling stretches only the steady part of a workout and leaves its quality alone: the top-level
 * work steps in the low band (the body of an easy run, long ride or long swim). A workout without one
 * (an interval session) stretches its top-level warm-up and cool-down instead, so it can fit a shorter
 * or longer day. Steps inside repeats never change: 5×1 km stays 5×1 km.
 */
interface ScalableStep {
  elementIndex: number;
  /** Position of the step in the expanded workout. */
  timedIndex: number;
  duration: StepDuration;
  seconds: number;
  /** Seconds per unit of the step's duration (1 for time, s/m for distance). */
  secondsPerUnit: number;
  /** Load per second at the step's intensity. */
  loadRate: number;
  /** Largest length the schema allows for this step, seconds. */
  maxSeconds: number;
}

interface ScalePlan {
  expansion: ExpandedWorkout;
  scalable: ScalableStep[];
  fixedSeconds: number;
  fixedLoad: number;
}

/** An endurance block shorter than 5 minutes is not worth writing down; steps already shorter stay as they are. */
const MIN_STEP_SECONDS = 300;
const MAX_STEP_SECONDS = 86_400;
const MAX_STEP_METERS = 500_000;
/** Rounding of scaled durations: whole minutes, and whole pool lengths, 100 m on foot, 1 km on the bike. */
const DISTANCE_UNIT: Record<WorkoutSport, number> = { swim: 50, run: 100, bike: 1000, strength: 100, other: 100 };

function buildPlan(def: WorkoutDefinition, thresholds: ThresholdValues): ScalePlan {
  const expansion = expandWorkout(def, thresholds);
  const topLevel: { elementIndex: number; timedIndex: number; timed: TimedStep }[] = [];
  let cursor = 0;
  def.steps.forEach((element, elementIndex) => {
    if (element.kind === 'step') topLevel.push({ elementIndex, timedIndex: cursor, timed: expansion.steps[cursor]! });
    cursor += element.kind === 'step' ? 1 : element.count * element.steps.length;
  });
  const lowWith = (intents: string[]) =>
    topLevel.filter(({ timed }) => timed.band === 'low' && intents.includes(timed.step.intent));
  const steady = lowWith(['work']);
  const chosen = new Set(steady.length > 0 ? steady : lowWith(['warmup', 'cooldown']));
  const scalable: ScalableStep[] = [];
  let fixedSeconds = 0;
  let fixedLoad = 0;
  for (const timed of expansion.steps) {
    fixedSeconds += timed.seconds;
    fixedLoad += stepLoad(timed, def.sport);
  }
  for (const entry of chosen) {
    const { timed } = entry;
    const duration = timed.step.duration;
    const secondsPerUnit = duration.type === 'distance' ? timed.seconds / duration.meters : 1;
    const loadRate = stepLoad(timed, def.sport) / timed.seconds;
    fixedSeconds -= timed.seconds;
    fixedLoad -= timed.seconds * loadRate;
    scalable.push({
      elementIndex: entry.elementIndex,
      timedIndex: entry.timedIndex,
      duration,
      seconds: timed.seconds,
      secondsPerUnit,
      loadRate,
      maxSeconds: duration.type === 'distance' ? MAX_STEP_METERS * secondsPerUnit : MAX_STEP_SECONDS,
    });
  }
  return { expansion, scalable, fixedSeconds, fixedLoad };
}

/**
 * Planners scale the same library workouts again and again for one athlete, so the expansion is kept
 * per (thresholds, definition) object pair; weak maps let both be collected when no longer used.
 */
const plans = new WeakMap<ThresholdValues, WeakMap<WorkoutDefinition, ScalePlan>>();

function planFor(def: WorkoutDefinition, thresholds: ThresholdValues): ScalePlan {
  let forAthlete = plans.get(thresholds);
  if (!forAthlete) plans.set(thresholds, (forAthlete = new WeakMap()));
  let plan = forAthlete.get(def);
  if (!plan) forAthlete.set(def, (plan = buildPlan(def, thresholds)));
  return plan;
}

type Measure = 'seconds' | 'load';

function scaledSeconds(s: ScalableStep, factor: number): number {
  return Math.min(s.maxSeconds, Math.max(Math.min(s.seconds, MIN_STEP_SECONDS), s.seconds * factor));
}

function measureAt(plan: ScalePlan, factor: number, measure: Measure): number {
  let total = measure === 'seconds' ? plan.fixedSeconds : plan.fixedLoad;
  for (const s of plan.scalable) total += scaledSeconds(s, factor) * (measure === 'seconds' ? 1 : s.loadRate);
  return total;
}

/** Smallest stretch factor reaching `target` of `measure` (both measures rise with the factor). */
function solveFactor(plan: ScalePlan, measure: Measure, target: number): number {
  const maxFactor = Math.max(...plan.scalable.map((s) => s.maxSeconds / s.seconds));
  if (measureAt(plan, maxFactor, measure) <= target) return maxFactor;
  let low = 0;
  let high = maxFactor;
  // 40 halvings resolve the factor far below a second of workout.
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    if (measureAt(plan, mid, measure) < target) low = mid;
    else high = mid;
  }
  return high;
}

function roundedDuration(
  s: ScalableStep,
  factor: number,
  sport: WorkoutSport,
  round: (v: number) => number,
): StepDuration {
  const seconds = scaledSeconds(s, factor);
  switch (s.duration.type) {
    case 'time':
      return { type: 'time', seconds: Math.max(60, round(seconds / 60) * 60) };
    case 'lapButton':
      return { type: 'lapButton', estimatedSeconds: Math.max(60, round(seconds / 60) * 60) };
    case 'distance': {
      const unit = DISTANCE_UNIT[sport];
      return { type: 'distance', meters: Math.max(unit, round(seconds / s.secondsPerUnit / unit) * unit) };
    }
  }
}

/**
 * The scaled workout and its summary. The summary comes from the template's expansion with the scaled
 * steps' lengths swapped in — the same numbers summarizeWorkout gives, without expanding again.
 */
function applyFactor(
  def: WorkoutDefinition,
  plan: ScalePlan,
  factor: number,
  round: (v: number) => number,
): ScaledWorkout {
  const byElement = new Map(plan.scalable.map((s) => [s.elementIndex, s]));
  const steps = [...plan.expansion.steps];
  const definition: WorkoutDefinition = {
    ...def,
    steps: def.steps.map((element, i) => {
      const s = byElement.get(i);
      if (!s || element.kind !== 'step') return element;
      const duration = roundedDuration(s, factor, def.sport, round);
      const old = steps[s.timedIndex]!;
      const seconds =
        duration.type === 'distance'
          ? duration.meters * s.secondsPerUnit
          : duration.type === 'time'
            ? duration.seconds
            : duration.estimatedSeconds;
      const meters =
        duration.type === 'distance'
          ? duration.meters
          : old.meters === null
            ? null
            : (old.meters / old.seconds) * seconds;
      steps[s.timedIndex] = { ...old, step: { ...element, duration }, seconds, meters };
      return steps[s.timedIndex]!.step;
    }),
  };
  let clock = 0;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (step.startSecond !== clock) steps[i] = { ...step, startSecond: clock, endSecond: clock + step.seconds };
    clock += step.seconds;
  }
  return { definition, summary: summarizeExpansion(definition, { steps, assumptions: plan.expansion.assumptions }) };
}

function scale(
  def: WorkoutDefinition,
  thresholds: ThresholdValues,
  measure: Measure,
  target: number,
  limits: ScaleLimits,
): ScaledWorkout {
  const plan = planFor(def, thresholds);
  if (plan.scalable.length === 0) return { definition: def, summary: summarizeExpansion(def, plan.expansion) };
  const lowest = limits.minSeconds !== undefined ? solveFactor(plan, 'seconds', limits.minSeconds) : 0;
  const highest =
    limits.maxSeconds !== undefined ? solveFactor(plan, 'seconds', limits.maxSeconds) : Number.POSITIVE_INFINITY;
  const factor = Math.min(highest, Math.max(lowest, solveFactor(plan, measure, target)));
  const scaled = applyFactor(def, plan, factor, Math.round);
  // Rounding to whole minutes may step over the ceiling; rounding down then keeps under it.
  if (limits.maxSeconds !== undefined && scaled.summary.seconds > limits.maxSeconds)
    return applyFactor(def, plan, factor, Math.floor);
  return scaled;
}

/**
 * Stretches or shrinks the workout's steady part so the whole lasts about `targetSeconds`, within
 * `limits` (and the ceiling wins when they clash). Durations are rounded to whole minutes or distance units.
 */
export function scaleWorkoutToDuration(
  def: WorkoutDefinition,
  thresholds: ThresholdValues,
  targetSeconds: number,
  limits: ScaleLimits = {},
): ScaledWorkout {
  return scale(def, thresholds, 'seconds', targetSeconds, limits);
}

/** Same, aiming at a planned load instead (load rises linearly with the steady part's length). */
export function scaleWorkoutToLoad(
  def: WorkoutDefinition,
  thresholds: ThresholdValues,
  targetLoad: number,
  limits: ScaleLimits = {},
): ScaledWorkout {
  return scale(def, thresholds, 'load', targetLoad, limits);
}
