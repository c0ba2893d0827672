import type { RosterRow } from '../../common/contract';
import { addDays, daysBetween } from '../../common/domain/dates';
import { recentCompliance } from '../../common/domain/planner/compliance';
import { listActivitiesOfAthletesBetween } from '../db/repositories/plan-activities';
import { listPlannedBetween } from '../db/repositories/planned-workouts';
import { listUpcomingPlans, type PlanRecord } from '../db/repositories/plans';
import { listUpcomingRaceEvents } from '../db/repositories/events';
import type { ServiceContext } from './context';

export type RosterPlanColumns = Pick<RosterRow, 'nextRace' | 'plan' | 'compliance'>;

const COMPLIANCE_DAYS = 7;
const NONE: RosterPlanColumns = { nextRace: null, plan: null, compliance: null };

/**
 * The roster's planner columns for every athlete at once — next race, plan phase, last week's
 * compliance — in four queries whatever the roster's size (athletes without plans cost nothing more).
 */
export async function loadRosterPlanColumns(
  ctx: ServiceContext,
  athletes: readonly { id: number; today: string }[],
): Promise<Map<number, RosterPlanColumns>> {
  const result = new Map<number, RosterPlanColumns>();
  if (athletes.length === 0) return result;
  const todays = new Map(athletes.map((a) => [a.id, a.today]));
  const earliestToday = athletes.reduce((min, a) => (a.today < min ? a.today : min), athletes[0]!.today);
  const latestToday = athletes.reduce((max, a) => (a.today > max ? a.today : max), athletes[0]!.today);

  const activePlan = new Map<number, PlanRecord>();
  for (const plan of await listUpcomingPlans(ctx.db, earliestToday)) {
    const today = todays.get(plan.athleteId);
    if (today !== undefined && plan.raceDate >= today && !activePlan.has(plan.athleteId))
      activePlan.set(plan.athleteId, plan);
  }
  const raceEvents = new Map<number, { date: string; title: string }>();
  for (const event of await listUpcomingRaceEvents(ctx.db, earliestToday)) {
    const today = todays.get(event.athleteId);
    if (today !== undefined && event.date >= today && !raceEvents.has(event.athleteId))
      raceEvents.set(event.athleteId, event);
  }

  const windowStart = addDays(earliestToday, -COMPLIANCE_DAYS);
  const planned = await listPlannedBetween(
    ctx.db,
    [...activePlan.values()].map((p) => p.id),
    windowStart,
    latestToday,
  );
  const done = await listActivitiesOfAthletesBetween(ctx.db, [...activePlan.keys()], windowStart, latestToday);

  for (const { id, today } of athletes) {
    const plan = activePlan.get(id);
    const event = raceEvents.get(id);
    if (!plan && !event) {
      result.set(id, NONE);
      continue;
    }
    const race =
      plan && (!event || plan.raceDate <= event.date)
        ? { date: plan.raceDate, name: plan.raceName || plan.name, planId: plan.id }
        : { date: event!.date, name: event!.title, planId: null };
    const from = addDays(today, -COMPLIANCE_DAYS);
    const inWindow = (date: string) => date >= from && date < today;
    result.set(id, {
      nextRace: { ...race, daysAway: daysBetween(today, race.date) },
      plan: plan ? planPosition(plan, today) : null,
      compliance: plan
        ? recentCompliance(
            planned.filter((p) => p.planId === plan.id && p.date >= plan.startDate && inWindow(p.date)),
            done.filter((d) => d.athleteId === id && inWindow(d.date)),
            COMPLIANCE_DAYS,
          )
        : null,
    });
  }
  return result;
}

function planPosition(plan: PlanRecord, today: string): NonNullable<RosterRow['plan']> {
  if (today < plan.startDate) return { id: plan.id, weekIndex: null, weeks: plan.weeks, phase: null, recovery: false };
  const week = plan.targets[Math.min(Math.floor(daysBetween(plan.startDate, today) / 7), plan.targets.length - 1)]!;
  return { id: plan.id, weekIndex: week.index, weeks: plan.weeks, phase: week.phase, recovery: week.recovery };
}
