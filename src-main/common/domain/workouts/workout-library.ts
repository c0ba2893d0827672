import { z } from 'zod';
import { workoutDefinitionSchema } from './workout-schema';
import type { LibraryEntry } from '../planner/types';

/** Keys are stable ids other data refers to (planned sessions, exports): lower-case words joined by dashes. */
const LIBRARY_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const libraryEntrySchema = workoutDefinitionSchema.extend({
  key: z.string().regex(LIBRARY_KEY, 'key must be lower-case words joined by dashes, e.g. "run-tempo-20"'),
});

/** A workout library that fails validation; `field` is the dotted path of the first problem, led by the entry's key. */
export class WorkoutLibraryError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'WorkoutLibraryError';
  }
}

/**
 * Validates a workout library (the starter file or one a coach imports): an array of
 * `{ key, ...WorkoutDefinition }` with unique keys. The first problem fails the whole library with a
 * WorkoutLibraryError naming the entry and the field, e.g. `run-tempo-20.steps.1.duration.seconds`.
 */
export function parseWorkoutLibrary(data: unknown): LibraryEntry[] {
  if (!Array.isArray(data)) throw new WorkoutLibraryError('A workout library is a JSON array of workouts', 'library');
  const seen = new Set<string>();
  return data.map((item: unknown, index) => {
    const rawKey =
      typeof item === 'object' && item !== null && 'key' in item ? (item as { key: unknown }).key : undefined;
    const name = typeof rawKey === 'string' && rawKey.length > 0 ? rawKey : `entry ${index + 1}`;
    const parsed = libraryEntrySchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path.join('.');
      throw new WorkoutLibraryError(
        `Workout "${name}": ${path ? `${path}: ` : ''}${issue.message}`,
        path ? `${name}.${path}` : name,
      );
    }
    const { key, ...definition } = parsed.data;
    if (seen.has(key))
      throw new WorkoutLibraryError(`Workout "${key}" appears twice; keys must be unique`, `${key}.key`);
    seen.add(key);
    return { key, definition };
  });
}
