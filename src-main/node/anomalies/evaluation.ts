import { addDays } from '../../common/domain/dates';
import { evaluateAnomalies } from '../../common/domain/anomalies/evaluate';
import type { AnomalyFinding, AnomalyInput, ContextKind, ContextPeriod, PlannedSessionInput, RuleSettings } from '../../common/domain/anomalies/types';
import { CONTEXT_KINDS } from '../../common/domain/anomalies/types';
import { matchActivitiesToPlan } from '../../common/domain/planner/compliance';
import { listTaggedCauses, saveFindings } from '../db/repositories/anomalies';
import { listRuleActivities, listWrittenNotes } from '../db/repositories/anomaly-inputs';
import { listPmcDays } from '../db/repositories/daily-load';
import { listEvents } from '../db/repositories/events';
import { listCurrentPlanSessions } from '../db/repositories/plans';
import { listWellness } from '../db/repositories/wellness';
import type { Db } from '../db/schema';
import type { ServiceContext } from '../services/context';
import { athleteToday } from '../services/analytics';
import { ruleSettingsByAthlete } from './rule-settings';

/** Anomalies are raised for episodes still running or ended within this many days. */
export const RAISE_WINDOW_DAYS = 28;
/** History the rules read before the raise window: the 60-day baselines and the 6-week performance comparison. */
const HISTORY_DAYS = 120;

// A brick is the race-specific session of a triathlon week, so missing one matters like a missed race-pace run.
const KEY_CATEGORIES = new Set(['long', 'threshold', 'vo2max', 'anaerobic', 'race-pace', 'brick', 'test']);

/** Gathers everything the rules read about one athlete, from `today − raise window − history` to today. */
export async function loadAnomalyInput(db: Db, athleteId: number, today: string, settings: RuleSettings): Promise<AnomalyInput> {
  const raiseFrom = addDays(today, -(RAISE_WINDOW_DAYS - 1));
  const from = addDays(raiseFrom, -HISTORY_DAYS);
  const activities = await listRuleActivities(db, athleteId, from, today);
  const written = await listWrittenNotes(db, athleteId, from, today);
  const activityNotes = activities
    .filter((a) => a.notes.trim() !== '')
    .map((a) => ({ ref: `activity:${a.id}`, date: a.date, source: 'activity' as const, text: a.notes }));
  return {
    athleteId,
    today,
    raiseFrom,
    pmc: await listPmcDays(db, athleteId, { from, to: today }),
    wellness: await listWellness(db, athleteId, from, today),
    activities,
    notes: [...written, ...activityNotes].sort((a, b) => a.date.localeCompare(b.date)),
    planned: await loadPlannedSessions(db, athleteId, from, today, activities),
    context: await loadContext(db, athleteId, from),
    settings,
  };
}

/** The active plan's sessions up to today, each with the activity matched to it (same day and sport). */
async function loadPlannedSessions(
  db: Db,
  athleteId: number,
  from: string,
  today: string,
  activities: readonly { id: number; date: string; sport: string; durationSeconds: number; load: number | null }[],
): Promise<PlannedSessionInput[]> {
  const planned = await listCurrentPlanSessions(db, athleteId, from, today);
  if (planned.length === 0) return [];
  const done = activities.map((a) => ({ id: a.id, date: a.date, sport: a.sport, seconds: a.durationSeconds }));
  const matches = matchActivitiesToPlan(
    planned.map((w) => ({ id: w.id, date: w.date, sport: w.sport, seconds: w.plannedSeconds })),
    done,
  );
  const byId = new Map(activities.map((a) => [a.id, a]));
  return planned.map((w) => {
    const activity = byId.get(matches.get(w.id) ?? -1);
    return {
      plannedWorkoutId: w.id,
      date: w.date,
      name: w.name,
      sport: w.sport,
      key: KEY_CATEGORIES.has(w.category),
      plannedSeconds: w.plannedSeconds,
      plannedLoad: w.plannedLoad,
      completedSeconds: activity?.durationSeconds ?? null,
      completedLoad: activity?.load ?? null,
    };
  });
}

/** Logged events and the causes the coach tagged on resolved anomalies. */
async function loadContext(db: Db, athleteId: number, from: string): Promise<ContextPeriod[]> {
  const events = (await listEvents(db, athleteId))
    .filter((e) => (e.endDate ?? e.startDate) >= from)
    .map((e): ContextPeriod => ({ kind: e.kind, from: e.startDate, to: e.endDate, title: e.title, source: 'event' }));
  const tagged = (await listTaggedCauses(db, athleteId, from))
    .filter((t): t is typeof t & { cause: ContextKind } => (CONTEXT_KINDS as readonly string[]).includes(t.cause))
    .map((t): ContextPeriod => ({ kind: t.cause, from: t.from, to: t.to, title: `tagged by the coach: ${t.reason}`, source: 'tagged-cause' }));
  return [...events, ...tagged];
}

/** Re-evaluates every rule for the athletes (all non-archived ones by default) and stores the findings. */
export async function evaluateAthletes(ctx: ServiceContext, athleteIds?: readonly number[]): Promise<{ athletes: number; findings: number }> {
  const now = ctx.now();
  const ids =
    athleteIds ??
    (await ctx.db.selectFrom('athletes').select('id').where('archived_at', 'is', null).execute()).map((r) => r.id);
  const settings = await ruleSettingsByAthlete(ctx.db);
  const results: { athleteId: number; raiseFrom: string; today: string; found: AnomalyFinding[] }[] = [];
  for (const athleteId of ids) {
    const today = await athleteToday(ctx, athleteId);
    const input = await loadAnomalyInput(ctx.db, athleteId, today, settings.of(athleteId));
    results.push({ athleteId, raiseFrom: input.raiseFrom, today, found: evaluateAnomalies(input) });
  }
  // One transaction for the whole roster: a commit per athlete would cost more than the rules.
  await ctx.db.transaction().execute(async (trx) => {
    for (const r of results) await saveFindings(trx, r.athleteId, r.raiseFrom, r.today, r.found, now.toISOString());
  });
  return { athletes: ids.length, findings: results.reduce((n, r) => n + r.found.length, 0) };
}
