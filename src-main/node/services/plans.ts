import { AppError } from '../../common/contract';
import type { CallParsedInput } from '../../common/contract/contract';
import {
  newPlanSchema,
  type PlanDefaults,
  type PlannedFuture,
  type PlanSummary,
  type PlanView,
} from '../../common/contract/plans';
import { addDays, daysBetween } from '../../common/domain/dates';
import { weekStartOf } from '../../common/domain/load/training-week';
import { eventDayLimits } from '../../common/domain/planner/calendar-limits';
import type { HistoryGuardrail } from '../../common/domain/planner/history-guardrails';
import { composeBlockInput, type PlanningCalendar } from '../../common/domain/planner/planning-input';
import {
  blockWeekStarts,
  DEFAULT_BLOCK_WEEKS,
  MAX_BLOCK_WEEKS,
  MIN_BLOCK_WEEKS,
} from '../../common/domain/planner/phases';
import { recordedDays } from '../../common/domain/planner/recorded-days';
import { formatDate, formatHours, withArticle } from '../../common/format';
import type { TrainingHistory } from '../../common/domain/planner/training-history';
import { planBlock, type BlockPlan } from '../../common/domain/planner/plan-block';
import type { BlockInput, PlannedDay } from '../../common/domain/planner/types';
import {
  deletePlannedWorkoutsOn,
  insertPlannedSessions,
  listLockedDays,
  listPlannedWorkouts,
  type SessionToStore,
} from '../db/repositories/planned-workouts';
import {
  findPlan,
  insertPlan,
  listPlanSummaries,
  touchPlan,
  updatePlanTargets,
  type PlanRecord,
  type StoredPlanInput,
} from '../db/repositories/plans';
import { insertPlanChange } from '../db/repositories/plan-changes';
import type { Db } from '../db/schema';
import type { ServiceContext } from './context';
import { ensureRaceEvent } from '../db/repositories/events';
import { fitnessAtEndOf, loadPlanningAthlete, loadPlanningCalendar, type PlanningAthlete } from './plan-context';
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

/** The block's first Monday and its length, from a start date or from weeks counted back from the race. */
function blockSpan(input: CallParsedInput<'plans.create'>): { startDate: string; weeks: number } {
  const raceMonday = weekStartOf(input.raceDate);
  if (input.startDate === undefined) {
    const weeks = input.weeks ?? DEFAULT_BLOCK_WEEKS;
    return { startDate: blockWeekStarts(input.raceDate, weeks)[0]!, weeks };
  }
  const startDate = weekStartOf(input.startDate);
  const weeks = daysBetween(startDate, raceMonday) / 7 + 1;
  if (weeks < MIN_BLOCK_WEEKS || weeks > MAX_BLOCK_WEEKS) {
    throw new AppError(
      'VALIDATION',
      `A block from ${startDate} to a race on ${input.raceDate} has ${weeks} weeks; a block has ${MIN_BLOCK_WEEKS}–${MAX_BLOCK_WEEKS}`,
      'startDate',
    );
  }
  if (input.weeks !== undefined && input.weeks !== weeks) {
    throw new AppError(
      'VALIDATION',
      `The start date ${input.startDate} makes ${withArticle(`${weeks}-week`)} block, not ${input.weeks}: give one or the other`,
      'weeks',
    );
  }
  return { startDate, weeks };
}

/** What a new-plan request resolves to before anything is planned: the block's span and the generator's input. */
interface PlanningSetup {
  who: PlanningAthlete;
  startDate: string;
  weeks: number;
  calendar: PlanningCalendar;
  blockInput: BlockInput & { fromHistory: HistoryGuardrail[] };
}

async function planningSetup(ctx: ServiceContext, input: CallParsedInput<'plans.create'>): Promise<PlanningSetup> {
  const who = await loadPlanningAthlete(ctx, input.athleteId);
  if (input.raceDate <= who.today) {
    throw new AppError('VALIDATION', `The race date ${input.raceDate} is not after today (${who.today})`, 'raceDate');
  }
  const { startDate, weeks } = blockSpan(input);
  const calendar = await loadPlanningCalendar(ctx, input.athleteId, startDate, input.raceDate, who.today);
  const blockInput = await planningInput(ctx, input, { startDate, weeks, who, calendar });
  return { who, startDate, weeks, calendar, blockInput };
}

/**
 * The settings createPlan would use for this race and span with nothing else chosen, read through the same
 * planningSetup, so what the form shows before creating is what the plan gets.
 */
export async function getPlanDefaults(
  ctx: ServiceContext,
  request: CallParsedInput<'plans.defaults'>,
): Promise<PlanDefaults> {
  const { who, startDate, weeks, calendar, blockInput } = await planningSetup(ctx, newPlanSchema.parse(request));
  const history = calendar.latestHistory;
  const b = blockInput.baseline;
  return {
    startDate,
    weeks,
    today: who.today,
    guardrails: blockInput.guardrails,
    fromHistory: history
      ? blockInput.fromHistory.map((key) => ({
          key,
          why: historyReason(key, history, blockInput.guardrails.maxWeeklyHours),
        }))
      : [],
    availability: blockInput.availability,
    longSessionDay: blockInput.longSessionDay,
    baseline: b
      ? { weekLoad: b.weekLoad, weekHours: b.weekHours, normalWeeks: b.normalWeeks, skippedWeeks: b.skippedWeeks }
      : null,
    races: [...(blockInput.races ?? [])],
    sportShare: blockInput.sportShare
      ? {
          swim: blockInput.sportShare.swim ?? 0,
          bike: blockInput.sportShare.bike ?? 0,
          run: blockInput.sportShare.run ?? 0,
        }
      : null,
  };
}

/** The numbers a guardrail taken from history came from, for the form's "from history" tag. */
function historyReason(key: HistoryGuardrail, history: TrainingHistory, maxWeeklyHours: number): string {
  const normal = formatHours(Math.round(history.baseline.weekHours * 10) / 10);
  switch (key) {
    case 'maxWeeklyHours':
      return `from the last year: most sustained ${formatHours(Math.round(history.maxSustainedWeeklyHours * 10) / 10)}/week over 3 weeks; recent normal week ${normal}`;
    case 'minWeeklyHours':
      return `half the recent normal week (${normal})`;
    case 'availability':
      return `the default week scaled up to hold the ${formatHours(maxWeeklyHours)} max weekly hours, from the last year: most sustained ${formatHours(Math.round(history.maxSustainedWeeklyHours * 10) / 10)}/week`;
    case 'maxSessionSeconds': {
      const longest = Math.max(0, ...Object.values(history.longestSecondsYear).map((s) => s ?? 0));
      return `from the last year: longest session ${formatHours(Math.round((longest / 3600) * 10) / 10)}`;
    }
  }
}

export async function createPlan(ctx: ServiceContext, input: CallParsedInput<'plans.create'>): Promise<PlanView> {
  const { who, startDate, weeks, calendar, blockInput } = await planningSetup(ctx, input);
  const library = await loadPlanningLibrary(ctx);
  // Days before today are history: planned around, never planned.
  const lastPast = addDays(who.today, -1);
  const lockedDays = startDate <= lastPast ? recordedDays(calendar.recorded, startDate, lastPast) : [];
  const result = planBlock(blockInput, { library: library.entries, thresholds: who.thresholds, lockedDays });
  const now = ctx.now().toISOString();
  const raceLabel = input.raceName || RACE_LABELS[input.raceType];

  const planId = await ctx.db.transaction().execute(async (trx) => {
    const { startCtl: _ctl, startAtl: _atl, ...stored } = blockInput;
    const id = await insertPlan(
      trx,
      {
        athleteId: input.athleteId,
        name: `${raceLabel} ${input.raceDate.slice(0, 4)}: ${weeks}-week block`,
        raceName: input.raceName,
        raceDate: input.raceDate,
        raceType: input.raceType,
        startDate,
        weeks,
        input: stored,
        targets: result.weeks,
      },
      now,
    );
    const planned = result.days.filter((d) => d.date >= who.today);
    await insertPlannedSessions(trx, id, sessionsToStore(planned, library.idByKey, 'generated'));
    await ensureRaceEvent(
      trx,
      {
        athleteId: input.athleteId,
        date: input.raceDate,
        name: raceLabel,
        priority: input.racePriority ?? 'A',
        raceType: input.raceType,
      },
      now,
    );
    await insertPlanChange(
      trx,
      {
        planId: id,
        actor: 'generator',
        kind: 'create',
        weekIndex: null,
        summary:
          `Created ${withArticle(`${weeks}-week`)} ${input.pattern} block from ${formatDate(startDate)} to ${raceLabel} on ${formatDate(input.raceDate)}` +
          (startDate < who.today ? `; days before ${formatDate(who.today)} are the athlete's history` : ''),
        reason: input.startLoad
          ? `Goal race: ${raceLabel} on ${formatDate(input.raceDate)}; week 1: ${input.startLoad.reason}`
          : `Goal race: ${raceLabel} on ${formatDate(input.raceDate)}`,
        details: { startCtl: blockInput.startCtl, startAtl: blockInput.startAtl, feasible: result.feasible },
      },
      now,
    );
    return id;
  });
  ctx.events.emit({ type: 'data.changed', scope: 'plans', athleteId: input.athleteId });
  return buildPlanView(ctx, (await findPlan(ctx.db, planId))!, who);
}

/** The generator's input for a new block, from the request and the athlete's record (composeBlockInput). */
async function planningInput(
  ctx: ServiceContext,
  input: CallParsedInput<'plans.create'>,
  span: { startDate: string; weeks: number; who: PlanningAthlete; calendar: PlanningCalendar },
): Promise<BlockInput & { fromHistory: HistoryGuardrail[] }> {
  const { startDate, weeks, who, calendar } = span;
  const seed = await fitnessAtEndOf(ctx, input.athleteId, addDays(startDate, -1), who.convention);
  return composeBlockInput(
    input,
    { startDate, weeks },
    { today: who.today, convention: who.convention, seed },
    calendar,
  );
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
  ctx.events.emit({ type: 'data.changed', scope: 'plans', athleteId: plan.athleteId });
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
  // Races and events logged since the plan was made count from today on.
  const calendar = await loadPlanningCalendar(ctx, plan.athleteId, plan.startDate, plan.raceDate, who.today);
  const eventLimits = eventDayLimits(
    calendar.lifeEvents,
    input.availability,
    who.today,
    addDays(plan.raceDate, -1),
    who.today,
  );
  const result = planBlock(
    {
      ...input,
      startCtl: seed.ctl,
      startAtl: seed.atl,
      convention: who.convention,
      races: calendar.races,
      dayLimits: [
        ...eventLimits,
        ...(input.dayLimits ?? []).filter((l) => !eventLimits.some((e) => e.date === l.date)),
      ],
    },
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
  ctx.events.emit({ type: 'data.changed', scope: 'plans', athleteId: plan.athleteId });
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
