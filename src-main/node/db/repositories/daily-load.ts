import { sql, type Selectable } from 'kysely';
import type { MarkerStatusSummary } from '../../../common/contract';
import type { DatedActivityLoad } from '../../../common/domain/load/daily-load';
import type { PmcRow } from '../../../common/domain/load/pmc';
import type { DailyLoadTable, Db } from '../schema';

/** A stored PMC day: the domain row plus the rolling load sums the roster shows. */
export interface StoredPmcDay extends PmcRow {
  load7d: number;
  load28d: number;
}

/** Where an athlete's stored rows stand; null when their PMC was never computed. */
export interface LoadState {
  athleteId: number;
  /** Stored rows from this date on are stale; null when they are up to date. */
  dirtyFrom: string | null;
  /** Date of the last stored row. */
  computedThrough: string | null;
  /** The athlete's local date everything was last brought up to. */
  refreshedFor: string | null;
  activityCount: number;
  lastActivityAt: string | null;
  /** Offset of the athlete's latest activity: their local "today" is taken in it. */
  utcOffsetMinutes: number;
  /** Morning readings changed since their status was computed. */
  wellnessDirty: boolean;
}

/** HRV (ln rMSSD) and resting-HR status on the day of the last refresh, as the roster shows them. */
export interface MorningStatus {
  hrv: MarkerStatusSummary;
  restingHr: MarkerStatusSummary;
}

/** Earlier than any activity date, so marking dirty from it recomputes a whole history. */
const BEFORE_ANY_DATE = '0000-01-01';

/**
 * Records that the athlete's stored PMC rows are stale from `fromDate` on (the local date of an
 * activity that was written, changed, moved or deleted). Keeps the earliest date when called again
 * before the next refresh. Call it on the same transaction as the write, so they commit together.
 */
export async function markLoadDirty(db: Db, athleteId: number, fromDate: string): Promise<void> {
  await db
    .insertInto('daily_load_state')
    .values({ athlete_id: athleteId, dirty_from: fromDate, computed_through: null, refreshed_for: null, last_activity_at: null, wellness_status: null })
    .onConflict((oc) =>
      oc.column('athlete_id').doUpdateSet({
        dirty_from: sql<string>`min(coalesce(daily_load_state.dirty_from, excluded.dirty_from), excluded.dirty_from)`,
      }),
    )
    .execute();
}

/** Marks the whole history stale, e.g. after the PMC convention or seed changed. */
export async function markLoadDirtyFromStart(db: Db, athleteId: number): Promise<void> {
  await markLoadDirty(db, athleteId, BEFORE_ANY_DATE);
}

/** Records that the athlete's morning readings changed, so their roster status is computed again. */
export async function markWellnessDirty(db: Db, athleteId: number): Promise<void> {
  await db
    .insertInto('daily_load_state')
    .values({ athlete_id: athleteId, dirty_from: null, computed_through: null, refreshed_for: null, last_activity_at: null, wellness_status: null, wellness_dirty: 1 })
    .onConflict((oc) => oc.column('athlete_id').doUpdateSet({ wellness_dirty: 1 }))
    .execute();
}

export async function findLoadState(db: Db, athleteId: number): Promise<LoadState | null> {
  const row = await db.selectFrom('daily_load_state').selectAll().where('athlete_id', '=', athleteId).executeTakeFirst();
  return row ? toLoadState(row) : null;
}

type LoadStateRow = {
  athlete_id: number;
  dirty_from: string | null;
  computed_through: string | null;
  refreshed_for: string | null;
  activity_count: number;
  last_activity_at: string | null;
  utc_offset_minutes: number;
  wellness_dirty: number;
};

function toLoadState(row: LoadStateRow): LoadState {
  return {
    athleteId: row.athlete_id,
    dirtyFrom: row.dirty_from,
    computedThrough: row.computed_through,
    refreshedFor: row.refreshed_for,
    activityCount: row.activity_count,
    lastActivityAt: row.last_activity_at,
    utcOffsetMinutes: row.utc_offset_minutes,
    wellnessDirty: row.wellness_dirty === 1,
  };
}

/**
 * Records a refresh in one statement: the PMC bookkeeping when the rows were recomputed (clearing the
 * dirty marker), the morning status when it was, and the date refreshed for.
 */
export async function saveRefresh(
  db: Db,
  athleteId: number,
  refresh: {
    refreshedFor: string;
    pmc: Pick<LoadState, 'computedThrough' | 'activityCount' | 'lastActivityAt' | 'utcOffsetMinutes'> | null;
    morningStatus: MorningStatus | null;
  },
): Promise<void> {
  const { pmc, morningStatus } = refresh;
  await db
    .updateTable('daily_load_state')
    .set({
      refreshed_for: refresh.refreshedFor,
      ...(pmc && {
        dirty_from: null,
        computed_through: pmc.computedThrough,
        activity_count: pmc.activityCount,
        last_activity_at: pmc.lastActivityAt,
        utc_offset_minutes: pmc.utcOffsetMinutes,
      }),
      ...(morningStatus && { wellness_dirty: 0, wellness_status: JSON.stringify(morningStatus) }),
    })
    .where('athlete_id', '=', athleteId)
    .execute();
}

export function parseMorningStatus(json: string | null): MorningStatus | null {
  return json === null ? null : (JSON.parse(json) as MorningStatus);
}

/** Creates the athlete's bookkeeping row, all stale, before their first refresh. */
export async function createLoadState(db: Db, athleteId: number): Promise<void> {
  await db
    .insertInto('daily_load_state')
    .values({ athlete_id: athleteId, dirty_from: null, computed_through: null, refreshed_for: null, last_activity_at: null, wellness_status: null })
    .onConflict((oc) => oc.column('athlete_id').doNothing())
    .execute();
}

/** The `count` stored rows that end on the day before `beforeDate`, oldest first. */
export async function pmcRowsBefore(db: Db, athleteId: number, beforeDate: string, count: number): Promise<StoredPmcDay[]> {
  const rows = await db
    .selectFrom('daily_load')
    .selectAll()
    .where('athlete_id', '=', athleteId)
    .where('date', '<', beforeDate)
    .orderBy('date', 'desc')
    .limit(count)
    .execute();
  return rows.reverse().map(toStoredDay);
}

export async function listPmcDays(db: Db, athleteId: number, range: { from?: string; to?: string }): Promise<StoredPmcDay[]> {
  let query = db.selectFrom('daily_load').selectAll().where('athlete_id', '=', athleteId);
  if (range.from) query = query.where('date', '>=', range.from);
  if (range.to) query = query.where('date', '<=', range.to);
  return (await query.orderBy('date').execute()).map(toStoredDay);
}

/** Replaces the stored rows from `fromDate` on (all of them when null) with `days`. */
export async function replacePmcDays(db: Db, athleteId: number, fromDate: string | null, days: readonly StoredPmcDay[]): Promise<void> {
  let stale = db.deleteFrom('daily_load').where('athlete_id', '=', athleteId);
  if (fromDate !== null) stale = stale.where('date', '>=', fromDate);
  await stale.execute();
  // 15 columns × 500 rows stays well under SQLite's bound-parameter limit.
  for (let i = 0; i < days.length; i += 500) {
    await db
      .insertInto('daily_load')
      .values(days.slice(i, i + 500).map((d) => toRow(athleteId, d)))
      .execute();
  }
}

type DailyLoadRow = Selectable<DailyLoadTable>;

function toRow(athleteId: number, d: StoredPmcDay): DailyLoadRow {
  return {
    athlete_id: athleteId,
    date: d.date,
    load: d.load,
    ctl: d.ctl,
    atl: d.atl,
    tsb: d.tsb,
    ramp: d.ramp,
    acwr: d.acwr,
    acwr_ewma: d.acwrEwma,
    monotony: d.monotony,
    strain: d.strain,
    acute_ewma: d.acuteEwma,
    chronic_ewma: d.chronicEwma,
    load_7d: d.load7d,
    load_28d: d.load28d,
  };
}

function toStoredDay(r: DailyLoadRow): StoredPmcDay {
  return {
    date: r.date,
    load: r.load,
    ctl: r.ctl,
    atl: r.atl,
    tsb: r.tsb,
    ramp: r.ramp,
    acwr: r.acwr,
    acwrEwma: r.acwr_ewma,
    monotony: r.monotony,
    strain: r.strain,
    acuteEwma: r.acute_ewma,
    chronicEwma: r.chronic_ewma,
    load7d: r.load_7d,
    load28d: r.load_28d,
  };
}

/** Activity loads dated on or after `fromDate` (all of them when null), for summing into days. */
export async function activityLoadsFrom(db: Db, athleteId: number, fromDate: string | null): Promise<DatedActivityLoad[]> {
  let query = db.selectFrom('activities').select(['local_date', 'load']).where('athlete_id', '=', athleteId);
  if (fromDate !== null) query = query.where('local_date', '>=', fromDate);
  return (await query.execute()).map((r) => ({ localDate: r.local_date, load: r.load }));
}

export interface ActivityFacts {
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  lastActivityAt: string | null;
  utcOffsetMinutes: number;
}

/**
 * What a refresh needs to know about an athlete's activities. Two queries, each served by an index
 * alone: count and date range from (athlete_id, local_date), the latest start from (athlete_id, start_time).
 */
export async function activityFacts(db: Db, athleteId: number): Promise<ActivityFacts> {
  const range = await db
    .selectFrom('activities')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('local_date').as('first_date'), eb.fn.max('local_date').as('last_date')])
    .where('athlete_id', '=', athleteId)
    .executeTakeFirstOrThrow();
  const latest = await db
    .selectFrom('activities')
    .select(['start_time', 'utc_offset_minutes'])
    .where('athlete_id', '=', athleteId)
    .orderBy('start_time', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    count: Number(range.n),
    firstDate: range.first_date,
    lastDate: range.last_date,
    lastActivityAt: latest?.start_time ?? null,
    utcOffsetMinutes: latest?.utc_offset_minutes ?? 0,
  };
}
