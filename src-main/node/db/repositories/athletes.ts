import { tagNames, tagNamesJson } from './athlete-tags';
import type { Athlete, AthleteSummary } from '../../../common/contract';
import type { Sport } from '../../../common/domain/sports';
import type { ThresholdEntry, ThresholdMetric } from '../../../common/domain/thresholds';
import type { AthleteRow, Db } from '../schema';

export interface AthleteInsert {
  name: string;
  sports: Sport[];
  sex: 'female' | 'male' | null;
  birthYear: number | null;
  notes: string;
  timeZone: string;
  isDemo: boolean;
  createdAt: string;
}

export async function insertAthlete(db: Db, a: AthleteInsert): Promise<number> {
  const row = await db
    .insertInto('athletes')
    .values({
      name: a.name,
      sports: JSON.stringify(a.sports),
      sex: a.sex,
      birth_year: a.birthYear,
      notes: a.notes,
      time_zone: a.timeZone,
      is_demo: a.isDemo ? 1 : 0,
      archived_at: null,
      created_at: a.createdAt,
      updated_at: a.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAthleteRow(
  db: Db,
  id: number,
  patch: Partial<{
    name: string;
    sports: Sport[];
    sex: 'female' | 'male' | null;
    birthYear: number | null;
    notes: string;
    timeZone: string;
    archivedAt: string | null;
  }>,
  now: string,
): Promise<void> {
  await db
    .updateTable('athletes')
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.sports !== undefined && { sports: JSON.stringify(patch.sports) }),
      ...(patch.sex !== undefined && { sex: patch.sex }),
      ...(patch.birthYear !== undefined && { birth_year: patch.birthYear }),
      ...(patch.notes !== undefined && { notes: patch.notes }),
      ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
      ...(patch.archivedAt !== undefined && { archived_at: patch.archivedAt }),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteAthleteRow(db: Db, id: number): Promise<number> {
  const result = await db.deleteFrom('athletes').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function replaceAthleteTags(db: Db, athleteId: number, tags: string[]): Promise<void> {
  await db.deleteFrom('athlete_tags').where('athlete_id', '=', athleteId).execute();
  for (const name of new Set(tags)) {
    await db
      .insertInto('tags')
      .values({ name })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const tag = await db.selectFrom('tags').select('id').where('name', '=', name).executeTakeFirstOrThrow();
    await db.insertInto('athlete_tags').values({ athlete_id: athleteId, tag_id: tag.id }).execute();
  }
}

export async function upsertThreshold(
  db: Db,
  athleteId: number,
  metric: ThresholdMetric,
  value: number,
  validFrom: string,
  now: string,
): Promise<void> {
  await db
    .insertInto('thresholds')
    .values({ athlete_id: athleteId, metric, value, valid_from: validFrom, created_at: now })
    .onConflict((oc) => oc.columns(['athlete_id', 'metric', 'valid_from']).doUpdateSet({ value, created_at: now }))
    .execute();
}

export async function thresholdHistory(db: Db, athleteId: number): Promise<ThresholdEntry[]> {
  const rows = await db
    .selectFrom('thresholds')
    .select(['metric', 'value', 'valid_from'])
    .where('athlete_id', '=', athleteId)
    .orderBy('metric')
    .orderBy('valid_from')
    .execute();
  return rows.map((r) => ({ metric: r.metric as ThresholdMetric, value: r.value, validFrom: r.valid_from }));
}

/** The value of each threshold on `date`: the latest entry that had started by then. */
export function thresholdsOn(history: ThresholdEntry[], date: string): Partial<Record<ThresholdMetric, number>> {
  const result: Partial<Record<ThresholdMetric, number>> = {};
  for (const entry of history) {
    if (entry.validFrom <= date) result[entry.metric] = entry.value;
  }
  return result;
}

const summaryColumns = (db: Db) =>
  db.selectFrom('athletes as a').select([
    'a.id',
    'a.name',
    'a.sports',
    'a.is_demo',
    'a.archived_at',
    (eb) =>
      eb
        .selectFrom('activities')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('activities.athlete_id', '=', 'a.id')
        .as('activity_count'),
    (eb) =>
      eb
        .selectFrom('activities')
        .select((e) => e.fn.max('activities.start_time').as('m'))
        .whereRef('activities.athlete_id', '=', 'a.id')
        .as('last_activity_at'),
    tagNamesJson,
  ]);

type SummaryRow = Pick<AthleteRow, 'id' | 'name' | 'sports' | 'is_demo' | 'archived_at'> & {
  activity_count: number | null;
  last_activity_at: string | null;
  tags_json: string;
};

function toSummary(row: SummaryRow): AthleteSummary {
  return {
    id: row.id,
    name: row.name,
    sports: JSON.parse(row.sports) as Sport[],
    tags: tagNames(row.tags_json),
    isDemo: row.is_demo === 1,
    archived: row.archived_at !== null,
    activityCount: Number(row.activity_count ?? 0),
    lastActivityAt: row.last_activity_at,
  };
}

export async function listAthleteSummaries(db: Db, includeArchived: boolean): Promise<AthleteSummary[]> {
  let query = summaryColumns(db).orderBy('a.name');
  if (!includeArchived) query = query.where('a.archived_at', 'is', null);
  return (await query.execute()).map(toSummary);
}

/** The athlete's IANA time zone, or null when there is no such athlete. */
export async function findAthleteTimeZone(db: Db, id: number): Promise<string | null> {
  const row = await db.selectFrom('athletes').select('time_zone').where('id', '=', id).executeTakeFirst();
  return row?.time_zone ?? null;
}

/** The ids of the athletes not archived. */
export async function listActiveAthleteIds(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('athletes').select('id').where('archived_at', 'is', null).execute();
  return rows.map((r) => r.id);
}

/** The distinct time zones of the non-archived athletes. */
export async function listAthleteTimeZones(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('athletes')
    .select('time_zone')
    .distinct()
    .where('archived_at', 'is', null)
    .execute();
  return rows.map((r) => r.time_zone);
}

/** The athlete with the value of each threshold valid on `today` (the athlete's own today). */
export async function findAthlete(db: Db, id: number, today: string): Promise<Athlete | null> {
  const summary = await summaryColumns(db).where('a.id', '=', id).executeTakeFirst();
  if (!summary) return null;
  const row = await db.selectFrom('athletes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const history = await thresholdHistory(db, id);
  return {
    ...toSummary(summary),
    sex: row.sex,
    birthYear: row.birth_year,
    notes: row.notes,
    timeZone: row.time_zone,
    thresholds: thresholdsOn(history, today),
    thresholdHistory: history,
    createdAt: row.created_at,
  };
}
