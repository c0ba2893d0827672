import { sql, type Selectable } from 'kysely';
import type { WorkoutFilter, WorkoutRecord, WorkoutSource } from '../../../common/contract';
import type {
  WorkoutDefinition,
  WorkoutElement,
  WorkoutSport,
  WorkoutCategory,
} from '../../../common/domain/workouts/workout-schema';
import type { Db, WorkoutsTable } from '../schema';

type WorkoutRow = Selectable<WorkoutsTable>;

function toRecord(row: WorkoutRow): WorkoutRecord {
  return {
    id: row.id,
    libraryKey: row.library_key,
    source: row.source,
    definition: {
      name: row.name,
      sport: row.sport as WorkoutSport,
      category: row.category as WorkoutCategory,
      description: row.description,
      // Validated against the contract's schema before every write, so the stored JSON is trusted here.
      steps: JSON.parse(row.steps_json) as WorkoutElement[],
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

function definitionColumns(definition: WorkoutDefinition) {
  return {
    name: definition.name,
    sport: definition.sport,
    category: definition.category,
    description: definition.description,
    steps_json: JSON.stringify(definition.steps),
  };
}

/** LIKE treats % and _ as wildcards; a coach searching "100%" means the characters (escaped with a backslash). */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listWorkoutRecords(db: Db, filter: WorkoutFilter): Promise<WorkoutRecord[]> {
  let query = db.selectFrom('workouts').selectAll().orderBy('sport').orderBy('category').orderBy('name');
  if (!filter.includeArchived) query = query.where('archived_at', 'is', null);
  if (filter.sport) query = query.where('sport', '=', filter.sport);
  if (filter.category) query = query.where('category', '=', filter.category);
  const search = filter.search?.trim();
  if (search) {
    const pattern = likePattern(search);
    query = query.where(sql<boolean>`(name LIKE ${pattern} ESCAPE '\\' OR description LIKE ${pattern} ESCAPE '\\')`);
  }
  return (await query.execute()).map(toRecord);
}

export async function findWorkoutRecord(db: Db, id: number): Promise<WorkoutRecord | null> {
  const row = await db.selectFrom('workouts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : null;
}

export async function listStarterRecords(db: Db): Promise<WorkoutRecord[]> {
  const rows = await db.selectFrom('workouts').selectAll().where('source', '=', 'starter').execute();
  return rows.map(toRecord);
}

export async function insertWorkout(
  db: Db,
  workout: { libraryKey: string | null; source: WorkoutSource; definition: WorkoutDefinition },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('workouts')
    .values({
      ...definitionColumns(workout.definition),
      library_key: workout.libraryKey,
      source: workout.source,
      created_at: now,
      updated_at: now,
      archived_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateWorkoutDefinition(
  db: Db,
  id: number,
  definition: WorkoutDefinition,
  now: string,
): Promise<void> {
  await db
    .updateTable('workouts')
    .set({ ...definitionColumns(definition), updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function setWorkoutArchivedAt(db: Db, id: number, archivedAt: string | null, now: string): Promise<void> {
  await db.updateTable('workouts').set({ archived_at: archivedAt, updated_at: now }).where('id', '=', id).execute();
}
