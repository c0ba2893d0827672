import type { Selectable } from 'kysely';
import type { PlanSummary } from '../../../common/contract/plans';
import type { HistoryGuardrail } from '../../../common/domain/planner/history-guardrails';
import type { BlockInput, RaceType, WeekTarget } from '../../../common/domain/planner/types';
import { DEFAULT_MAX_ACWR } from '../../../common/domain/planner/defaults';
import type { Db, PlansTable } from '../schema';

/** The plans themselves: race, dates, generator input and weekly targets. Their calendar is in planned-workouts.ts. */

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
  await db
    .updateTable('plans')
    .set({ targets_json: JSON.stringify(targets), updated_at: now })
    .where('id', '=', planId)
    .execute();
}

/** Replaces the stored generator input, e.g. with a re-plan's day limits and week hour caps. */
export async function updatePlanInput(db: Db, planId: number, input: StoredPlanInput, now: string): Promise<void> {
  await db
    .updateTable('plans')
    .set({ input_json: JSON.stringify(input), updated_at: now })
    .where('id', '=', planId)
    .execute();
}

export async function touchPlan(db: Db, planId: number, now: string, status?: 'active' | 'archived'): Promise<void> {
  await db
    .updateTable('plans')
    .set(status ? { updated_at: now, status } : { updated_at: now })
    .where('id', '=', planId)
    .execute();
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
