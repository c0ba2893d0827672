import type { z } from 'zod';
import { savableWorkoutSchema, TARGETS_BY_SPORT } from '../../../src-main/common/contract';
import {
  workoutDefinitionSchema,
  workoutElementSchema,
  type StepDuration,
  type StepIntent,
  type StepTarget,
  type WorkoutCategory,
  type WorkoutDefinition,
  type WorkoutElement,
  type WorkoutSport,
  type WorkoutStep,
} from '../../../src-main/common/domain/workouts/workout-schema';
import { WORKOUT_SPORT_LABELS, TARGET_LABELS } from './workout-labels';
import { formatClock, withArticle } from '../../../src-main/common/format';

/**
 * The builder edits text, as typed, and turns it into a WorkoutDefinition on every keystroke. Errors
 * are keyed by the contract's field paths ("steps.1.steps.0.duration"), so the server's answer to a
 * save lands next to the same input as the builder's own checks.
 */

export interface StepDraft {
  uid: number;
  kind: 'step';
  intent: StepIntent;
  durationType: StepDuration['type'];
  /** m:ss or h:mm:ss for time and lap-button estimates; metres (or "1.5 km") for distance. */
  duration: string;
  targetType: StepTarget['type'];
  /** The % range of percent targets. */
  low: string;
  high: string;
  /** Zone number or RPE value. */
  level: string;
  note: string;
}

export interface RepeatDraft {
  uid: number;
  kind: 'repeat';
  count: string;
  steps: StepDraft[];
}

export type ElementDraft = StepDraft | RepeatDraft;

export interface WorkoutDraft {
  name: string;
  sport: WorkoutSport;
  category: WorkoutCategory;
  description: string;
  elements: ElementDraft[];
}

export type FieldErrors = Partial<Record<string, string>>;

let lastUid = 0;
/** React keys for steps that move around; never stored. */
function nextUid(): number {
  return ++lastUid;
}

type PercentTarget = Extract<StepTarget, { range: unknown }>['type'];
const PERCENT_TARGETS = new Set<StepTarget['type']>([
  'ftpPercent',
  'thresholdPacePercent',
  'cssPercent',
  'lthrPercent',
]);

export function isPercentTarget(type: StepTarget['type']): type is PercentTarget {
  return PERCENT_TARGETS.has(type);
}

/** Levels the zone and RPE targets accept, for the builder's select. */
export function levelChoices(type: StepTarget['type']): number[] {
  const top = type === 'powerZone' ? 7 : type === 'hrZone' ? 5 : type === 'rpe' ? 10 : 0;
  return Array.from({ length: top }, (_, i) => i + 1);
}

// ---- text ↔ numbers ----

/** "4:00", "1:30:00" or plain minutes ("20"); undefined when it is none of these. */
function parseClock(text: string): number | undefined {
  const t = text.trim();
  const hms = /^(\d+):([0-5]\d):([0-5]\d)$/.exec(t);
  if (hms) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const ms = /^(\d+):([0-5]\d)$/.exec(t);
  if (ms) return Number(ms[1]) * 60 + Number(ms[2]);
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 60);
  return undefined;
}

/** "400", "400 m" or "1.5 km" → metres. */
function parseMeters(text: string): number | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*(m|km)?$/i.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]!.replace(',', '.'));
  return match[2]?.toLowerCase() === 'km' ? Math.round(value * 1000) : value;
}

function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : undefined;
}

// ---- new steps ----

const DEFAULT_SECONDS: Record<StepIntent, number> = { warmup: 600, work: 300, recovery: 120, rest: 60, cooldown: 600 };
const SWIM_METERS: Record<StepIntent, number> = { warmup: 400, work: 100, recovery: 50, rest: 0, cooldown: 200 };
const DEFAULT_RPE: Record<StepIntent, number> = { warmup: 3, work: 7, recovery: 2, rest: 1, cooldown: 2 };

/** Easy ranges differ by scale: 55 % of FTP is an easy spin, 55 % of threshold speed a walk. */
const EASY_RANGE: Record<PercentTarget, [number, number]> = {
  ftpPercent: [50, 65],
  thresholdPacePercent: [72, 82],
  cssPercent: [80, 88],
  lthrPercent: [75, 85],
};

function defaultRange(type: PercentTarget, intent: StepIntent): [number, number] {
  return intent === 'work' ? [95, 105] : EASY_RANGE[type];
}

/** The sport's own threshold scale first: what a coach reaches for when adding a step. */
function defaultTargetType(sport: WorkoutSport, intent: StepIntent): StepTarget['type'] {
  return intent === 'rest' ? 'open' : TARGETS_BY_SPORT[sport][0]!;
}

export function newStep(sport: WorkoutSport, intent: StepIntent): StepDraft {
  const targetType = defaultTargetType(sport, intent);
  const range = isPercentTarget(targetType) ? defaultRange(targetType, intent) : [0, 0];
  const bySwimDistance = sport === 'swim' && intent !== 'rest';
  return {
    uid: nextUid(),
    kind: 'step',
    intent,
    durationType: bySwimDistance ? 'distance' : 'time',
    duration: bySwimDistance
      ? String(SWIM_METERS[intent])
      : formatClock(sport === 'swim' ? 20 : DEFAULT_SECONDS[intent]),
    targetType,
    low: isPercentTarget(targetType) ? String(range[0]) : '',
    high: isPercentTarget(targetType) ? String(range[1]) : '',
    level: targetType === 'rpe' ? String(DEFAULT_RPE[intent]) : '',
    note: '',
  };
}

/** Intervals: hard work and an easy recovery, four times, the shape most sessions start from. */
export function newRepeat(sport: WorkoutSport): RepeatDraft {
  return { uid: nextUid(), kind: 'repeat', count: '4', steps: [newStep(sport, 'work'), newStep(sport, 'recovery')] };
}

export function newDraft(): WorkoutDraft {
  const sport: WorkoutSport = 'bike';
  return {
    name: '',
    sport,
    category: 'endurance',
    description: '',
    elements: [newStep(sport, 'warmup'), newRepeat(sport), newStep(sport, 'cooldown')],
  };
}

/** A target's typed fields after the coach picked another target type. */
export function withTargetType(step: StepDraft, targetType: StepTarget['type']): StepDraft {
  const next = { ...step, targetType };
  if (isPercentTarget(targetType) && (step.low === '' || step.high === '')) {
    const [low, high] = defaultRange(targetType, step.intent);
    next.low = String(low);
    next.high = String(high);
  }
  const levels = levelChoices(targetType);
  if (levels.length > 0 && !levels.includes(Number(step.level))) {
    next.level = String(targetType === 'rpe' ? DEFAULT_RPE[step.intent] : Math.min(levels.length, 2));
  }
  return next;
}

// ---- definition → draft ----

function stepToDraft(step: WorkoutStep): StepDraft {
  const d = step.duration;
  const t = step.target;
  return {
    uid: nextUid(),
    kind: 'step',
    intent: step.intent,
    durationType: d.type,
    duration:
      d.type === 'distance' ? String(d.meters) : formatClock(d.type === 'time' ? d.seconds : d.estimatedSeconds),
    targetType: t.type,
    low: 'range' in t ? String(t.range.low) : '',
    high: 'range' in t ? String(t.range.high) : '',
    level: t.type === 'powerZone' || t.type === 'hrZone' ? String(t.zone) : t.type === 'rpe' ? String(t.value) : '',
    note: step.note,
  };
}

export function draftFromDefinition(def: WorkoutDefinition): WorkoutDraft {
  return {
    name: def.name,
    sport: def.sport,
    category: def.category,
    description: def.description,
    elements: def.steps.map((element) =>
      element.kind === 'step'
        ? stepToDraft(element)
        : { uid: nextUid(), kind: 'repeat', count: String(element.count), steps: element.steps.map(stepToDraft) },
    ),
  };
}

// ---- draft → definition ----

/**
 * Where a schema issue is shown: on the input that holds the value ("….duration.seconds" is typed in
 * the duration box, "….target.range.high" in the upper-bound box).
 */
export function fieldOfIssue(path: readonly PropertyKey[]): string {
  return path
    .map(String)
    .join('.')
    .replace(/\.duration\.(seconds|meters|estimatedSeconds)$/, '.duration')
    .replace(/\.target\.range\.(low|high)$/, '.target.$1')
    .replace(/\.target\.range$/, '.target.low')
    .replace(/\.target\.(zone|value)$/, '.target.level');
}

/** Zod's messages start lower-case and name no field; shown beside the field they read as sentences. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function collect(errors: FieldErrors, issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[]): void {
  for (const issue of issues) {
    const field = fieldOfIssue([...prefix, ...issue.path]);
    errors[field] ??= sentence(issue.message);
  }
}

function buildStep(draft: StepDraft, path: string, errors: FieldErrors): WorkoutStep | null {
  let duration: StepDuration | null = null;
  if (draft.durationType === 'distance') {
    const meters = parseMeters(draft.duration);
    if (meters === undefined) errors[`${path}.duration`] = 'Enter metres, e.g. 400 or 1.5 km';
    else duration = { type: 'distance', meters };
  } else {
    const seconds = parseClock(draft.duration);
    if (seconds === undefined) errors[`${path}.duration`] = 'Enter minutes:seconds, e.g. 4:00 or 1:30:00';
    else
      duration =
        draft.durationType === 'time' ? { type: 'time', seconds } : { type: 'lapButton', estimatedSeconds: seconds };
  }

  let target: StepTarget | null = null;
  const type = draft.targetType;
  if (isPercentTarget(type)) {
    const low = parseNumber(draft.low);
    const high = parseNumber(draft.high);
    if (low === undefined) errors[`${path}.target.low`] = 'Enter a number';
    if (high === undefined) errors[`${path}.target.high`] = 'Enter a number';
    if (low !== undefined && high !== undefined) target = { type, range: { low, high } };
  } else if (type === 'open') {
    target = { type };
  } else {
    const level = parseNumber(draft.level);
    if (level === undefined) errors[`${path}.target.level`] = 'Pick a level';
    else target = type === 'rpe' ? { type, value: level } : { type, zone: level };
  }
  if (!duration || !target) return null;
  return { kind: 'step', intent: draft.intent, duration, target, note: draft.note.trim() };
}

function buildElement(draft: ElementDraft, index: number, errors: FieldErrors): WorkoutElement | null {
  if (draft.kind === 'step') return buildStep(draft, `steps.${index}`, errors);
  const count = parseNumber(draft.count);
  if (count === undefined) errors[`steps.${index}.count`] = 'Enter how many times';
  const steps = draft.steps.map((step, j) => buildStep(step, `steps.${index}.steps.${j}`, errors));
  if (count === undefined || steps.some((s) => s === null)) return null;
  return { kind: 'repeat', count, steps: steps as WorkoutStep[] };
}

function checkTargetsFitSport(draft: WorkoutDraft, errors: FieldErrors): void {
  const allowed = TARGETS_BY_SPORT[draft.sport];
  const check = (step: StepDraft, path: string) => {
    if (!allowed.includes(step.targetType)) {
      errors[`${path}.target.type`] ??=
        `${TARGET_LABELS[step.targetType]} is not ${withArticle(WORKOUT_SPORT_LABELS[draft.sport].toLowerCase())} target`;
    }
  };
  draft.elements.forEach((element, i) => {
    if (element.kind === 'step') check(element, `steps.${i}`);
    else element.steps.forEach((step, j) => check(step, `steps.${i}.steps.${j}`));
  });
}

const headerSchema = workoutDefinitionSchema.pick({ name: true, sport: true, category: true, description: true });

export interface BuiltWorkout {
  /** Ready to save; null while any field has an error. */
  definition: WorkoutDefinition | null;
  /** The steps that are valid so far, for the live chart and totals while the coach is still typing. */
  preview: WorkoutDefinition | null;
  errors: FieldErrors;
}

export function buildWorkout(draft: WorkoutDraft): BuiltWorkout {
  const errors: FieldErrors = {};
  const header = { name: draft.name, sport: draft.sport, category: draft.category, description: draft.description };
  const headerResult = headerSchema.safeParse(header);
  if (!headerResult.success) collect(errors, headerResult.error.issues, []);
  if (draft.elements.length === 0) errors.steps = 'A workout needs at least one step';
  checkTargetsFitSport(draft, errors);

  const elements = draft.elements.map((element, i) => {
    const built = buildElement(element, i, errors);
    if (!built) return null;
    const checked = workoutElementSchema.safeParse(built);
    if (!checked.success) {
      collect(errors, checked.error.issues, ['steps', i]);
      return null;
    }
    return checked.data;
  });

  const hasError = (i: number) =>
    Object.keys(errors).some((field) => field === `steps.${i}` || field.startsWith(`steps.${i}.`));
  const valid = elements.filter((element, i): element is WorkoutElement => element !== null && !hasError(i));
  const preview = valid.length > 0 ? { ...header, name: draft.name.trim() || 'New workout', steps: valid } : null;

  if (Object.keys(errors).length > 0) return { definition: null, preview, errors };
  // The same schema the server applies, so a save the builder allows is one the server accepts.
  const full = savableWorkoutSchema.safeParse({ ...header, steps: elements });
  if (!full.success) {
    collect(errors, full.error.issues, []);
    return { definition: null, preview, errors };
  }
  return { definition: full.data, preview, errors };
}
