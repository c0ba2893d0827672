import type { Insertable, Selectable } from 'kysely';
import type { PlanChangeView, PlannedWorkoutView, PlanSummary } from '../../../common/contract/plans';
import type { Sport } from '../../../common/domain/sports';
import type { WorkoutCategory, WorkoutDefinition } from '../../../common/domain/workouts/workout-schema';
import type { HistoryGuardrail } from '../../../common/domain/planner/history-guardrails';
import type { BlockInput, IntensityDistribution, PlannedSession, RacePriority, RaceType, WeekTarget } from '../../../common/domain/planner/types';
import { DEFAULT_MAX_ACWR } from '../../../common/domain/planner/defaults';
import type { Db, PlanChangesTable, PlannedWorkoutsTable, PlansTable } from '../schema';

/** A stored plan with its generator input and weekly targets parsed. */
export interface PlanRecord {
  id: number;
  athleteId: number;
  name: string;
  raceName: string;
  raceDate: string;
  raceType: RaceType;
  startDate: string;
  weeks: number;
  input: StoredPlanInput;
  targets: WeekTarget[];
  status: 'active' | 'archived';
  createdAt: string;
  updatedAt: string;
}

/** Plans stored before the ACWR guardrail existed read with its default. */
function storedInput(input: StoredPlanInput): StoredPlanInput {
  return { ...input, guardrails: { ...input.guardrails, maxAcwr: input.guardrails.maxAcwr ?? DEFAULT_MAX_ACWR } };
}

/** Targets stored before weeks listed every long session, bricks and notes read as a single long session. */
function storedTarget(target: WeekTarget): WeekTarget {
  return {
    ...target,
    longSessions: target.longSessions ?? {},
    brick: target.brick ?? false,
    notes: target.notes ?? [],
  };
}

/** The generator input as stored: everything but the starting CTL/ATL, which come from the history when it is read. */
export type StoredPlanInput = Omit<BlockInput, 'startCtl' | 'startAtl'> & {
  targetRaceCtl?: number;
  /** Guardrails the plan took from the athlete's history rather than the race's defaults. */
  fromHistory?: HistoryGuardrail[];
};

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

export interface NewPlanRecord {
  athleteId: number;
  name: string;
  raceName: string;
  raceDate: string;
  raceType: RaceType;
  startDate: string;
  weeks: number;
  input: StoredPlanInput;
  targets: WeekTarget[];
}

export interface SessionToStore {
  date: string;
  position: number;
  session: PlannedSession;
  workoutId: number | null;
  origin: PlannedWorkoutRecord['origin'];
}

export interface NewPlanChange {
  planId: number;
  actor: PlanChangeView['actor'];
  kind: string;
  weekIndex: number | null;
  summary: string;
  reason: string;
  details?: Record<string, unknown>;
}

function toPlan(r: Selectable<PlansTable>): PlanRecord {
  return {
    id: r.id,
    athleteId: r.athlete_id,
    name: r.name,
    raceName: r.race_name,
    raceDate: r.race_date,
    raceType: r.race_type as RaceType,
    startDate: r.start_date,
    weeks: r.weeks,
    input: storedInput(JSON.parse(r.input_json) as StoredPlanInput),
    targets: (JSON.parse(r.targets_json) as WeekTarget[]).map(storedTarget),
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
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

function toChange(r: Selectable<PlanChangesTable>): PlanChangeView {
  return { id: r.id, at: r.at, actor: r.actor, kind: r.kind, weekIndex: r.week_index, summary: r.summary, reason: r.reason };
}

export async function insertPlan(db: Db, plan: NewPlanRecord, now: string): Promise<number> {
  const row = await db
    .insertInto('plans')
    .values({
      athlete_id: plan.athleteId,
      name: plan.name,
      race_name: plan.raceName,
      race_date: plan.raceDate,
      race_type: plan.raceType,
      start_date: plan.startDate,
      weeks: plan.weeks,
      input_json: JSON.stringify(plan.input),
      targets_json: JSON.stringify(plan.targets),
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findPlan(db: Db, id: number): Promise<PlanRecord | null> {
  const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toPlan(row) : null;
}

export async function listPlanSummaries(
  db: Db,
  filter: { athleteId?: number; includeArchived: boolean },
): Promise<PlanSummary[]> {
  let query = db
    .selectFrom('plans')
    .innerJoin('athletes', 'athletes.id', 'plans.athlete_id')
    .select([
      'plans.id',
      'plans.athlete_id',
      'athletes.name as athlete_name',
      'plans.name',
      'plans.race_name',
      'plans.race_date',
      'plans.race_type',
      'plans.start_date',
      'plans.weeks',
      'plans.status',
    ]);
  if (filter.athleteId !== undefined) query = query.where('plans.athlete_id', '=', filter.athleteId);
  if (!filter.includeArchived) query = query.where('plans.status', '=', 'active');
  const rows = await query.orderBy('plans.race_date').orderBy('plans.id').execute();
  return rows.map((r) => ({
    id: r.id,
    athleteId: r.athlete_id,
    athleteName: r.athlete_name,
    name: r.name,
    raceName: r.race_name,
    raceDate: r.race_date,
    raceType: r.race_type as RaceType,
    startDate: r.start_date,
    weeks: r.weeks,
    status: r.status,
  }));
}

export async function updatePlanTargets(db: Db, planId: number, targets: WeekTarget[], now: string): Promise<void> {
  await db.updateTable('plans').set({ targets_json: JSON.stringify(targets), updated_at: now }).where('id', '=', planId).execute();
}

/** Replaces the stored generator input, e.g. with a re-plan's day limits and week hour caps. */
export async function updatePlanInput(db: Db, planId: number, input: StoredPlanInput, now: string): Promise<void> {
  await db.updateTable('plans').set({ input_json: JSON.stringify(input), updated_at: now }).where('id', '=', planId).execute();
}

export async function touchPlan(db: Db, planId: number, now: string, status?: 'active' | 'archived'): Promise<void> {
  await db
    .updateTable('plans')
    .set(status ? { updated_at: now, status } : { updated_at: now })
    .where('id', '=', planId)
    .execute();
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

export async function insertPlannedSessions(db: Db, planId: number, sessions: readonly SessionToStore[]): Promise<void> {
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
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('planned_workouts').values(rows.slice(i, i + 500)).execute();
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
  const rows = await db.selectFrom('plan_locked_days').select('date').where('plan_id', '=', planId).orderBy('date').execute();
  return rows.map((r) => r.date);
}

export async function setDayLocked(db: Db, planId: number, date: string, locked: boolean): Promise<void> {
  if (locked) {
    await db.insertInto('plan_locked_days').values({ plan_id: planId, date }).onConflict((oc) => oc.doNothing()).execute();
  } else {
    await db.deleteFrom('plan_locked_days').where('plan_id', '=', planId).where('date', '=', date).execute();
  }
}

export async function insertPlanChange(db: Db, change: NewPlanChange, now: string): Promise<void> {
  await db
    .insertInto('plan_changes')
    .values({
      plan_id: change.planId,
      at: now,
      actor: change.actor,
      kind: change.kind,
      week_index: change.weekIndex,
      summary: change.summary,
      reason: change.reason,
      details_json: JSON.stringify(change.details ?? {}),
    })
    .execute();
}

export async function listPlanChanges(db: Db, planId: number): Promise<PlanChangeView[]> {
  const rows = await db
    .selectFrom('plan_changes')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toChange);
}

/** A completed activity as plan-versus-actual compares it. */
export interface PlanActivity {
  id: number;
  name: string;
  sport: Sport;
  localDate: string;
  seconds: number;
  meters: number | null;
  load: number | null;
}

export async function listActivitiesBetween(db: Db, athleteId: number, from: string, to: string): Promise<PlanActivity[]> {
  const rows = await db
    .selectFrom('activities')
    .select(['id', 'name', 'sport', 'local_date', 'timer_seconds', 'distance_meters', 'load'])
    .where('athlete_id', '=', athleteId)
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .orderBy('start_time')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    sport: r.sport as Sport,
    localDate: r.local_date,
    seconds: r.timer_seconds,
    meters: r.distance_meters,
    load: r.load,
  }));
}

/** Active plans whose race is on or after `fromDate`, soonest race first, for the roster's plan columns. */
export async function listUpcomingPlans(db: Db, fromDate: string): Promise<PlanRecord[]> {
  const rows = await db
    .selectFrom('plans')
    .selectAll()
    .where('status', '=', 'active')
    .where('race_date', '>=', fromDate)
    .orderBy('race_date')
    .orderBy('id')
    .execute();
  return rows.map(toPlan);
}

/** The athlete's active plan that has started and whose race is today or later (the soonest race first). */
export async function findCurrentPlan(db: Db, athleteId: number, today: string): Promise<PlanRecord | null> {
  const row = await db
    .selectFrom('plans')
    .selectAll()
    .where('athlete_id', '=', athleteId)
    .where('status', '=', 'active')
    .where('start_date', '<=', today)
    .where('race_date', '>=', today)
    .orderBy('race_date')
    .orderBy('id')
    .executeTakeFirst();
  return row ? toPlan(row) : null;
}

/** What compliance reads of a planned session: no definition, nothing to parse. */
export type PlannedSessionFacts = Pick<PlannedWorkoutView, 'id' | 'date' | 'name' | 'sport' | 'category' | 'plannedSeconds' | 'plannedLoad'>;

/** Races the coach logged as athlete events, on or after `fromDate`, soonest first. */
export async function listUpcomingRaceEvents(
  db: Db,
  fromDate: string,
): Promise<{ athleteId: number; date: string; title: string; priority: RacePriority }[]> {
  const rows = await db
    .selectFrom('events')
    .select(['athlete_id', 'start_date', 'title', 'priority'])
    .where('kind', '=', 'race')
    .where('start_date', '>=', fromDate)
    .orderBy('start_date')
    .execute();
  // Every race has a priority since migration 8.
  return rows.map((r) => ({ athleteId: r.athlete_id, date: r.start_date, title: r.title, priority: r.priority as RacePriority }));
}

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

/** Completed activities of the given athletes between two local dates, inclusive. */
export async function listActivitiesOfAthletesBetween(
  db: Db,
  athleteIds: readonly number[],
  from: string,
  to: string,
): Promise<{ id: number; athleteId: number; date: string; sport: string; seconds: number }[]> {
  if (athleteIds.length === 0) return [];
  const rows = await db
    .selectFrom('activities')
    .select(['id', 'athlete_id', 'local_date', 'sport', 'timer_seconds'])
    .where('athlete_id', 'in', athleteIds)
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .execute();
  return rows.map((r) => ({ id: r.id, athleteId: r.athlete_id, date: r.local_date, sport: r.sport, seconds: r.timer_seconds }));
}

