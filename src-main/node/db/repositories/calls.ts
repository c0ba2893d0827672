import type { Db } from '../schema';

export interface CallSchedule {
  cadenceDays: number | null;
  agenda: string;
  lastCall: string | null;
}

export async function findCallSchedule(db: Db, athleteId: number): Promise<CallSchedule> {
  const schedule = await db
    .selectFrom('call_schedules')
    .selectAll()
    .where('athlete_id', '=', athleteId)
    .executeTakeFirst();
  const last = await db
    .selectFrom('calls')
    .select((eb) => eb.fn.max('held_on').as('held_on'))
    .where('athlete_id', '=', athleteId)
    .executeTakeFirst();
  return {
    cadenceDays: schedule?.cadence_days ?? null,
    agenda: schedule?.agenda ?? '',
    lastCall: last?.held_on ?? null,
  };
}

/** Every athlete's cadence and last call in two queries, for the roster. */
export async function listCallSchedules(db: Db): Promise<Map<number, CallSchedule>> {
  const schedules = await db.selectFrom('call_schedules').selectAll().execute();
  const lasts = await db
    .selectFrom('calls')
    .select(['athlete_id', (eb) => eb.fn.max('held_on').as('held_on')])
    .groupBy('athlete_id')
    .execute();
  const result = new Map<number, CallSchedule>();
  for (const s of schedules)
    result.set(s.athlete_id, { cadenceDays: s.cadence_days, agenda: s.agenda, lastCall: null });
  for (const l of lasts) {
    const entry = result.get(l.athlete_id) ?? { cadenceDays: null, agenda: '', lastCall: null };
    result.set(l.athlete_id, { ...entry, lastCall: l.held_on });
  }
  return result;
}

export async function saveCallSchedule(
  db: Db,
  athleteId: number,
  patch: { cadenceDays?: number | null; agenda?: string },
): Promise<void> {
  const current = await findCallSchedule(db, athleteId);
  const cadence = patch.cadenceDays === undefined ? current.cadenceDays : patch.cadenceDays;
  const agenda = patch.agenda ?? current.agenda;
  if (cadence === null && agenda === '') {
    await db.deleteFrom('call_schedules').where('athlete_id', '=', athleteId).execute();
    return;
  }
  await db
    .insertInto('call_schedules')
    .values({ athlete_id: athleteId, cadence_days: cadence, agenda })
    .onConflict((oc) => oc.column('athlete_id').doUpdateSet({ cadence_days: cadence, agenda }))
    .execute();
}

export async function insertCall(
  db: Db,
  athleteId: number,
  heldOn: string,
  agenda: string,
  now: string,
): Promise<void> {
  await db.insertInto('calls').values({ athlete_id: athleteId, held_on: heldOn, agenda, created_at: now }).execute();
}
