import { AppError } from '../../common/contract';
import type { CallParsedInput } from '../../common/contract/contract';
import type {
  PlanView,
  ReplanDayChange,
  ReplanPreview,
  ReplanSessionView,
  ReplanWeekChange,
} from '../../common/contract/plans';
import { addDays } from '../../common/domain/dates';
import { blockWeekStarts } from '../../common/domain/planner/phases';
import {
  mergeReplanChanges,
  replanChanges,
  type ReplanChanges,
  type ReplanReason,
} from '../../common/domain/planner/replan-reasons';
import type { PlannedDay, PlannedSession } from '../../common/domain/planner/types';
import { findPlan, updatePlanInput, type PlanRecord, type StoredPlanInput } from '../db/repositories/plans';
import { insertPlanChange } from '../db/repositories/plan-changes';
import { listPlannedWorkouts } from '../db/repositories/planned-workouts';
import type { ServiceContext } from './context';
import { loadPlanningAthlete, type PlanningAthlete } from './plan-context';
import { buildPlanView, toPlannedDays } from './plan-view';
import { computeReplan, replanSummary, requirePlan, writeReplan, type Replan } from './plans';

/**
 * Re-planning for a reason: the reason becomes day limits, week hour caps or a new fitness anchor
 * (replan-reasons.ts), the block is planned again as `plans.regenerate` does, and the coach sees the
 * difference before anything is written. Applying stores the limits and caps in the plan's input, so a
 * later re-plan for any reason still keeps the athlete off the injured sport or under the week's cap.
 */

type ReplanInput = CallParsedInput<'plans.previewReplan'>;

interface ReasonedReplan {
  replan: Replan;
  changes: ReplanChanges;
  input: StoredPlanInput;
}

export async function previewReplan(ctx: ServiceContext, request: ReplanInput): Promise<ReplanPreview> {
  const plan = await requirePlan(ctx, request.planId);
  const who = await loadPlanningAthlete(ctx, plan.athleteId);
  const { replan, changes } = await replanForReason(ctx, plan, who, request);
  const current = await buildPlanView(ctx, plan, who);
  const before = toPlannedDays(await listPlannedWorkouts(ctx.db, plan.id), plan);
  const weekStarts = blockWeekStarts(plan.raceDate, plan.weeks);
  const weekOf = (date: string) => weekStarts.filter((monday) => monday <= date).length;
  const beforeByDate = new Map(before.map((d) => [d.date, d]));

  const days: ReplanDayChange[] = replan.refilled.flatMap((after) => {
    const was = (beforeByDate.get(after.date)?.sessions ?? []).map(sessionView);
    const will = after.sessions.map(sessionView);
    return sameSessions(was, will)
      ? []
      : [{ date: after.date, weekIndex: weekOf(after.date), before: was, after: will }];
  });
  const weeks: ReplanWeekChange[] = replan.result.weeks.flatMap((week, i) => {
    const was = current.weeks[i]!;
    const changed =
      Math.abs(was.plannedLoad - week.plannedLoad) >= 0.5 || Math.abs(was.plannedHours - week.plannedHours) >= 0.01;
    return changed
      ? [
          {
            index: week.index,
            startDate: week.startDate,
            before: { load: round(was.plannedLoad, 1), hours: round(was.plannedHours, 2) },
            after: { load: round(week.plannedLoad, 1), hours: round(week.plannedHours, 2) },
          },
        ]
      : [];
  });
  const lastOfSeven = addDays(changes.from, 6);
  const sevenDayLoad = (list: readonly PlannedDay[]) =>
    round(
      list
        .filter((d) => d.date >= changes.from && d.date <= lastOfSeven && d.date < plan.raceDate)
        .reduce((sum, d) => sum + dayLoad(d), 0),
      1,
    );
  return {
    planId: plan.id,
    reasonKind: request.reasonKind,
    explanation: changes.explanation,
    from: changes.from,
    nextSevenDays: { before: sevenDayLoad(before), after: sevenDayLoad(replan.result.days) },
    days,
    weeks,
    feasible: replan.result.feasible,
    reasons: replan.result.reasons,
  };
}

export async function applyReplan(ctx: ServiceContext, request: ReplanInput): Promise<PlanView> {
  const plan = await requirePlan(ctx, request.planId);
  if (plan.status === 'archived') throw new AppError('CONFLICT', 'An archived plan cannot be re-planned', 'planId');
  const who = await loadPlanningAthlete(ctx, plan.athleteId);
  const { replan, changes, input } = await replanForReason(ctx, plan, who, request);
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await writeReplan(trx, replan, now);
    await updatePlanInput(trx, plan.id, input, now);
    await insertPlanChange(
      trx,
      {
        planId: plan.id,
        actor: 'coach',
        kind: 'replan',
        weekIndex: null,
        summary: replanSummary(replan),
        reason: request.note ? `${changes.explanation}. Coach's note: ${request.note}` : changes.explanation,
        details: {
          reasonKind: request.reasonKind,
          params: request.params,
          dayLimits: changes.dayLimits,
          weekHourCaps: changes.weekHourCaps,
          anchor: changes.anchor,
        },
      },
      now,
    );
  });
  ctx.events.emit({ type: 'data.changed', scope: 'plans', athleteId: plan.athleteId });
  return buildPlanView(ctx, (await findPlan(ctx.db, plan.id))!, who);
}

async function replanForReason(
  ctx: ServiceContext,
  plan: PlanRecord,
  who: PlanningAthlete,
  request: ReplanInput,
): Promise<ReasonedReplan> {
  const reason = toReason(request, plan, who.today);
  const plannedSeconds: Record<string, number> = {};
  for (const w of await listPlannedWorkouts(ctx.db, plan.id))
    plannedSeconds[w.date] = (plannedSeconds[w.date] ?? 0) + w.plannedSeconds;
  const changes = replanChanges(reason, {
    raceDate: plan.raceDate,
    weeks: plan.weeks,
    today: who.today,
    plannedSeconds,
  });
  const input: StoredPlanInput = { ...plan.input, ...mergeReplanChanges(plan.input, changes) };
  // Ahead of plan: the block is planned as if it had started from the fitness the athlete has now (end of
  // yesterday) rather than the fitness on the eve of week 1. The generator's ramp, ACWR and progression limits
  // for the weeks ahead then start from at least the athlete's real CTL, so those weeks may rise; every
  // guardrail still caps them. It credits the weeks already done once more, so it errs on the generous side,
  // which is why it is the coach's explicit choice and never the default.
  const seedDate = changes.anchor === 'current-fitness' ? addDays(who.today, -1) : undefined;
  const replan = await computeReplan(ctx, plan, who, { input, ...(seedDate === undefined ? {} : { seedDate }) });
  return { replan, changes, input };
}

/** The request as the domain's reason, refused when its weeks or dates fall outside what is left of the plan. */
function toReason(request: ReplanInput, plan: PlanRecord, today: string): ReplanReason {
  switch (request.reasonKind) {
    case 'time-constraints': {
      const weekStarts = blockWeekStarts(plan.raceDate, plan.weeks);
      for (const week of request.params.weeks) {
        if (week > plan.weeks)
          throw new AppError(
            'VALIDATION',
            `The plan has ${plan.weeks} weeks: there is no week ${week}`,
            'params.weeks',
          );
        if (addDays(weekStarts[week - 1]!, 6) < today)
          throw new AppError(
            'VALIDATION',
            `Week ${week} is over: only weeks from today on can be capped`,
            'params.weeks',
          );
      }
      return { kind: 'time-constraints', weeks: request.params.weeks, hours: request.params.hours };
    }
    case 'injury': {
      const { sport, from, to } = request.params;
      for (const [field, date] of [
        ['from', from],
        ['to', to],
      ] as const) {
        if (date !== undefined && (date < plan.startDate || date > plan.raceDate))
          throw new AppError(
            'VALIDATION',
            `${date} is outside the plan (${plan.startDate} to ${plan.raceDate})`,
            `params.${field}`,
          );
      }
      if (to !== undefined && to < today)
        throw new AppError(
          'VALIDATION',
          `The injury ends on ${to}, before today (${today}): nothing is left to change`,
          'params.to',
        );
      return { kind: 'injury', sport, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
    }
    case 'illness':
      return { kind: 'illness', days: request.params.days };
    default:
      return { kind: request.reasonKind };
  }
}

function sessionView(session: PlannedSession): ReplanSessionView {
  return {
    name: session.definition.name,
    sport: session.definition.sport,
    minutes: Math.round(session.plannedSeconds / 60),
    load: round(session.plannedLoad, 1),
    hard: session.hard,
  };
}

function sameSessions(a: readonly ReplanSessionView[], b: readonly ReplanSessionView[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => s.name === b[i]!.name && s.minutes === b[i]!.minutes && s.load === b[i]!.load)
  );
}

function dayLoad(day: PlannedDay): number {
  return day.sessions.reduce((sum, s) => sum + s.plannedLoad, 0);
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
