import type { AthleteEvent } from '../../../common/contract';
import type { EventKind } from '../../../common/domain/events/event-kinds';
import type { RacePriority } from '../../../common/domain/events/race-details';
import type { RaceType } from '../../../common/domain/planner/types';
import type { Db, EventRow } from '../schema';

export interface EventFields {
  kind: EventKind;
  startDate: string;
  endDate: string | null;
  title: string;
  body: string;
  priority: RacePriority | null;
  raceType: RaceType | null;
}

export interface EventInsert extends EventFields {
  athleteId: number;
}

function toEvent(r: EventRow): AthleteEvent {
  return {
    id: r.id,
    athleteId: r.athlete_id,
    kind: r.kind as EventKind,
    startDate: r.start_date,
    endDate: r.end_date,
    title: r.title,
    body: r.body,
    priority: r.priority as RacePriority | null,
    raceType: r.race_type as RaceType | null,
  };
}

/** The columns an event's fields are written to, on insert and update alike. */
function eventColumns(e: EventFields) {
  return {
    kind: e.kind,
    start_date: e.startDate,
    end_date: e.endDate,
    title: e.title,
    body: e.body,
    priority: e.priority,
    race_type: e.raceType,
  };
}

export async function insertEvent(db: Db, e: EventInsert, now: string): Promise<AthleteEvent> {
  const row = await db
    .insertInto('events')
    .values({ athlete_id: e.athleteId, ...eventColumns(e), created_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEvent(row);
}

/** The athlete's events that overlap two dates, oldest first (an event without an end lasts from its start on). */
export async function listEventsBetween(db: Db, athleteId: number, from: string, to: string): Promise<AthleteEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('athlete_id', '=', athleteId)
    .where('start_date', '<=', to)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', from)]))
    .orderBy('start_date')
    .execute();
  return rows.map(toEvent);
}

export async function listEvents(db: Db, athleteId: number): Promise<AthleteEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('athlete_id', '=', athleteId)
    .orderBy('start_date', 'desc')
    .execute();
  return rows.map(toEvent);
}

/**
 * Puts a plan's goal race on the athlete's calendar unless a race is already logged that day (the coach's
 * own entry wins), so the roster, the brief and later plans see it.
 */
export async function ensureRaceEvent(
  db: Db,
  race: { athleteId: number; date: string; name: string; priority: RacePriority; raceType: RaceType },
  now: string,
): Promise<void> {
  const existing = await db
    .selectFrom('events')
    .select('id')
    .where('athlete_id', '=', race.athleteId)
    .where('kind', '=', 'race')
    .where('start_date', '=', race.date)
    .executeTakeFirst();
  if (existing) return;
  await insertEvent(
    db,
    {
      athleteId: race.athleteId,
      kind: 'race',
      startDate: race.date,
      endDate: null,
      title: race.name,
      body: 'Goal race of a training plan.',
      priority: race.priority,
      raceType: race.raceType,
    },
    now,
  );
}

export async function findEvent(db: Db, id: number): Promise<AthleteEvent | null> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toEvent(row) : null;
}

export async function updateEvent(db: Db, id: number, e: EventFields): Promise<AthleteEvent> {
  const row = await db
    .updateTable('events')
    .set(eventColumns(e))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEvent(row);
}

/** Races the coach logged as athlete events, on or after `fromDate`, soonest first. */
export async function listUpcomingRaceEvents(
  db: Db,
  fromDate: string,
): Promise<{ athleteId: number; date: string; title: string; priority: RacePriority }[]> {
  const rows = await db
    .selectFrom('events')
    .select(['athlete_id', 'start_date', 'title', 'priority'])
    .where('kind', '=', 'race')
    .where('start_date', '>=', fromDate)
    .orderBy('start_date')
    .execute();
  // Every race has a priority since migration 8.
  return rows.map((r) => ({
    athleteId: r.athlete_id,
    date: r.start_date,
    title: r.title,
    priority: r.priority as RacePriority,
  }));
}
