import type { Insertable, Selectable } from 'kysely';
import type { PlannedWorkoutView } from '../../../common/contract/plans';
import type { Sport } from '../../../common/domain/sports';
import type { WorkoutCategory, WorkoutDefinition } from '../../../common/domain/workouts/workout-schema';
import type { IntensityDistribution, PlannedSession } from '../../../common/domain/planner/types';
import type { Db, PlannedWorkoutsTable } from '../schema';

/** A plan's calendar: its planned workouts and the days the coach locked against regeneration. */

export interface PlannedWorkoutRecord {
  id: number;
  planId: number;
  date: string;
  position: number;
  workoutId: number | null;
  libraryKey: string | null;
  name: string;
  sport: Sport;
  category: WorkoutCategory;
  definition: WorkoutDefinition;
  plannedSeconds: number;
  plannedMeters: number | null;
  plannedLoad: number;
  bandSeconds: IntensityDistribution;
  hard: boolean;
  origin: 'generated' | 'coach' | 'suggestion';
}

export interface SessionToStore {
  date: string;
  position: number;
  session: PlannedSession;
  workoutId: number | null;
  origin: PlannedWorkoutRecord['origin'];
}

function toPlannedWorkout(r: Selectable<PlannedWorkoutsTable>): PlannedWorkoutRecord {
  return {
    id: r.id,
    planId: r.plan_id,
    date: r.date,
    position: r.position,
    workoutId: r.workout_id,
    libraryKey: r.library_key,
    name: r.name,
    sport: r.sport as Sport,
    category: r.category as WorkoutCategory,
    definition: JSON.parse(r.definition_json) as WorkoutDefinition,
    plannedSeconds: r.planned_seconds,
    plannedMeters: r.planned_meters,
    plannedLoad: r.planned_load,
    bandSeconds: JSON.parse(r.band_json) as IntensityDistribution,
    hard: r.hard === 1,
    origin: r.origin,
  };
}

export async function listPlannedWorkouts(db: Db, planId: number): Promise<PlannedWorkoutRecord[]> {
  const rows = await db
    .selectFrom('planned_workouts')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('date')
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(toPlannedWorkout);
}

export async function findPlannedWorkout(db: Db, planId: number, id: number): Promise<PlannedWorkoutRecord | null> {
  const row = await db
    .selectFrom('planned_workouts')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toPlannedWorkout(row) : null;
}

export async function insertPlannedSessions(
  db: Db,
  planId: number,
  sessions: readonly SessionToStore[],
): Promise<void> {
  if (sessions.length === 0) return;
  const rows: Insertable<PlannedWorkoutsTable>[] = sessions.map(({ date, position, session, workoutId, origin }) => ({
    plan_id: planId,
    date,
    position,
    workout_id: workoutId,
    library_key: session.libraryKey,
    name: session.definition.name,
    sport: session.definition.sport,
    category: session.definition.category,
    definition_json: JSON.stringify(session.definition),
    planned_seconds: session.plannedSeconds,
    planned_meters: session.plannedMeters,
    planned_load: session.plannedLoad,
    band_json: JSON.stringify(session.bandSeconds),
    hard: session.hard ? 1 : 0,
    origin,
  }));
  // SQLite caps bound parameters per statement; 16 columns × 500 rows stays far below it.
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('planned_workouts')
      .values(rows.slice(i, i + 500))
      .execute();
}

export async function movePlannedWorkout(db: Db, id: number, toDate: string, position: number): Promise<void> {
  await db.updateTable('planned_workouts').set({ date: toDate, position }).where('id', '=', id).execute();
}

export async function deletePlannedWorkout(db: Db, id: number): Promise<void> {
  await db.deleteFrom('planned_workouts').where('id', '=', id).execute();
}

/** Removes the sessions on the given days, e.g. the unlocked future days a regeneration refills. */
export async function deletePlannedWorkoutsOn(db: Db, planId: number, dates: readonly string[]): Promise<void> {
  for (let i = 0; i < dates.length; i += 500) {
    await db
      .deleteFrom('planned_workouts')
      .where('plan_id', '=', planId)
      .where('date', 'in', dates.slice(i, i + 500))
      .execute();
  }
}

export async function listLockedDays(db: Db, planId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('plan_locked_days')
    .select('date')
    .where('plan_id', '=', planId)
    .orderBy('date')
    .execute();
  return rows.map((r) => r.date);
}

export async function setDayLocked(db: Db, planId: number, date: string, locked: boolean): Promise<void> {
  if (locked) {
    await db
      .insertInto('plan_locked_days')
      .values({ plan_id: planId, date })
      .onConflict((oc) => oc.doNothing())
      .execute();
  } else {
    await db.deleteFrom('plan_locked_days').where('plan_id', '=', planId).where('date', '=', date).execute();
  }
}

/** What compliance reads of a planned session: no definition, nothing to parse. */
export type PlannedSessionFacts = Pick<
  PlannedWorkoutView,
  'id' | 'date' | 'name' | 'sport' | 'category' | 'plannedSeconds' | 'plannedLoad'
>;

/** The sessions of the given plans between two dates, inclusive. */
export async function listPlannedBetween(
  db: Db,
  planIds: readonly number[],
  from: string,
  to: string,
): Promise<{ id: number; planId: number; date: string; sport: string; seconds: number }[]> {
  if (planIds.length === 0) return [];
  const rows = await db
    .selectFrom('planned_workouts')
    .select(['id', 'plan_id', 'date', 'sport', 'planned_seconds'])
    .where('plan_id', 'in', planIds)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
  return rows.map((r) => ({ id: r.id, planId: r.plan_id, date: r.date, sport: r.sport, seconds: r.planned_seconds }));
}

/** The plan a planned workout belongs to, or null when there is no such planned workout. */
export async function findPlanOfPlannedWorkout(db: Db, plannedWorkoutId: number): Promise<number | null> {
  const row = await db
    .selectFrom('planned_workouts')
    .select('plan_id')
    .where('id', '=', plannedWorkoutId)
    .executeTakeFirst();
  return row?.plan_id ?? null;
}
