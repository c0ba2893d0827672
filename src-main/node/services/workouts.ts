import {
  AppError,
  savableWorkoutSchema,
  type ThresholdBasis,
  type WorkoutDetail,
  type WorkoutFilter,
  type WorkoutList,
  type WorkoutRecord,
} from '../../common/contract';
import type { WorkoutDefinition } from '../../common/domain/workouts/workout-schema';
import type { LibraryEntry } from '../../common/domain/planner/types';
import { parseWorkoutLibrary } from '../../common/domain/workouts/workout-library';
import { summarizeWorkout } from '../../common/domain/workouts/workout-metrics';
import { workoutProfile } from '../../common/domain/workouts/workout-profile';
import starterLibraryData from '../../../resources/workouts/starter-library.json';
import { findAthleteToday } from './athletes';
import {
  findWorkoutRecord,
  insertWorkout,
  listStarterRecords,
  listWorkoutRecords,
  setWorkoutArchivedAt,
  updateWorkoutDefinition,
} from '../db/repositories/workouts';
import type { Db } from '../db/schema';
import type { ServiceContext } from './context';

let bundledLibrary: LibraryEntry[] | undefined;

/** The starter sessions shipped with the app (resources/workouts), validated once per process. */
export function starterLibrary(): LibraryEntry[] {
  bundledLibrary ??= parseWorkoutLibrary(starterLibraryData);
  return bundledLibrary;
}

export interface SeedReport {
  inserted: number;
  updated: number;
  /** Starter rows whose key left the bundled library: archived, not deleted, so plans that used them keep their link. */
  retired: number;
}

function sameDefinition(a: WorkoutDefinition, b: WorkoutDefinition): boolean {
  return (
    a.name === b.name &&
    a.sport === b.sport &&
    a.category === b.category &&
    a.description === b.description &&
    JSON.stringify(a.steps) === JSON.stringify(b.steps)
  );
}

/**
 * Brings the starter rows in line with `library`, matched by key: new keys are inserted, changed
 * definitions updated (an archived starter stays archived), and keys no longer shipped archived.
 * The coach's own workouts are never touched. Running it twice changes nothing the second time.
 */
export async function seedStarterLibrary(ctx: ServiceContext, library: LibraryEntry[]): Promise<SeedReport> {
  const now = ctx.now().toISOString();
  const report: SeedReport = { inserted: 0, updated: 0, retired: 0 };
  await ctx.db.transaction().execute(async (trx) => {
    const stored = new Map((await listStarterRecords(trx)).map((record) => [record.libraryKey!, record]));
    for (const { key, definition } of library) {
      const existing = stored.get(key);
      if (!existing) {
        await insertWorkout(trx, { libraryKey: key, source: 'starter', definition }, now);
        report.inserted++;
      } else if (!sameDefinition(existing.definition, definition)) {
        await updateWorkoutDefinition(trx, existing.id, definition, now);
        report.updated++;
      }
      stored.delete(key);
    }
    for (const leftover of stored.values()) {
      if (leftover.archivedAt !== null) continue;
      await setWorkoutArchivedAt(trx, leftover.id, now, now);
      report.retired++;
    }
  });
  if (report.inserted + report.updated + report.retired > 0)
    ctx.events.emit({ type: 'data.changed', scope: 'workouts' });
  return report;
}

/**
 * One seeding per database and process: calls that arrive together (the library list and an opened
 * workout) share it instead of each comparing all starters; a failed seeding is retried on the next call.
 */
const seedings = new WeakMap<Db, Promise<void>>();

/** Seeds the bundled starter library on first use of the library in this process. */
export function ensureStarterLibrary(ctx: ServiceContext): Promise<void> {
  let seeding = seedings.get(ctx.db);
  if (!seeding) {
    seeding = seedStarterLibrary(ctx, starterLibrary()).then(
      () => undefined,
      (error: unknown) => {
        seedings.delete(ctx.db);
        throw error;
      },
    );
    seedings.set(ctx.db, seeding);
  }
  return seeding;
}

/** Thresholds valid today for the athlete, or none (the domain then assumes values and says which). */
async function thresholdBasis(ctx: ServiceContext, athleteId: number | undefined): Promise<ThresholdBasis> {
  if (athleteId === undefined) return { athleteId: null, thresholds: {} };
  const athlete = await findAthleteToday(ctx, athleteId);
  if (!athlete) throw new AppError('NOT_FOUND', `No athlete with id ${athleteId}`, 'athleteId');
  return { athleteId, thresholds: athlete.thresholds };
}

export async function listWorkouts(
  ctx: ServiceContext,
  filter: WorkoutFilter,
  athleteId?: number,
): Promise<WorkoutList> {
  await ensureStarterLibrary(ctx);
  const basis = await thresholdBasis(ctx, athleteId);
  const records = await listWorkoutRecords(ctx.db, filter);
  return {
    basis,
    workouts: records.map(({ id, libraryKey, source, definition, archivedAt }) => ({
      id,
      libraryKey,
      source,
      name: definition.name,
      sport: definition.sport,
      category: definition.category,
      description: definition.description,
      archived: archivedAt !== null,
      summary: summarizeWorkout(definition, basis.thresholds),
    })),
  };
}

async function requireWorkout(ctx: ServiceContext, id: number): Promise<WorkoutRecord> {
  const workout = await findWorkoutRecord(ctx.db, id);
  if (!workout) throw new AppError('NOT_FOUND', `No workout with id ${id}`, 'id');
  return workout;
}

export async function getWorkout(ctx: ServiceContext, id: number, athleteId?: number): Promise<WorkoutDetail> {
  await ensureStarterLibrary(ctx);
  const workout = await requireWorkout(ctx, id);
  const basis = await thresholdBasis(ctx, athleteId);
  return {
    workout,
    basis,
    summary: summarizeWorkout(workout.definition, basis.thresholds),
    profile: workoutProfile(workout.definition, basis.thresholds),
  };
}

/**
 * Creates a coach workout (no id) or replaces a coach workout's definition. Starter sessions are
 * read-only, because the bundled library rewrites them on upgrade: the coach saves a copy instead.
 */
export async function saveWorkout(
  ctx: ServiceContext,
  input: { id?: number; definition: unknown; athleteId?: number },
): Promise<WorkoutDetail> {
  const parsed = savableWorkoutSchema.safeParse(input.definition);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = ['definition', ...issue.path].join('.');
    throw new AppError('VALIDATION', `${field}: ${issue.message}`, field);
  }
  const definition = parsed.data;
  const now = ctx.now().toISOString();
  let id = input.id;
  if (id === undefined) {
    id = await insertWorkout(ctx.db, { libraryKey: null, source: 'coach', definition }, now);
  } else {
    const existing = await requireWorkout(ctx, id);
    if (existing.source === 'starter') {
      throw new AppError(
        'CONFLICT',
        `"${existing.definition.name}" is a starter workout and cannot be changed; save it without an id to keep your own copy`,
        'id',
      );
    }
    await updateWorkoutDefinition(ctx.db, id, definition, now);
  }
  ctx.events.emit({ type: 'data.changed', scope: 'workouts' });
  return getWorkout(ctx, id, input.athleteId);
}

export async function archiveWorkout(ctx: ServiceContext, id: number, archived: boolean): Promise<WorkoutRecord> {
  const existing = await requireWorkout(ctx, id);
  const now = ctx.now().toISOString();
  await setWorkoutArchivedAt(ctx.db, id, archived ? (existing.archivedAt ?? now) : null, now);
  ctx.events.emit({ type: 'data.changed', scope: 'workouts' });
  return requireWorkout(ctx, id);
}
