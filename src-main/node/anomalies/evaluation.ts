import { addDays } from '../../common/domain/dates';
import { evaluateAnomalies } from '../../common/domain/anomalies/evaluate';
import type {
  AnomalyInput,
  ContextKind,
  ContextPeriod,
  PlannedSessionInput,
  RuleSettings,
} from '../../common/domain/anomalies/types';
import { CONTEXT_KINDS } from '../../common/domain/anomalies/types';
import { matchActivitiesToPlan } from '../../common/domain/planner/compliance';
import { saveFindings } from '../db/repositories/anomalies';
import { listActiveAthleteIds } from '../db/repositories/athletes';
import {
  listRuleActivities,
  listRuleEvents,
  listRuleMorningMarkers,
  listRulePlannedSessions,
  listRulePmcRows,
  listRuleTaggedCauses,
  listWrittenNotes,
  type RuleWindow,
} from '../db/repositories/anomaly-inputs';
import type { PlannedSessionFacts } from '../db/repositories/planned-workouts';
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

/** One athlete to evaluate: whose, up to which day, with which thresholds. */
export interface EvaluationTarget {
  athleteId: number;
  today: string;
  settings: RuleSettings;
}

/** The days the rules read for `today`: the raise window and the history before it. */
function ruleWindowOf(athleteId: number, today: string): RuleWindow & { raiseFrom: string } {
  const raiseFrom = addDays(today, -(RAISE_WINDOW_DAYS - 1));
  return { athleteId, from: addDays(raiseFrom, -HISTORY_DAYS), to: today, raiseFrom };
}

/**
 * Gathers everything the rules read about each athlete, from `today − raise window − history` to
 * today: each kind of data is read for the whole list at once, so a roster costs a handful of queries.
 * Each athlete is listed once.
 */
export async function loadAnomalyInputs(db: Db, targets: readonly EvaluationTarget[]): Promise<AnomalyInput[]> {
  const windows = targets.map((t) => ruleWindowOf(t.athleteId, t.today));
  const activities = await listRuleActivities(db, windows);
  const written = await listWrittenNotes(db, windows);
  const pmc = await listRulePmcRows(db, windows);
  const wellness = await listRuleMorningMarkers(db, windows);
  const planned = await listRulePlannedSessions(db, windows);
  const events = await listRuleEvents(db, windows);
  const tagged = await listRuleTaggedCauses(db, windows);
  return targets.map((t, i): AnomalyInput => {
    const { athleteId, today, settings } = t;
    const athleteActivities = activities.get(athleteId)!;
    const activityNotes = athleteActivities
      .filter((a) => a.notes.trim() !== '')
      .map((a) => ({ ref: `activity:${a.id}`, date: a.date, source: 'activity' as const, text: a.notes }));
    return {
      athleteId,
      today,
      raiseFrom: windows[i]!.raiseFrom,
      pmc: pmc.get(athleteId)!,
      wellness: wellness.get(athleteId)!,
      activities: athleteActivities,
      notes: [...written.get(athleteId)!, ...activityNotes].sort((a, b) => a.date.localeCompare(b.date)),
      planned: plannedSessionsOf(planned.get(athleteId)!, athleteActivities),
      context: contextOf(events.get(athleteId)!, tagged.get(athleteId)!),
      settings,
    };
  });
}

/** What the rules read about one athlete; see loadAnomalyInputs. */
export async function loadAnomalyInput(
  db: Db,
  athleteId: number,
  today: string,
  settings: RuleSettings,
): Promise<AnomalyInput> {
  return (await loadAnomalyInputs(db, [{ athleteId, today, settings }]))[0]!;
}

/** The active plan's sessions up to today, each with the activity matched to it (same day and sport). */
function plannedSessionsOf(
  planned: readonly PlannedSessionFacts[],
  activities: readonly { id: number; date: string; sport: string; durationSeconds: number; load: number | null }[],
): PlannedSessionInput[] {
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
function contextOf(
  events: readonly { kind: ContextKind; startDate: string; endDate: string | null; title: string }[],
  tagged: readonly { cause: string; from: string; to: string; reason: string }[],
): ContextPeriod[] {
  return [
    ...events.map((e): ContextPeriod => ({
      kind: e.kind,
      from: e.startDate,
      to: e.endDate,
      title: e.title,
      source: 'event',
    })),
    ...tagged
      .filter((t): t is typeof t & { cause: ContextKind } => (CONTEXT_KINDS as readonly string[]).includes(t.cause))
      .map((t): ContextPeriod => ({
        kind: t.cause,
        from: t.from,
        to: t.to,
        title: `tagged by the coach: ${t.reason}`,
        source: 'tagged-cause',
      })),
  ];
}

/** Re-evaluates every rule for the athletes (all non-archived ones by default) and stores the findings. */
export async function evaluateAthletes(
  ctx: ServiceContext,
  athleteIds?: readonly number[],
): Promise<{ athletes: number; findings: number }> {
  const now = ctx.now();
  // Each athlete once: the roster-wide reads would return a listed athlete's rows once per listing.
  const ids = athleteIds ? [...new Set(athleteIds)] : await listActiveAthleteIds(ctx.db);
  const settings = await ruleSettingsByAthlete(ctx.db);
  const targets: EvaluationTarget[] = [];
  for (const athleteId of ids)
    targets.push({ athleteId, today: await athleteToday(ctx, athleteId), settings: settings.of(athleteId) });
  const results = (await loadAnomalyInputs(ctx.db, targets)).map((input) => ({
    athleteId: input.athleteId,
    raiseFrom: input.raiseFrom,
    today: input.today,
    found: evaluateAnomalies(input),
  }));
  // One transaction for the whole roster: a commit per athlete would cost more than the rules.
  await ctx.db.transaction().execute(async (trx) => {
    for (const r of results) await saveFindings(trx, r.athleteId, r.raiseFrom, r.today, r.found, now.toISOString());
  });
  return { athletes: ids.length, findings: results.reduce((n, r) => n + r.found.length, 0) };
}
