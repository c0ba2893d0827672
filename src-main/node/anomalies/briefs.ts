import type { CallBrief, InjuryView, UpcomingSession } from '../../common/contract';
import type { KeyNumber } from '../../common/domain/briefs/key-numbers';
import { addDays } from '../../common/domain/dates';
import { raceNameWithPriority } from '../../common/domain/events/race-details';
import { formatDate } from '../../common/format';
import { recentCompliance } from '../../common/domain/planner/compliance';
import { listAnomalies } from '../db/repositories/anomalies';
import { listAthletePlanChanges, listContextNotes } from '../db/repositories/anomaly-inputs';
import { findCallSchedule, insertCall, saveCallSchedule } from '../db/repositories/calls';
import { listPmcDays } from '../db/repositories/pmc-days';
import { listInjuries } from '../db/repositories/injuries';
import { listActivitiesBetween } from '../db/repositories/plan-activities';
import { listPlannedWorkouts } from '../db/repositories/planned-workouts';
import { listUpcomingPlans } from '../db/repositories/plans';
import { listUpcomingRaceEvents } from '../db/repositories/events';
import { listWellness } from '../db/repositories/wellness';
import type { Db } from '../db/schema';
import type { ServiceContext } from '../services/context';
import { getAthlete } from '../services/athletes';
import { athleteToday } from '../services/analytics';
import { callStatusOf } from '../../common/domain/briefs/call-status';
import { ensureAnomaliesFresh } from './freshness';
import { toView } from './inbox';

/** Without a previous call the brief covers the last two weeks. */
const DEFAULT_SINCE_DAYS = 14;
const UPCOMING_DAYS = 14;
/** Wellness numbers are 7-day means: single mornings are too noisy to compare between calls. */
const WELLNESS_MEAN_DAYS = 7;

/** Everything for the next call with one athlete, on one page. */
export async function getCallBrief(ctx: ServiceContext, athleteId: number): Promise<CallBrief> {
  const athlete = await getAthlete(ctx, athleteId);
  await ensureAnomaliesFresh(ctx);
  const today = await athleteToday(ctx, athleteId);
  const schedule = await findCallSchedule(ctx.db, athleteId);
  const since = schedule.lastCall ?? addDays(today, -DEFAULT_SINCE_DAYS);
  const status = callStatusOf(schedule, today);

  const anomalies = (await listAnomalies(ctx.db, { athleteId, states: ['open', 'acknowledged'] })).map(toView);
  const injuries = (await listInjuries(ctx.db, athleteId)).filter(
    (i) => i.status !== 'resolved' || (i.resolvedOn ?? '') >= since,
  );
  const notes = await listContextNotes(ctx.db, athleteId, since, today);
  const plan = (await listUpcomingPlans(ctx.db, today)).find((p) => p.athleteId === athleteId) ?? null;
  const planned = plan ? await listPlannedWorkouts(ctx.db, plan.id) : [];
  const upcoming: UpcomingSession[] = planned
    .filter((w) => w.date >= today && w.date < addDays(today, UPCOMING_DAYS))
    .map((w) => ({
      date: w.date,
      name: w.name,
      sport: w.sport,
      plannedSeconds: w.plannedSeconds,
      plannedLoad: w.plannedLoad,
    }));
  const done = await listActivitiesBetween(ctx.db, athleteId, since, today);
  const plannedSince = planned
    .filter((w) => w.date >= since && w.date < today)
    .map((w) => ({ id: w.id, date: w.date, sport: w.sport, seconds: w.plannedSeconds }));
  const loggedRaces = (await listUpcomingRaceEvents(ctx.db, today))
    .filter((e) => e.athleteId === athleteId)
    .map((e) => ({ date: e.date, name: e.title, priority: e.priority }));
  const races = [
    ...(plan
      ? [
          {
            date: plan.raceDate,
            name: plan.raceName || plan.name,
            priority: loggedRaces.find((r) => r.date === plan.raceDate)?.priority ?? null,
          },
        ]
      : []),
    ...loggedRaces,
  ]
    .filter((r, i, all) => all.findIndex((o) => o.date === r.date) === i)
    .sort((a, b) => a.date.localeCompare(b.date));

  const brief: Omit<CallBrief, 'agenda' | 'agendaSaved'> = {
    athlete: { id: athlete.id, name: athlete.name },
    today,
    since,
    lastCall: schedule.lastCall,
    cadenceDays: schedule.cadenceDays,
    nextCallDue: status.nextCallDue,
    keyNumbers: await keyNumbers(ctx.db, athleteId, since, today),
    anomalies,
    injuries,
    notes,
    planChanges: await listAthletePlanChanges(ctx.db, athleteId, `${since}T00:00:00`),
    compliance: recentCompliance(
      plannedSince,
      done.map((d) => ({ id: d.id, date: d.localDate, sport: d.sport, seconds: d.seconds })),
      Math.max(1, Math.round((Date.parse(today) - Date.parse(since)) / 86_400_000)),
    ),
    upcoming,
    races,
  };
  const saved = schedule.agenda.trim() !== '';
  return { ...brief, agenda: saved ? schedule.agenda : draftAgenda(brief), agendaSaved: saved };
}

async function keyNumbers(db: Db, athleteId: number, since: string, today: string): Promise<KeyNumber[]> {
  const pmc = await listPmcDays(db, athleteId, { from: since, to: today });
  const atSince = pmc.find((d) => d.date === since) ?? null;
  const now = pmc.find((d) => d.date === today) ?? null;
  const wellness = await listWellness(db, athleteId, addDays(since, -(WELLNESS_MEAN_DAYS - 1)), today);
  const meanOf = (end: string, pick: (w: (typeof wellness)[number]) => number | null): number | null => {
    const start = addDays(end, -(WELLNESS_MEAN_DAYS - 1));
    const values = wellness
      .filter((w) => w.date >= start && w.date <= end)
      .map(pick)
      .filter((v): v is number => v !== null);
    return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
  };
  const row = (
    label: string,
    unit: string,
    direction: KeyNumber['direction'],
    nowValue: number | null,
    then: number | null,
  ): KeyNumber => ({
    label,
    unit,
    direction,
    now: nowValue,
    atLastCall: then,
  });
  return [
    row('Fitness (CTL)', 'TSS/d', 'up-good', now?.ctl ?? null, atSince?.ctl ?? null),
    row('Fatigue (ATL)', 'TSS/d', 'neutral', now?.atl ?? null, atSince?.atl ?? null),
    row('Form (TSB)', 'TSS/d', 'neutral', now?.tsb ?? null, atSince?.tsb ?? null),
    row('Ramp (CTL change in 7 days)', 'TSS/d per week', 'neutral', now?.ramp ?? null, atSince?.ramp ?? null),
    row(
      'HRV, 7-day mean rMSSD',
      'ms',
      'up-good',
      meanOf(today, (w) => w.hrvRmssd),
      meanOf(since, (w) => w.hrvRmssd),
    ),
    row(
      'Resting HR, 7-day mean',
      'bpm',
      'up-bad',
      meanOf(today, (w) => w.restingHr),
      meanOf(since, (w) => w.restingHr),
    ),
    row(
      'Sleep, 7-day mean',
      'h',
      'up-good',
      meanOf(today, (w) => w.sleepHours),
      meanOf(since, (w) => w.sleepHours),
    ),
  ];
}

/** A starting agenda the coach edits: what the brief says needs talking about, most pressing first. */
function draftAgenda(brief: Omit<CallBrief, 'agenda' | 'agendaSaved'>): string {
  const lines: string[] = [];
  for (const a of brief.anomalies) lines.push(`- ${a.ruleLabel}: ${a.reason}`);
  for (const i of brief.injuries.filter((i) => i.status !== 'resolved'))
    lines.push(`- Injury check: ${injuryLabel(i)}, ${i.severity}/10, ${i.status}`);
  if (brief.compliance && brief.compliance.colour !== 'green')
    lines.push(`- Plan vs done: ${brief.compliance.explanation}`);
  for (const r of brief.races.slice(0, 1))
    lines.push(`- Next race: ${raceNameWithPriority(r.name, r.priority)} on ${formatDate(r.date)}`);
  lines.push('- Next two weeks: confirm availability and travel');
  return lines.join('\n');
}

export function injuryLabel(i: Pick<InjuryView, 'bodyPart' | 'side'>): string {
  return i.side ? `${i.bodyPart}, ${i.side}` : i.bodyPart;
}

export async function saveAgenda(ctx: ServiceContext, athleteId: number, agenda: string): Promise<CallBrief> {
  await getAthlete(ctx, athleteId);
  await saveCallSchedule(ctx.db, athleteId, { agenda });
  ctx.events.emit({ type: 'data.changed', scope: 'calls', athleteId });
  return getCallBrief(ctx, athleteId);
}

export async function setCallCadence(
  ctx: ServiceContext,
  athleteId: number,
  cadenceDays: number | null,
): Promise<CallBrief> {
  await getAthlete(ctx, athleteId);
  await saveCallSchedule(ctx.db, athleteId, { cadenceDays });
  ctx.events.emit({ type: 'data.changed', scope: 'calls', athleteId });
  return getCallBrief(ctx, athleteId);
}

/** The call happened: it is recorded with the agenda as discussed, and the next agenda starts empty. */
export async function markCallHeld(ctx: ServiceContext, athleteId: number, date: string): Promise<CallBrief> {
  const brief = await getCallBrief(ctx, athleteId);
  await ctx.db.transaction().execute(async (trx) => {
    await insertCall(trx, athleteId, date, brief.agenda, ctx.now().toISOString());
    await saveCallSchedule(trx, athleteId, { agenda: '' });
  });
  ctx.events.emit({ type: 'data.changed', scope: 'calls', athleteId });
  return getCallBrief(ctx, athleteId);
}
