import { AppError } from '../../common/contract';
import type { CallParsedInput } from '../../common/contract/contract';
import type { PlannedFuture, PlanSummary, PlanView } from '../../common/contract/plans';
import { addDays, weekdayIndex } from '../../common/domain/dates';
import { blockWeekStarts } from '../../common/domain/planner/phases';
import { defaultBlockSettings } from '../../common/domain/planner/defaults';
import { planBlock, type BlockPlan } from '../../common/domain/planner/plan-block';
import type { BlockInput, PlannedDay, Weekday, WeekdayHours } from '../../common/domain/planner/types';
import {
  deletePlannedWorkoutsOn,
  findPlan,
  insertPlan,
  insertPlanChange,
  insertPlannedSessions,
  listLockedDays,
  listPlannedWorkouts,
  listPlanSummaries,
  touchPlan,
  updatePlanTargets,
  type PlanRecord,
  type SessionToStore,
  type StoredPlanInput,
} from '../db/repositories/plans';
import type { Db } from '../db/schema';
import type { ServiceContext } from './context';
import { fitnessAtEndOf, loadPlanningAthlete, type PlanningAthlete } from './plan-context';
import { loadPlanningLibrary } from './plan-library';
import { buildPlanView, projectPlan, toPlannedDays } from './plan-view';

const RACE_LABELS: Record<BlockInput['raceType'], string> = {
  marathon: 'Marathon',
  'half-marathon': 'Half marathon',
  '10k': '10 km',
  '70.3': '70.3',
  ironman: 'Ironman',
  'gran-fondo': 'Gran fondo',
  custom: 'Race',
};

export async function createPlan(ctx: ServiceContext, input: CallParsedInput<'plans.create'>): Promise<PlanView> {
  const who = await loadPlanningAthlete(ctx, input.athleteId);
  const weekStarts = blockWeekStarts(input.raceDate, input.weeks);
  const startDate = weekStarts[0]!;
  if (input.raceDate <= who.today) {
    throw new AppError('VALIDATION', `The race date ${input.raceDate} is not after today (${who.today})`, 'raceDate');
  }
  const thisMonday = addDays(who.today, -weekdayIndex(who.today));
  if (startDate < thisMonday) {
    const weeksLeft = blockWeekStarts(input.raceDate, 30).filter((monday) => monday >= thisMonday).length;
    throw new AppError(
      'VALIDATION',
      `A ${input.weeks}-week block for a race on ${input.raceDate} would start on ${startDate}, in the past: ` +
        `choose ${weeksLeft} weeks or fewer, or a later race`,
      'weeks',
    );
  }

  const defaults = defaultBlockSettings(input.raceType);
  const seed = await fitnessAtEndOf(ctx, input.athleteId, addDays(startDate, -1), who.convention);
  const blockInput: BlockInput = {
    raceDate: input.raceDate,
    raceType: input.raceType,
    weeks: input.weeks,
    pattern: input.pattern,
    startCtl: seed.ctl,
    startAtl: seed.atl,
    availability: (input.availability as unknown as WeekdayHours | undefined) ?? defaults.availability,
    longSessionDay: (input.longSessionDay as Weekday | undefined) ?? defaults.longSessionDay,
    guardrails: { ...defaults.guardrails, ...input.guardrails },
    tsbWindow: input.tsbWindow ?? defaults.tsbWindow,
    convention: who.convention,
    ...(input.targetRaceCtl === undefined ? {} : { targetRaceCtl: input.targetRaceCtl }),
  };
  const library = await loadPlanningLibrary(ctx);
  const result = planBlock(blockInput, { library: library.entries, thresholds: who.thresholds });
  const now = ctx.now().toISOString();
  const raceLabel = input.raceName || RACE_LABELS[input.raceType];

  const planId = await ctx.db.transaction().execute(async (trx) => {
    const { startCtl: _ctl, startAtl: _atl, ...stored } = blockInput;
    const id = await insertPlan(
      trx,
      {
        athleteId: input.athleteId,
        name: `${raceLabel} ${input.raceDate.slice(0, 4)}: ${input.weeks}-week block`,
        raceName: input.raceName,
        raceDate: input.raceDate,
        raceType: input.raceType,
        startDate,
        weeks: input.weeks,
        input: stored,
        targets: result.weeks,
      },
      now,
    );
    await insertPlannedSessions(trx, id, sessionsToStore(result.days, library.idByKey, 'generated'));
    await insertPlanChange(
      trx,
      {
        planId: id,
        actor: 'generator',
        kind: 'create',
        weekIndex: null,
        summary: `Created a ${input.weeks}-week ${input.pattern} block from ${startDate} to ${raceLabel} on ${input.raceDate}`,
        reason: `Goal race: ${raceLabel} on ${input.raceDate}`,
        details: { startCtl: seed.ctl, startAtl: seed.atl, feasible: result.feasible },
      },
      now,
    );
    return id;
  });
  ctx.events.emit({ type: 'data.changed', scope: 'plans' });
  return buildPlanView(ctx, (await findPlan(ctx.db, planId))!, who);
}

export async function requirePlan(ctx: ServiceContext, planId: number): Promise<PlanRecord> {
  const plan = await findPlan(ctx.db, planId);
  if (!plan) throw new AppError('NOT_FOUND', `No plan with id ${planId}`, 'planId');
  return plan;
}

export async function getPlanView(ctx: ServiceContext, planId: number): Promise<PlanView> {
  const plan = await requirePlan(ctx, planId);
  return buildPlanView(ctx, plan, await loadPlanningAthlete(ctx, plan.athleteId));
}

/** The projection of the athlete's next active plan from today on, or null without one. */
export async function getPlannedFuture(ctx: ServiceContext, athleteId: number): Promise<PlannedFuture | null> {
  const who = await loadPlanningAthlete(ctx, athleteId);
  const next = (await listPlanSummaries(ctx.db, { athleteId, includeArchived: false })).find(
    (p) => p.raceDate >= who.today,
  );
  if (!next) return null;
  // Only the projection: the athlete page does not need the calendar, matching or guardrail checks.
  const plan = (await findPlan(ctx.db, next.id))!;
  const { projection } = await projectPlan(ctx, plan, who, await listPlannedWorkouts(ctx.db, plan.id));
  return {
    planId: plan.id,
    name: plan.name,
    raceDate: plan.raceDate,
    days: projection.days.filter((d) => d.date >= who.today),
  };
}

export async function listPlans(
  ctx: ServiceContext,
  filter: { athleteId?: number; includeArchived?: boolean },
): Promise<PlanSummary[]> {
  return listPlanSummaries(ctx.db, { ...filter, includeArchived: filter.includeArchived ?? false });
}

/**
 * Re-plans every unlocked day from today on with the plan's own goal and guardrails, keeping locked days
 * and the past as they are (they count toward their weeks), from the athlete's fitness as it is now.
 */
export async function regeneratePlan(ctx: ServiceContext, planId: number, reason: string): Promise<PlanView> {
  const plan = await requirePlan(ctx, planId);
  const who = await loadPlanningAthlete(ctx, plan.athleteId);
  const replan = await computeReplan(ctx, plan, who);
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await writeReplan(trx, replan, now);
    await insertPlanChange(
      trx,
      { planId, actor: 'coach', kind: 'regenerate', weekIndex: null, summary: replanSummary(replan), reason },
      now,
    );
  });
  ctx.events.emit({ type: 'data.changed', scope: 'plans' });
  return buildPlanView(ctx, (await findPlan(ctx.db, planId))!, who);
}

/** A re-plan computed and not yet written: the block planned again, the days it keeps and the days it refills. */
export interface Replan {
  plan: PlanRecord;
  today: string;
  result: BlockPlan;
  keptDates: ReadonlySet<string>;
  refilled: PlannedDay[];
  idByKey: ReadonlyMap<string, number>;
}

/**
 * Plans the block again with `input` (the plan's stored input unless a re-plan reason changed it) from
 * the athlete's CTL/ATL at the end of `seedDate` (the eve of week 1 unless a reason re-anchors it).
 */
export async function computeReplan(
  ctx: ServiceContext,
  plan: PlanRecord,
  who: PlanningAthlete,
  { input = plan.input, seedDate = addDays(plan.startDate, -1) }: { input?: StoredPlanInput; seedDate?: string } = {},
): Promise<Replan> {
  if (who.today > plan.raceDate)
    throw new AppError('CONFLICT', `The race on ${plan.raceDate} is over: nothing is left to re-plan`, 'planId');
  const locked = new Set(await listLockedDays(ctx.db, plan.id));
  const workouts = await listPlannedWorkouts(ctx.db, plan.id);
  const kept = toPlannedDays(
    workouts.filter((w) => w.date < who.today || locked.has(w.date)),
    plan,
  ).filter((d) => d.date < who.today || locked.has(d.date));

  const seed = await fitnessAtEndOf(ctx, plan.athleteId, seedDate, who.convention);
  const library = await loadPlanningLibrary(ctx);
  const result = planBlock(
    { ...input, startCtl: seed.ctl, startAtl: seed.atl, convention: who.convention },
    { library: library.entries, thresholds: who.thresholds, lockedDays: kept },
  );
  const keptDates = new Set(kept.map((d) => d.date));
  const refilled = result.days.filter((d) => !keptDates.has(d.date));
  return { plan, today: who.today, result, keptDates, refilled, idByKey: library.idByKey };
}

/** Replaces the refilled days' sessions and the weekly targets; the caller logs why, in the same transaction. */
export async function writeReplan(trx: Db, replan: Replan, now: string): Promise<void> {
  const planId = replan.plan.id;
  await deletePlannedWorkoutsOn(
    trx,
    planId,
    replan.refilled.map((d) => d.date),
  );
  await insertPlannedSessions(trx, planId, sessionsToStore(replan.refilled, replan.idByKey, 'generated'));
  await updatePlanTargets(trx, planId, replan.result.weeks, now);
}

export function replanSummary(replan: Replan): string {
  return `Re-planned ${replan.refilled.length} unlocked days from ${replan.refilled[0]?.date ?? replan.today}; ${replan.keptDates.size} locked or past days kept`;
}

export async function archivePlan(ctx: ServiceContext, planId: number, reason: string): Promise<PlanView> {
  const plan = await requirePlan(ctx, planId);
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await touchPlan(trx, planId, now, 'archived');
    await insertPlanChange(
      trx,
      { planId, actor: 'coach', kind: 'archive', weekIndex: null, summary: 'Archived the plan', reason },
      now,
    );
  });
  ctx.events.emit({ type: 'data.changed', scope: 'plans' });
  return buildPlanView(ctx, { ...plan, status: 'archived' }, await loadPlanningAthlete(ctx, plan.athleteId));
}

export function sessionsToStore(
  days: readonly PlannedDay[],
  idByKey: ReadonlyMap<string, number>,
  origin: SessionToStore['origin'],
): SessionToStore[] {
  return days.flatMap((day) =>
    day.sessions.map((session, position) => ({
      date: day.date,
      position,
      session,
      workoutId: session.libraryKey === null ? null : (idByKey.get(session.libraryKey) ?? null),
      origin,
    })),
  );
}
