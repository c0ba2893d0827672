import { AppError } from '../../common/contract';
import type { PlanView } from '../../common/contract/plans';
import type { WorkoutDefinition } from '../../common/domain/workouts/workout-schema';
import { daysBetween } from '../../common/domain/dates';
import { summarizeWorkout } from '../../common/domain/workouts/workout-metrics';
import {
  deletePlannedWorkout,
  findPlannedWorkout,
  insertPlannedSessions,
  listPlannedWorkouts,
  movePlannedWorkout,
  setDayLocked,
} from '../db/repositories/planned-workouts';
import { findPlan, touchPlan, type PlanRecord } from '../db/repositories/plans';
import { insertPlanChange, type NewPlanChange } from '../db/repositories/plan-changes';
import type { Db } from '../db/schema';
import type { ServiceContext } from './context';
import { loadPlanningAthlete } from './plan-context';
import { findLibraryWorkout } from './plan-library';
import { buildPlanView } from './plan-view';
import { requirePlan } from './plans';
import { formatDay, formatDuration, formatNumber } from '../../common/format';

/**
 * The coach's hand edits to a plan. Each one is written together with its change-log entry (what, when,
 * why) in one transaction, so the log can never miss an edit.
 */

export async function moveWorkout(
  ctx: ServiceContext,
  input: { planId: number; workoutId: number; toDate: string; reason: string },
): Promise<PlanView> {
  const plan = await requireEditablePlan(ctx, input.planId);
  const workout = await requirePlannedWorkout(ctx, plan, input.workoutId);
  requireDateInPlan(plan, input.toDate, 'toDate');
  if (workout.date === input.toDate)
    throw new AppError('VALIDATION', `${workout.name} is already on ${input.toDate}`, 'toDate');
  const onTarget = (await listPlannedWorkouts(ctx.db, plan.id)).filter((w) => w.date === input.toDate);
  return edit(ctx, plan, async (trx) => {
    await movePlannedWorkout(trx, workout.id, input.toDate, onTarget.length);
    return {
      kind: 'move',
      weekIndex: weekOf(plan, input.toDate),
      summary: `Moved ${workout.name} from ${formatDay(workout.date)} to ${formatDay(input.toDate)}`,
      reason: input.reason,
      details: { workoutId: workout.id, from: workout.date, to: input.toDate },
    };
  });
}

export async function addWorkout(
  ctx: ServiceContext,
  input: { planId: number; date: string; libraryWorkoutId: number; reason: string },
): Promise<PlanView> {
  const plan = await requireEditablePlan(ctx, input.planId);
  requireDateInPlan(plan, input.date, 'date');
  const library = await findLibraryWorkout(ctx, input.libraryWorkoutId);
  const who = await loadPlanningAthlete(ctx, plan.athleteId);
  const summary = summarizeWorkout(library.definition, who.thresholds);
  const onDay = (await listPlannedWorkouts(ctx.db, plan.id)).filter((w) => w.date === input.date);
  return edit(ctx, plan, async (trx) => {
    await insertPlannedSessions(trx, plan.id, [
      {
        date: input.date,
        position: onDay.length,
        workoutId: library.id,
        origin: 'coach',
        session: sessionOf(library, summary),
      },
    ]);
    return {
      kind: 'add',
      weekIndex: weekOf(plan, input.date),
      summary: `Added ${library.definition.name} on ${formatDay(input.date)} (${formatDuration(summary.seconds)}, load ${formatNumber(summary.load)})`,
      reason: input.reason,
      details: { libraryWorkoutId: library.id, date: input.date },
    };
  });
}

export async function removeWorkout(
  ctx: ServiceContext,
  input: { planId: number; workoutId: number; reason: string },
): Promise<PlanView> {
  const plan = await requireEditablePlan(ctx, input.planId);
  const workout = await requirePlannedWorkout(ctx, plan, input.workoutId);
  return edit(ctx, plan, async (trx) => {
    await deletePlannedWorkout(trx, workout.id);
    return {
      kind: 'remove',
      weekIndex: weekOf(plan, workout.date),
      summary: `Removed ${workout.name} from ${formatDay(workout.date)}`,
      reason: input.reason,
      details: { workoutId: workout.id, date: workout.date, definition: workout.definition },
    };
  });
}

export async function setPlanDayLocked(
  ctx: ServiceContext,
  input: { planId: number; date: string; locked: boolean; reason: string },
): Promise<PlanView> {
  const plan = await requireEditablePlan(ctx, input.planId);
  requireDateInPlan(plan, input.date, 'date');
  return edit(ctx, plan, async (trx) => {
    await setDayLocked(trx, plan.id, input.date, input.locked);
    return {
      kind: input.locked ? 'lock' : 'unlock',
      weekIndex: weekOf(plan, input.date),
      summary: `${input.locked ? 'Locked' : 'Unlocked'} ${formatDay(input.date)}${input.locked ? ': re-planning keeps it as it is' : ''}`,
      reason: input.reason,
    };
  });
}

/** One edit of a suggested adjustment: a session replaced by a library session, or removed. */
export type SuggestedEdit =
  | { kind: 'replace'; plannedWorkoutId: number; libraryWorkoutId: number }
  | { kind: 'remove'; plannedWorkoutId: number };

/**
 * Applies an adjustment the coach accepted from the inbox: all its edits and one change-log entry by
 * the 'suggestion' actor, with the anomaly's reason, in one transaction.
 */
export async function applySuggestedEdits(
  ctx: ServiceContext,
  input: {
    planId: number;
    edits: readonly SuggestedEdit[];
    summary: string;
    reason: string;
    details: Record<string, unknown>;
  },
): Promise<PlanView> {
  const plan = await requireEditablePlan(ctx, input.planId);
  if (input.edits.length === 0) throw new AppError('VALIDATION', 'The suggestion changes nothing', 'edits');
  const who = await loadPlanningAthlete(ctx, plan.athleteId);
  const prepared = await Promise.all(
    input.edits.map(async (e) => {
      const workout = await requirePlannedWorkout(ctx, plan, e.plannedWorkoutId);
      const library = e.kind === 'replace' ? await findLibraryWorkout(ctx, e.libraryWorkoutId) : null;
      return { workout, library, summary: library ? summarizeWorkout(library.definition, who.thresholds) : null };
    }),
  );
  const firstDate = prepared.map((p) => p.workout.date).sort()[0]!;
  return edit(
    ctx,
    plan,
    async (trx) => {
      for (const { workout, library, summary } of prepared) {
        await deletePlannedWorkout(trx, workout.id);
        if (!library || !summary) continue;
        await insertPlannedSessions(trx, plan.id, [
          {
            date: workout.date,
            position: workout.position,
            workoutId: library.id,
            origin: 'suggestion',
            session: sessionOf(library, summary),
          },
        ]);
      }
      return {
        kind: 'suggestion',
        weekIndex: weekOf(plan, firstDate),
        summary: input.summary,
        reason: input.reason,
        details: input.details,
      };
    },
    'suggestion',
  );
}

/** A library workout as planned for the athlete: its definition with the duration, load and bands it prices at. */
function sessionOf(
  library: { key: string | null; definition: WorkoutDefinition },
  summary: ReturnType<typeof summarizeWorkout>,
) {
  return {
    libraryKey: library.key,
    definition: library.definition,
    plannedSeconds: summary.seconds,
    plannedMeters: summary.meters,
    plannedLoad: summary.load,
    bandSeconds: summary.bandSeconds,
    hard: summary.hard,
  };
}

async function edit(
  ctx: ServiceContext,
  plan: PlanRecord,
  apply: (trx: Db) => Promise<Omit<NewPlanChange, 'planId' | 'actor'>>,
  actor: NewPlanChange['actor'] = 'coach',
): Promise<PlanView> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const change = await apply(trx);
    await insertPlanChange(trx, { ...change, planId: plan.id, actor }, now);
    await touchPlan(trx, plan.id, now);
  });
  ctx.events.emit({ type: 'data.changed', scope: 'plans', athleteId: plan.athleteId });
  return buildPlanView(ctx, (await findPlan(ctx.db, plan.id))!, await loadPlanningAthlete(ctx, plan.athleteId));
}

async function requireEditablePlan(ctx: ServiceContext, planId: number): Promise<PlanRecord> {
  const plan = await requirePlan(ctx, planId);
  if (plan.status === 'archived')
    throw new AppError('CONFLICT', `${plan.name} is archived: archived plans are read-only`, 'planId');
  return plan;
}

async function requirePlannedWorkout(ctx: ServiceContext, plan: PlanRecord, workoutId: number) {
  const workout = await findPlannedWorkout(ctx.db, plan.id, workoutId);
  if (!workout) throw new AppError('NOT_FOUND', `Plan ${plan.id} has no planned workout ${workoutId}`, 'workoutId');
  return workout;
}

function requireDateInPlan(plan: PlanRecord, date: string, field: string): void {
  if (date < plan.startDate || date > plan.raceDate) {
    throw new AppError('VALIDATION', `${date} is outside the plan (${plan.startDate} to ${plan.raceDate})`, field);
  }
}

function weekOf(plan: PlanRecord, date: string): number {
  return Math.floor(daysBetween(plan.startDate, date) / 7) + 1;
}
