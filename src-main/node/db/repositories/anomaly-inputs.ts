import { sql } from 'kysely';
import type { Sport } from '../../../common/contract';
import type { ActivityInput, NoteInput } from '../../../common/domain/anomalies/types';
import { precompiled } from '../precompiled-query';
import type { Db } from '../schema';

/**
 * Reads behind the anomaly rules that no other feature needs: activities with the two performance
 * markers taken straight out of the stored analysis JSON (so no curve is parsed in JavaScript), and the
 * athlete's words from wherever they were written.
 */

const BEST_20_MIN = sql<number | null>`(
  SELECT json_extract(mm.value, '$.value') FROM json_each(activities.metrics, '$.meanMaxPower') AS mm
  WHERE json_extract(mm.value, '$.durationSeconds') = 1200
)`;

export async function listRuleActivities(db: Db, athleteId: number, from: string, to: string): Promise<(ActivityInput & { notes: string })[]> {
  const rows = await RULE_ACTIVITIES.run(db, { athleteId, from, to });
  return rows.map((r) => ({
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

// Precompiled: the rules read these for every athlete after each import, where Kysely's per-call
// compile would cost more than SQLite takes to answer.
const RULE_ACTIVITIES = precompiled((db, p: { athleteId: number; from: string; to: string }) =>
  db
    .selectFrom('activities')
    .select([
      'id',
      'local_date',
      'sport',
      'timer_seconds',
      'load',
      'rpe',
      'notes',
      sql<number | null>`json_extract(metrics, '$.efficiencyFactor')`.as('ef'),
      BEST_20_MIN.as('best20'),
    ])
    .where('athlete_id', '=', p.athleteId)
    .where('local_date', '>=', p.from)
    .where('local_date', '<=', p.to)
    .orderBy('local_date')
    .orderBy('start_time'),
);

/** Notes written in the app and notes on wellness days, oldest first (activity notes come with the activities). */
export async function listWrittenNotes(db: Db, athleteId: number, from: string, to: string): Promise<NoteInput[]> {
  const notes = await WRITTEN_NOTES.run(db, { athleteId, from, to });
  const wellness = await WELLNESS_NOTES.run(db, { athleteId, from, to });
  return [
    ...notes.map((n): NoteInput => ({ ref: `note:${n.id}`, date: n.date, source: n.author, text: n.text })),
    ...wellness.map((w): NoteInput => ({ ref: `wellness:${w.date}`, date: w.date, source: 'wellness', text: w.note! })),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

const WRITTEN_NOTES = precompiled((db, p: { athleteId: number; from: string; to: string }) =>
  db
    .selectFrom('notes')
    .select(['id', 'date', 'author', 'text'])
    .where('athlete_id', '=', p.athleteId)
    .where('date', '>=', p.from)
    .where('date', '<=', p.to),
);

const WELLNESS_NOTES = precompiled((db, p: { athleteId: number; from: string; to: string }) =>
  db
    .selectFrom('wellness')
    .select(['date', 'note'])
    .where('athlete_id', '=', p.athleteId)
    .where('date', '>=', p.from)
    .where('date', '<=', p.to)
    .where('note', 'is not', null)
    .where('note', '!=', ''),
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
    ...(await listWrittenNotes(db, athleteId, from, to)),
    ...activities.map((a): NoteInput => ({ ref: `activity:${a.id}`, date: a.local_date, source: 'activity', text: a.notes })),
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
