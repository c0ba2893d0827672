import { z } from 'zod';
import { freeText } from '../free-text';

/**
 * A structured workout as coaches write it and devices run it: steps (warm-up, work, recovery, cool-down),
 * repeat blocks, durations by time, distance or lap button, and targets relative to the athlete's
 * thresholds. The shape follows what FIT workout files can express (wkt_step_name, duration_type,
 * target_type, repeat_until_steps_cmplt) so every planned workout can later be exported unchanged.
 */

/** Sports a structured workout can be written for. */
export const WORKOUT_SPORTS = ['run', 'bike', 'swim', 'strength', 'other'] as const;
export const workoutSportSchema = z.enum(WORKOUT_SPORTS);
export type WorkoutSport = z.infer<typeof workoutSportSchema>;

/** The role of a step, as in FIT's `intensity` field. */
export const STEP_INTENTS = ['warmup', 'work', 'recovery', 'rest', 'cooldown'] as const;
export const stepIntentSchema = z.enum(STEP_INTENTS);
export type StepIntent = z.infer<typeof stepIntentSchema>;

export const stepDurationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('time'), seconds: z.number().int().min(1).max(86_400) }).strict(),
  z.object({ type: z.literal('distance'), meters: z.number().min(1).max(500_000) }).strict(),
  /** Until the athlete presses lap; `estimatedSeconds` is what planning counts for it. */
  z.object({ type: z.literal('lapButton'), estimatedSeconds: z.number().int().min(1).max(86_400) }).strict(),
]);
export type StepDuration = z.infer<typeof stepDurationSchema>;

const percentRange = z
  .object({ low: z.number().min(1).max(300), high: z.number().min(1).max(300) })
  .strict()
  .refine((r) => r.low <= r.high, { message: 'low must not exceed high', path: ['low'] });

/**
 * Targets are relative to the athlete's thresholds so one workout serves every athlete:
 * - ftpPercent: power, % of FTP.
 * - thresholdPacePercent: running speed, % of threshold speed (105 = 5 % faster than threshold pace),
 *   TrainingPeaks' convention, so a higher number is always harder.
 * - cssPercent: swimming speed, % of critical swim speed, same convention.
 * - lthrPercent: heart rate, % of lactate-threshold HR.
 * - powerZone / hrZone: Coggan power zones 1–7 and Friel HR zones 1–5.
 * - rpe: CR-10 session effort, for athletes without sensors or thresholds.
 */
export const stepTargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open') }).strict(),
  z.object({ type: z.literal('ftpPercent'), range: percentRange }).strict(),
  z.object({ type: z.literal('thresholdPacePercent'), range: percentRange }).strict(),
  z.object({ type: z.literal('cssPercent'), range: percentRange }).strict(),
  z.object({ type: z.literal('lthrPercent'), range: percentRange }).strict(),
  z.object({ type: z.literal('powerZone'), zone: z.number().int().min(1).max(7) }).strict(),
  z.object({ type: z.literal('hrZone'), zone: z.number().int().min(1).max(5) }).strict(),
  z.object({ type: z.literal('rpe'), value: z.number().min(1).max(10) }).strict(),
]);
export type StepTarget = z.infer<typeof stepTargetSchema>;

export const workoutStepSchema = z
  .object({
    kind: z.literal('step'),
    intent: stepIntentSchema,
    duration: stepDurationSchema,
    target: stepTargetSchema,
    /** Shown on the device and in exports, e.g. "high cadence" or "100 m drill / 100 m swim". */
    note: freeText().max(200).default(''),
  })
  .strict();
export type WorkoutStep = z.infer<typeof workoutStepSchema>;

export const repeatBlockSchema = z
  .object({
    kind: z.literal('repeat'),
    count: z.number().int().min(2).max(99),
    steps: z.array(workoutStepSchema).min(1).max(20),
  })
  .strict();
export type RepeatBlock = z.infer<typeof repeatBlockSchema>;

export const workoutElementSchema = z.discriminatedUnion('kind', [workoutStepSchema, repeatBlockSchema]);
export type WorkoutElement = z.infer<typeof workoutElementSchema>;

/**
 * What a session is for; the planner picks sessions by category to meet a week's intensity
 * distribution and key sessions, and spaces the hard ones.
 */
export const WORKOUT_CATEGORIES = [
  'recovery',
  'endurance',
  'long',
  'tempo',
  'sweet-spot',
  'threshold',
  'vo2max',
  'anaerobic',
  'race-pace',
  /** A run straight off the bike: the triathlete's transition legs and race-pace running on tired legs. */
  'brick',
  'test',
  'technique',
  'strength',
] as const;
export const workoutCategorySchema = z.enum(WORKOUT_CATEGORIES);
export type WorkoutCategory = z.infer<typeof workoutCategorySchema>;

export const workoutDefinitionSchema = z
  .object({
    name: freeText().trim().min(1, 'name is required').max(120),
    sport: workoutSportSchema,
    category: workoutCategorySchema,
    description: freeText().max(4000).default(''),
    steps: z.array(workoutElementSchema).min(1, 'a workout needs at least one step').max(100),
  })
  .strict();
export type WorkoutDefinition = z.infer<typeof workoutDefinitionSchema>;
