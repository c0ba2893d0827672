import { z } from 'zod';
import type { ProfileSegment } from '../domain/workouts/workout-profile';
import type { WorkoutSummary } from '../domain/workouts/workout-metrics';
import { freeText } from '../domain/free-text';
import type { ThresholdValues } from '../domain/thresholds';
import {
  workoutCategorySchema,
  workoutDefinitionSchema,
  workoutSportSchema,
  type StepTarget,
  type WorkoutDefinition,
  type WorkoutSport,
} from '../domain/workouts/workout-schema';
import { withArticle } from '../format';
import { call } from './call';
import { idSchema } from './schemas';

export type { ProfileSegment, WorkoutSummary };

export type WorkoutSource = 'starter' | 'coach';

/** A stored library workout: the bundled starter sessions (read-only, keyed) and the coach's own. */
export interface WorkoutRecord {
  id: number;
  /** Stable key of a starter session; null for the coach's workouts. */
  libraryKey: string | null;
  source: WorkoutSource;
  definition: WorkoutDefinition;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

/** Whose thresholds the planned numbers use; with no athlete, the domain's stated fallbacks. */
export interface ThresholdBasis {
  athleteId: number | null;
  thresholds: ThresholdValues;
}

/** One line of the library: the workout without its steps, and what it costs the chosen athlete. */
export interface WorkoutListItem {
  id: number;
  libraryKey: string | null;
  source: WorkoutSource;
  name: string;
  sport: WorkoutSport;
  category: WorkoutDefinition['category'];
  description: string;
  archived: boolean;
  summary: WorkoutSummary;
}

export interface WorkoutList {
  basis: ThresholdBasis;
  workouts: WorkoutListItem[];
}

export interface WorkoutDetail {
  workout: WorkoutRecord;
  basis: ThresholdBasis;
  summary: WorkoutSummary;
  profile: ProfileSegment[];
}

/**
 * Which target types make sense for which sport. Pace and CSS targets are speed ratios of one sport's
 * threshold; power targets need a power meter, which runners (Stryd) and rowers have but swimmers and
 * the gym do not. Heart rate, RPE and open targets work everywhere.
 */
export const TARGETS_BY_SPORT: Record<WorkoutSport, readonly StepTarget['type'][]> = {
  bike: ['ftpPercent', 'powerZone', 'lthrPercent', 'hrZone', 'rpe', 'open'],
  run: ['thresholdPacePercent', 'ftpPercent', 'powerZone', 'lthrPercent', 'hrZone', 'rpe', 'open'],
  swim: ['cssPercent', 'lthrPercent', 'hrZone', 'rpe', 'open'],
  strength: ['rpe', 'lthrPercent', 'hrZone', 'open'],
  other: ['rpe', 'ftpPercent', 'powerZone', 'lthrPercent', 'hrZone', 'open'],
};

/**
 * A definition the coach may save: the schema plus targets that fit the sport. The builder runs the
 * same schema locally, so its errors carry the same paths ("steps.2.steps.0.target.type") as the server's.
 */
export const savableWorkoutSchema = workoutDefinitionSchema.superRefine((def, ctx) => {
  const allowed = TARGETS_BY_SPORT[def.sport];
  const check = (target: StepTarget, path: (string | number)[]) => {
    if (!allowed.includes(target.type)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'target', 'type'],
        message: `${withArticle(def.sport)} workout cannot target ${target.type}`,
      });
    }
  };
  def.steps.forEach((element, i) => {
    if (element.kind === 'step') check(element.target, ['steps', i]);
    else element.steps.forEach((step, j) => check(step.target, ['steps', i, 'steps', j]));
  });
});

export const workoutFilterSchema = z
  .object({
    sport: workoutSportSchema.optional(),
    category: workoutCategorySchema.optional(),
    /** Matches name or description, case-insensitive. */
    search: freeText().trim().max(120).optional(),
    includeArchived: z.boolean().optional(),
  })
  .strict();
export type WorkoutFilter = z.infer<typeof workoutFilterSchema>;

/** The structured-workout library: browse, open for an athlete, save the coach's own, archive. */
export const workoutCalls = {
  'workouts.list': call<WorkoutList>()(
    workoutFilterSchema.extend({ athleteId: idSchema.optional() }).strict().default({}),
  ),
  'workouts.get': call<WorkoutDetail>()(z.object({ id: idSchema, athleteId: idSchema.optional() }).strict()),
  /** Without id: a new coach workout. With the id of a coach workout: replaces its definition. Starters are read-only. */
  'workouts.save': call<WorkoutDetail>()(
    z.object({ id: idSchema.optional(), definition: savableWorkoutSchema, athleteId: idSchema.optional() }).strict(),
  ),
  'workouts.archive': call<WorkoutRecord>()(z.object({ id: idSchema, archived: z.boolean() }).strict()),
} as const;
