import { sql } from 'kysely';
import type { AthleteEvent } from '../../../common/contract';
import type { EventKind } from '../../../common/domain/events/event-kinds';
import type { Sport } from '../../../common/domain/sports';
import type { WorkoutCategory } from '../../../common/domain/workouts/workout-schema';
import type { ActivityInput, NoteInput, PmcRuleDay } from '../../../common/domain/anomalies/types';
import type { WellnessReading } from '../../../common/domain/wellness/wellness-markers';
import { precompiled } from '../precompiled-query';
import type { Db } from '../schema';
import type { PlannedSessionFacts } from './planned-workouts';

/**
 * Reads behind the anomaly rules that no other feature needs. The rules run over the whole roster after
 * each import or edit, so each read takes every athlete's window at once — one statement per kind of
 * data, not one per athlete — and selects only the columns the rules look at: the two performance
 * markers come straight out of the stored analysis JSON (so no curve is parsed in JavaScript), the
 * morning readings without the rest of a wellness day, the PMC days without what only the roster and
 * the load refresh read.
 */

/** One athlete's days the rules read, both ends included. */
export interface RuleWindow {
  athleteId: number;
  from: string;
  to: string;
}

/** What the rules read, by athlete; an athlete with nothing in their window has an empty list. */
export type ByAthlete<T> = Map<number, T[]>;

/**
 * The windows as a table `w` to join the data to, each athlete over their own days (their "today"
 * follows their time zone). Passed as one JSON parameter, so one prepared statement serves any roster.
 */
function windowTable(windows: string) {
  return sql<{ athlete_id: number; from_date: string; to_date: string }>`(
    SELECT json_extract(value, '$.athleteId') AS athlete_id, json_extract(value, '$.from') AS from_date, json_extract(value, '$.to') AS to_date
    FROM json_each(${windows})
  )`.as('w');
}

const windowsParam = (windows: readonly RuleWindow[]) => ({ windows: JSON.stringify(windows) });

function byAthlete<R extends { athlete_id: number }, T>(
  windows: readonly RuleWindow[],
  rows: readonly R[],
  map: (row: R) => T,
): ByAthlete<T> {
  const grouped: ByAthlete<T> = new Map(windows.map((w) => [w.athleteId, []]));
  for (const row of rows) grouped.get(row.athlete_id)!.push(map(row));
  return grouped;
}

/** Activities in each window, in the order they were done, with their notes. */
export async function listRuleActivities(
  db: Db,
  windows: readonly RuleWindow[],
): Promise<ByAthlete<ActivityInput & { notes: string }>> {
  const rows = await RULE_ACTIVITIES.run(db, windowsParam(windows));
  return byAthlete(windows, rows, (r) => ({
    id: r.id,
    date: r.local_date,
    sport: r.sport as Sport,
    durationSeconds: r.timer_seconds,
    load: r.load,
    rpe: r.rpe,
    efficiencyFactor: r.ef,
    best20MinPower: r.best20,
    notes: r.notes,
  }));
}

// Precompiled, like every read here: Kysely's per-call compile would cost more than SQLite takes to answer.
const RULE_ACTIVITIES = precompiled((db, p: { windows: string }) =>
  db
    .selectFrom(windowTable(p.windows))
    .innerJoin('activities as a', (join) =>
      join
        .onRef('a.athlete_id', '=', 'w.athlete_id')
        .onRef('a.local_date', '>=', 'w.from_date')
        .onRef('a.local_date', '<=', 'w.to_date'),
    )
    .select([
      'a.athlete_id',
      'a.id',
      'a.local_date',
      'a.sport',
      'a.timer_seconds',
      'a.load',
      'a.rpe',
      'a.notes',
      'a.efficiency_factor as ef',
      'a.best_20min_power as best20',
    ])
    .orderBy('a.athlete_id')
    .orderBy('a.local_date')
    .orderBy('a.start_time'),
);

/** PMC rows in each window, oldest first. */
export async function listRulePmcRows(db: Db, windows: readonly RuleWindow[]): Promise<ByAthlete<PmcRuleDay>> {
  const rows = await RULE_PMC_ROWS.run(db, windowsParam(windows));
  return byAthlete(windows, rows, (r) => ({
    date: r.date,
    ctl: r.ctl,
    atl: r.atl,
    tsb: r.tsb,
    ramp: r.ramp,
    acwrEwma: r.acwr_ewma,
    chronicEwma: r.chronic_ewma,
    monotony: r.monotony,
    strain: r.strain,
  }));
}

const RULE_PMC_ROWS = precompiled((db, p: { windows: string }) =>
  db
    .selectFrom(windowTable(p.windows))
    .innerJoin('daily_load as d', (join) =>
      join
        .onRef('d.athlete_id', '=', 'w.athlete_id')
        .onRef('d.date', '>=', 'w.from_date')
        .onRef('d.date', '<=', 'w.to_date'),
    )
    .select([
      'd.athlete_id',
      'd.date',
      'd.ctl',
      'd.atl',
      'd.tsb',
      'd.ramp',
      'd.acwr_ewma',
      'd.chronic_ewma',
      'd.monotony',
      'd.strain',
    ])
    .orderBy('d.athlete_id')
    .orderBy('d.date'),
);

/** The morning markers (HRV, resting HR, sleep) of each window, oldest first. */
export async function listRuleMorningMarkers(
  db: Db,
  windows: readonly RuleWindow[],
): Promise<ByAthlete<WellnessReading>> {
  const rows = await RULE_MORNING_MARKERS.run(db, windowsParam(windows));
  return byAthlete(windows, rows, (r) => ({
    date: r.date,
    hrvRmssd: r.hrv_rmssd,
    restingHr: r.resting_hr,
    sleepHours: r.sleep_hours,
  }));
}

const RULE_MORNING_MARKERS = precompiled((db, p: { windows: string }) =>
  db
    .selectFrom(windowTable(p.windows))
    .innerJoin('wellness as v', (join) =>
      join
        .onRef('v.athlete_id', '=', 'w.athlete_id')
        .onRef('v.date', '>=', 'w.from_date')
        .onRef('v.date', '<=', 'w.to_date'),
    )
    .select(['v.athlete_id', 'v.date', 'v.hrv_rmssd', 'v.resting_hr', 'v.sleep_hours'])
    .orderBy('v.athlete_id')
    .orderBy('v.date'),
);

/** Notes written in the app and notes on wellness days, oldest first (activity notes come with the activities). */
export async function listWrittenNotes(db: Db, windows: readonly RuleWindow[]): Promise<ByAthlete<NoteInput>> {
  const params = windowsParam(windows);
  const notes = byAthlete(windows, await WRITTEN_NOTES.run(db, params), (n): NoteInput => ({
    ref: `note:${n.id}`,
    date: n.date,
    source: n.author,
    text: n.text,
  }));
  const wellness = byAthlete(windows, await WELLNESS_NOTES.run(db, params), (w): NoteInput => ({
    ref: `wellness:${w.date}`,
    date: w.date,
    source: 'wellness',
    text: w.note!,
  }));
  return new Map(
    windows.map((w) => [
      w.athleteId,
      [...notes.get(w.athleteId)!, ...wellness.get(w.athleteId)!].sort((a, b) => a.date.localeCompare(b.date)),
    ]),
  );
}

const WRITTEN_NOTES = precompiled((db, p: { windows: string }) =>
  db
    .selectFrom(windowTable(p.windows))
    .innerJoin('notes as n', (join) =>
      join
        .onRef('n.athlete_id', '=', 'w.athlete_id')
        .onRef('n.date', '>=', 'w.from_date')
        .onRef('n.date', '<=', 'w.to_date'),
    )
    .select(['n.athlete_id', 'n.id', 'n.date', 'n.author', 'n.text'])
    .orderBy('n.athlete_id')
    .orderBy('n.date')
    .orderBy('n.id'),
);

const WELLNESS_NOTES = precompiled((db, p: { windows: string }) =>
  db
    .selectFrom(windowTable(p.windows))
    .innerJoin('wellness as v', (join) =>
      join
        .onRef('v.athlete_id', '=', 'w.athlete_id')
        .onRef('v.date', '>=', 'w.from_date')
        .onRef('v.date', '<=', 'w.to_date'),
    )
    .select(['v.athlete_id', 'v.date', 'v.note'])
    .where('v.note', 'is not', null)
    .where('v.note', '!=', '')
    .orderBy('v.athlete_id')
    .orderBy('v.date'),
);

/**
 * The sessions in each window of the plan findCurrentPlan would return as of the window's last day (its
 * "today"). The rules read no workout definitions: reading the whole plan cost more than all the rules.
 */
export async function listRulePlannedSessions(
  db: Db,
  windows: readonly RuleWindow[],
): Promise<ByAthlete<PlannedSessionFacts>> {
  const rows = await RULE_PLANNED_SESSIONS.run(db, windowsParam(windows));
  return byAthlete(windows, rows, (r) => ({
    id: r.id,
    date: r.date,
    name: r.name,
    sport: r.sport as Sport,
    category: r.category as WorkoutCategory,
    plannedSeconds: r.planned_seconds,
    plannedLoad: r.planned_load,
  }));
}

const RULE_PLANNED_SESSIONS = precompiled((db, p: { windows: string }) =>
  db
    .selectFrom(windowTable(p.windows))
    .innerJoin('planned_workouts as pw', (join) =>
      join
        .on('pw.plan_id', '=', (eb) =>
          eb
            .selectFrom('plans')
            .select('plans.id')
            .whereRef('plans.athlete_id', '=', 'w.athlete_id')
            .where('plans.status', '=', 'active')
            .whereRef('plans.start_date', '<=', 'w.to_date')
            .whereRef('plans.race_date', '>=', 'w.to_date')
            .orderBy('plans.race_date')
            .orderBy('plans.id')
            .limit(1),
        )
        .onRef('pw.date', '>=', 'w.from_date')
        .onRef('pw.date', '<=', 'w.to_date'),
    )
    .select([
      'w.athlete_id',
      'pw.id',
      'pw.date',
      'pw.name',
      'pw.sport',
      'pw.category',
      'pw.planned_seconds',
      'pw.planned_load',
    ])
    .orderBy('w.athlete_id')
    .orderBy('pw.date')
    .orderBy('pw.position')
    .orderBy('pw.id'),
);

/** Logged events still running or ended within each window, latest start first. */
export async function listRuleEvents(
  db: Db,
  windows: readonly RuleWindow[],
): Promise<ByAthlete<Pick<AthleteEvent, 'kind' | 'startDate' | 'endDate' | 'title'>>> {
  const rows = await RULE_EVENTS.run(db, windowsParam(windows));
  return byAthlete(windows, rows, (r) => ({
    kind: r.kind as EventKind,
    startDate: r.start_date,
    endDate: r.end_date,
    title: r.title,
  }));
}

const RULE_EVENTS = precompiled((db, p: { windows: string }) =>
  db
    .selectFrom(windowTable(p.windows))
    .innerJoin('events as e', 'e.athlete_id', 'w.athlete_id')
    .select(['e.athlete_id', 'e.kind', 'e.start_date', 'e.end_date', 'e.title'])
    .where((eb) => eb(eb.fn.coalesce('e.end_date', 'e.start_date'), '>=', eb.ref('w.from_date')))
    .orderBy('e.athlete_id')
    .orderBy('e.start_date', 'desc')
    .orderBy('e.id', 'desc'),
);

/** Episodes the coach tagged with a cause when resolving them, dated within each window: context for later findings ("HRV dip during travel"). */
export async function listRuleTaggedCauses(
  db: Db,
  windows: readonly RuleWindow[],
): Promise<ByAthlete<{ cause: string; from: string; to: string; reason: string }>> {
  const rows = await RULE_TAGGED_CAUSES.run(db, windowsParam(windows));
  return byAthlete(windows, rows, (r) => ({ cause: r.cause!, from: r.episode_start, to: r.date, reason: r.reason }));
}

const RULE_TAGGED_CAUSES = precompiled((db, p: { windows: string }) =>
  db
    .selectFrom(windowTable(p.windows))
    .innerJoin('anomalies as an', 'an.athlete_id', 'w.athlete_id')
    .select(['an.athlete_id', 'an.cause', 'an.episode_start', 'an.date', 'an.reason'])
    .where('an.state', '=', 'resolved')
    .where('an.cause', 'is not', null)
    .whereRef('an.date', '>=', 'w.from_date')
    .orderBy('an.athlete_id')
    .orderBy('an.id'),
);

/** Every note in the range, including activity notes, newest first — the context shown beside an anomaly. */
export async function listContextNotes(db: Db, athleteId: number, from: string, to: string): Promise<NoteInput[]> {
  const activities = await db
    .selectFrom('activities')
    .select(['id', 'local_date', 'notes'])
    .where('athlete_id', '=', athleteId)
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .where('notes', '!=', '')
    .execute();
  return [
    ...(await listWrittenNotes(db, [{ athleteId, from, to }])).get(athleteId)!,
    ...activities.map((a): NoteInput => ({
      ref: `activity:${a.id}`,
      date: a.local_date,
      source: 'activity',
      text: a.notes,
    })),
  ].sort((a, b) => b.date.localeCompare(a.date));
}

/** Changes to the athlete's plans made at or after `fromIso`, newest first. */
export async function listAthletePlanChanges(db: Db, athleteId: number, fromIso: string) {
  const rows = await db
    .selectFrom('plan_changes')
    .innerJoin('plans', 'plans.id', 'plan_changes.plan_id')
    .select([
      'plan_changes.id',
      'plan_changes.plan_id',
      'plans.name as plan_name',
      'plan_changes.at',
      'plan_changes.actor',
      'plan_changes.kind',
      'plan_changes.week_index',
      'plan_changes.summary',
      'plan_changes.reason',
    ])
    .where('plans.athlete_id', '=', athleteId)
    .where('plan_changes.at', '>=', fromIso)
    .where('plan_changes.kind', '!=', 'create')
    .orderBy('plan_changes.at', 'desc')
    .orderBy('plan_changes.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    planName: r.plan_name,
    at: r.at,
    actor: r.actor as 'coach' | 'generator' | 'suggestion',
    kind: r.kind,
    weekIndex: r.week_index,
    summary: r.summary,
    reason: r.reason,
  }));
}
