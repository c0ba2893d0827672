import { AppError } from '../../common/contract';
import type { WorkoutDefinition } from '../../common/domain/workouts/workout-schema';
import type { LibraryEntry } from '../../common/domain/planner/types';
import { findWorkoutRecord, listStarterRecords } from '../db/repositories/workouts';
import type { ServiceContext } from './context';
import { ensureStarterLibrary } from './workouts';

/**
 * The sessions the generator fills days from: the starter library as stored (so every generated session
 * links to its library row). The coach's own workouts go into plans by hand, where the coach chose them;
 * the generator sticks to the reviewed starter sessions so its choices stay predictable.
 */
export async function loadPlanningLibrary(
  ctx: ServiceContext,
): Promise<{ entries: LibraryEntry[]; idByKey: Map<string, number> }> {
  await ensureStarterLibrary(ctx);
  const starters = (await listStarterRecords(ctx.db)).filter((r) => r.archivedAt === null && r.libraryKey !== null);
  return {
    entries: starters.map((r) => ({ key: r.libraryKey!, definition: r.definition })),
    idByKey: new Map(starters.map((r) => [r.libraryKey!, r.id])),
  };
}

/** A library workout the coach picked to add to a plan. */
export async function findLibraryWorkout(
  ctx: ServiceContext,
  id: number,
): Promise<{ id: number; key: string | null; definition: WorkoutDefinition }> {
  await ensureStarterLibrary(ctx);
  const record = await findWorkoutRecord(ctx.db, id);
  if (!record) throw new AppError('NOT_FOUND', `No library workout with id ${id}`, 'libraryWorkoutId');
  if (record.archivedAt !== null)
    throw new AppError('CONFLICT', `${record.definition.name} is archived in the library`, 'libraryWorkoutId');
  return { id: record.id, key: record.libraryKey, definition: record.definition };
}
