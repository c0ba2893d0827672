import type { PlanDayView, PlannedWorkoutView, PlanView, PlanWeekView } from '../../common/contract/plans';
import { addDays, daysBetween } from '../../common/domain/dates';
import { ACWR_PRIOR_DAYS } from '../../common/domain/load/load-ratios';
import { matchActivitiesToPlan, missedCompliance, sessionCompliance } from '../../common/domain/planner/compliance';
import { blockWeekStarts, weekDates } from '../../common/domain/planner/phases';
import { assessPlan } from '../../common/domain/planner/assess-plan';
import { plannedAcwr } from '../../common/domain/planner/plan-facts';
import { recordedDays } from '../../common/domain/planner/recorded-days';
import { projectLoads } from '../../common/domain/planner/projection';
import type { PlannedDay } from '../../common/domain/planner/types';
import { distanceKmBySport } from '../../common/domain/planner/week-distance';
import { listPmcDays } from '../db/repositories/pmc-days';
import { listActivitiesBetween, type PlanActivity } from '../db/repositories/plan-activities';
import { listLockedDays, listPlannedWorkouts, type PlannedWorkoutRecord } from '../db/repositories/planned-workouts';
import { listPlanChanges } from '../db/repositories/plan-changes';
import type { PlanRecord } from '../db/repositories/plans';
import type { ServiceContext } from './context';
import { fitnessAtEndOf, recordedActivity, type PlanningAthlete } from './plan-context';

/**
 * Everything the planner screen, the CLI and the athlete's PMC show for one plan: weekly targets next to
 * what is on the calendar, what was done, and the fitness the rest of the plan will produce.
 *
 * The projection runs the athlete's real loads up to yesterday and the planned loads from today on, so a
 * plan already under way projects from where the athlete actually is.
 */
export async function buildPlanView(ctx: ServiceContext, plan: PlanRecord, who: PlanningAthlete): Promise<PlanView> {
  const { today, convention } = who;
  const [workouts, locked, changes] = await Promise.all([
    listPlannedWorkouts(ctx.db, plan.id),
    listLockedDays(ctx.db, plan.id),
    listPlanChanges(ctx.db, plan.id),
  ]);
  const lastPast = lastRecordedDay(plan, today);
  const activities =
    lastPast >= plan.startDate ? await listActivitiesBetween(ctx.db, plan.athleteId, plan.startDate, lastPast) : [];
  const { seed, weekStarts, projection, loads, priorLoads } = await projectPlan(ctx, plan, who, workouts);
  const acwr = plannedAcwr(plan.targets, loads, priorLoads, plan.raceDate);

  const days = dayViews(plan, workouts, new Set(locked), activities, today);
  // Past days the plan left empty hold what the athlete did (a block made while under way).
  const recorded = new Map(
    recordedDays(activities.map(recordedActivity), plan.startDate, lastPast).map((d) => [d.date, d]),
  );
  const assessment = assessPlan(
    { ...plan.input, startCtl: seed.ctl, startAtl: seed.atl, convention, plannedFrom: today },
    plan.targets,
    toPlannedDays(workouts, plan).map((d) =>
      d.date < today && d.sessions.length === 0 ? (recorded.get(d.date) ?? d) : d,
    ),
    projection,
  );
  const weeks: PlanWeekView[] = plan.targets.map((target, i) => {
    const dates = weekDates(weekStarts[i]!, plan.raceDate);
    const facts = assessment.facts[i]!;
    const started = dates[0]! < today;
    const done = activities.filter((a) => a.localDate >= dates[0]! && a.localDate <= dates.at(-1)!);
    // The same days as the week's planned load: the race itself is not training volume.
    const training = new Set(dates.filter((date) => date !== plan.raceDate));
    const planned = workouts
      .filter((w) => training.has(w.date))
      .map((w) => ({ sport: w.sport, meters: w.plannedMeters }));
    const projected = projection.weeks[i]!;
    return {
      ...target,
      plannedLoad: facts.load,
      plannedHours: facts.hours,
      targetDistanceKm: distanceKmBySport(planned),
      projectedCtl: projected.projectedCtl,
      projectedTsb: projected.projectedTsb,
      actualLoad: started ? done.reduce((sum, a) => sum + (a.load ?? 0), 0) : null,
      actualHours: started ? done.reduce((sum, a) => sum + a.seconds, 0) / 3600 : null,
      done: dates.at(-1)! < today,
      acwr: acwr[i] === null || acwr[i] === undefined ? null : Math.round(acwr[i]! * 100) / 100,
      actualDistanceKm: started ? distanceKmBySport(done) : null,
    };
  });

  return {
    id: plan.id,
    athleteId: plan.athleteId,
    athleteName: who.athlete.name,
    name: plan.name,
    raceName: plan.raceName,
    raceDate: plan.raceDate,
    raceType: plan.raceType,
    startDate: plan.startDate,
    status: plan.status,
    today,
    settings: {
      pattern: plan.input.pattern,
      guardrails: plan.input.guardrails,
      availability: plan.input.availability,
      longSessionDay: plan.input.longSessionDay,
      tsbWindow: plan.input.tsbWindow,
      targetRaceCtl: plan.input.targetRaceCtl ?? null,
      startCtl: seed.ctl,
      startAtl: seed.atl,
      fromHistory: plan.input.fromHistory ?? [],
      baseline: plan.input.baseline
        ? {
            weekLoad: plan.input.baseline.weekLoad,
            weekHours: plan.input.baseline.weekHours,
            normalWeeks: plan.input.baseline.normalWeeks,
            skippedWeeks: plan.input.baseline.skippedWeeks,
          }
        : null,
      races: [...(plan.input.races ?? [])],
      sportShare: plan.input.sportShare ?? null,
    },
    feasible: assessment.feasible,
    reasons: assessment.reasons,
    weeks,
    raceDay: projection.raceDay,
    days,
    projection: projection.days,
    changes,
  };
}

/** The last day whose load is recorded rather than planned: yesterday, or race day once the plan is over. */
function lastRecordedDay(plan: PlanRecord, today: string): string {
  return addDays(today, -1) < plan.raceDate ? addDays(today, -1) : plan.raceDate;
}

/**
 * The plan's fitness projection: the athlete's real loads up to yesterday and the planned loads from today
 * on, from their CTL and ATL on the eve of the plan, in their PMC convention; with the loads recorded in the
 * 21 days before the plan, which its first weeks' ACWR reads.
 */
export async function projectPlan(
  ctx: ServiceContext,
  plan: PlanRecord,
  { today, convention }: PlanningAthlete,
  workouts: readonly PlannedWorkoutRecord[],
) {
  const lastPast = lastRecordedDay(plan, today);
  const priorFrom = addDays(plan.startDate, -ACWR_PRIOR_DAYS);
  const recorded =
    lastPast >= priorFrom ? await listPmcDays(ctx.db, plan.athleteId, { from: priorFrom, to: lastPast }) : [];
  const loads: Record<string, number> = {};
  // Days before the plan not recorded yet (it starts later) count as the planner counted them: normal training.
  const priorLoads = Array.from({ length: ACWR_PRIOR_DAYS }, (_, i) =>
    addDays(priorFrom, i) >= today ? (plan.input.baseline?.priorDailyLoads[i] ?? 0) : 0,
  );
  for (const w of workouts) if (w.date >= today) loads[w.date] = (loads[w.date] ?? 0) + w.plannedLoad;
  for (const d of recorded) {
    if (d.date >= plan.startDate) loads[d.date] = d.load;
    else priorLoads[daysBetween(priorFrom, d.date)] = d.load;
  }

  const seed = await fitnessAtEndOf(ctx, plan.athleteId, addDays(plan.startDate, -1), convention);
  const weekStarts = blockWeekStarts(plan.raceDate, plan.weeks);
  const projection = projectLoads(loads, weekStarts, {
    raceDate: plan.raceDate,
    startCtl: seed.ctl,
    startAtl: seed.atl,
    convention,
  });
  return { seed, weekStarts, projection, loads, priorLoads };
}

export function toPlannedDays(
  workouts: readonly PlannedWorkoutRecord[],
  plan: Pick<PlanRecord, 'startDate' | 'raceDate'>,
): PlannedDay[] {
  const byDate = new Map<string, PlannedDay>();
  for (let date = plan.startDate; date <= plan.raceDate; date = addDays(date, 1))
    byDate.set(date, { date, sessions: [] });
  for (const w of workouts) {
    byDate.get(w.date)?.sessions.push({
      libraryKey: w.libraryKey,
      definition: w.definition,
      plannedSeconds: w.plannedSeconds,
      plannedMeters: w.plannedMeters,
      plannedLoad: w.plannedLoad,
      bandSeconds: w.bandSeconds,
      hard: w.hard,
    });
  }
  return [...byDate.values()];
}

function dayViews(
  plan: PlanRecord,
  workouts: readonly PlannedWorkoutRecord[],
  locked: ReadonlySet<string>,
  activities: readonly PlanActivity[],
  today: string,
): PlanDayView[] {
  const past = workouts.filter((w) => w.date < today);
  const matches = matchActivitiesToPlan(
    past.map((w) => ({ id: w.id, date: w.date, sport: w.sport, seconds: w.plannedSeconds })),
    activities.map((a) => ({ id: a.id, date: a.localDate, sport: a.sport, seconds: a.seconds })),
  );
  const activityById = new Map(activities.map((a) => [a.id, a]));
  const matchedActivities = new Set(matches.values());

  const days = new Map<string, PlanDayView>();
  for (let date = plan.startDate; date <= plan.raceDate; date = addDays(date, 1)) {
    days.set(date, { date, locked: locked.has(date), workouts: [], unplanned: [] });
  }
  for (const w of workouts) {
    const activityId = matches.get(w.id);
    const activity = activityId === undefined ? undefined : activityById.get(activityId);
    const view: PlannedWorkoutView = {
      id: w.id,
      date: w.date,
      name: w.name,
      sport: w.sport,
      category: w.category,
      plannedSeconds: w.plannedSeconds,
      plannedMeters: w.plannedMeters,
      plannedLoad: w.plannedLoad,
      hard: w.hard,
      origin: w.origin,
      libraryKey: w.libraryKey,
      definition: w.definition,
      actual: activity
        ? { activityId: activity.id, name: activity.name, seconds: activity.seconds, load: activity.load }
        : null,
      compliance:
        w.date >= today
          ? null
          : activity
            ? sessionCompliance({ seconds: w.plannedSeconds, load: w.plannedLoad }, activity)
            : missedCompliance(w.plannedSeconds),
    };
    days.get(w.date)?.workouts.push(view);
  }
  for (const a of activities) {
    if (matchedActivities.has(a.id)) continue;
    days
      .get(a.localDate)
      ?.unplanned.push({ activityId: a.id, name: a.name, sport: a.sport, seconds: a.seconds, load: a.load });
  }
  return [...days.values()];
}
