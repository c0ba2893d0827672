import type { InjuryStatus, InjuryView } from '../../../common/contract';
import type { Db } from '../schema';

export interface NewInjury {
  athleteId: number;
  bodyPart: string;
  side: InjuryView['side'];
  startedOn: string;
  sourceAnomalyId: number | null;
}

export interface InjuryUpdate {
  date: string;
  severity: number;
  status: InjuryStatus;
  note: string;
}

export async function insertInjury(db: Db, injury: NewInjury, first: InjuryUpdate, now: string): Promise<number> {
  const row = await db
    .insertInto('injuries')
    .values({
      athlete_id: injury.athleteId,
      body_part: injury.bodyPart,
      side: injury.side,
      severity: first.severity,
      status: first.status,
      started_on: injury.startedOn,
      resolved_on: first.status === 'resolved' ? first.date : null,
      source_anomaly_id: injury.sourceAnomalyId,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertUpdate(db, row.id, first, now);
  return row.id;
}

/** Records the update and makes it the injury's current severity and status. */
export async function addInjuryUpdate(db: Db, injuryId: number, update: InjuryUpdate, now: string): Promise<void> {
  await insertUpdate(db, injuryId, update, now);
  await db
    .updateTable('injuries')
    .set({
      severity: update.severity,
      status: update.status,
      resolved_on: update.status === 'resolved' ? update.date : null,
    })
    .where('id', '=', injuryId)
    .execute();
}

async function insertUpdate(db: Db, injuryId: number, u: InjuryUpdate, now: string): Promise<void> {
  await db
    .insertInto('injury_updates')
    .values({
      injury_id: injuryId,
      date: u.date,
      severity: u.severity,
      status: u.status,
      note: u.note,
      created_at: now,
    })
    .execute();
}

/** Open injuries first, then by start, newest first; each with its updates oldest first. */
export async function listInjuries(db: Db, athleteId: number, ids?: readonly number[]): Promise<InjuryView[]> {
  let query = db.selectFrom('injuries').selectAll().where('athlete_id', '=', athleteId);
  if (ids) query = query.where('id', 'in', ids.length > 0 ? [...ids] : [-1]);
  const rows = await query.orderBy('started_on', 'desc').orderBy('id', 'desc').execute();
  if (rows.length === 0) return [];
  const updates = await db
    .selectFrom('injury_updates')
    .selectAll()
    .where(
      'injury_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('date')
    .orderBy('id')
    .execute();
  const injuries = rows.map((r): InjuryView => ({
    id: r.id,
    athleteId: r.athlete_id,
    bodyPart: r.body_part,
    side: r.side,
    severity: r.severity,
    status: r.status,
    startedOn: r.started_on,
    resolvedOn: r.resolved_on,
    sourceAnomalyId: r.source_anomaly_id,
    updates: updates
      .filter((u) => u.injury_id === r.id)
      .map((u) => ({ id: u.id, date: u.date, severity: u.severity, status: u.status, note: u.note })),
  }));
  return injuries.sort((a, b) => Number(a.status === 'resolved') - Number(b.status === 'resolved'));
}

export async function findInjuryAthlete(db: Db, injuryId: number): Promise<number | null> {
  const row = await db.selectFrom('injuries').select('athlete_id').where('id', '=', injuryId).executeTakeFirst();
  return row?.athlete_id ?? null;
}
