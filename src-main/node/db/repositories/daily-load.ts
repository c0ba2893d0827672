import { sql, type Selectable } from 'kysely';
import type { MarkerStatusSummary } from '../../../common/contract';
import type { DatedActivityLoad } from '../../../common/domain/load/daily-load';
import { FIRST_DATED_DAY } from '../../../common/domain/activity-warnings';
import { FALLBACK_TIME_ZONE } from '../../../common/domain/time-zone';
import type { PmcResumeRow, PmcRow } from '../../../common/domain/load/pmc';
import { compileWithSlots, precompiled, runCompiled, type SlottedQuery } from '../precompiled-query';
import type { DailyLoadTable, Db } from '../schema';
import { pmcSettingsOf, type PmcSettings } from './analytics-settings';

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
    pmc: Pick<LoadState, 'computedThrough' | 'activityCount' | 'lastActivityAt'> | null;
    morningStatus: MorningStatus | null;
  },
): Promise<void> {
  const { pmc, morningStatus } = refresh;
  await SAVE_REFRESH[pmc ? 1 : 0]![morningStatus ? 1 : 0]!.run(db, {
    athleteId,
    refreshedFor: refresh.refreshedFor,
    computedThrough: pmc?.computedThrough ?? null,
    activityCount: pmc?.activityCount ?? 0,
    lastActivityAt: pmc?.lastActivityAt ?? null,
    wellnessStatus: morningStatus && JSON.stringify(morningStatus),
  });
}

interface SaveRefreshParams {
  athleteId: number;
  refreshedFor: string;
  computedThrough: string | null;
  activityCount: number;
  lastActivityAt: string | null;
  wellnessStatus: string | null;
}

/** saveRefresh's four statements, by [PMC recomputed][morning status recomputed]. */
const SAVE_REFRESH = [false, true].map((pmc) =>
  [false, true].map((morningStatus) =>
    precompiled((db, p: SaveRefreshParams) =>
      db
        .updateTable('daily_load_state')
        .set({
          refreshed_for: p.refreshedFor,
          ...(pmc && {
            dirty_from: null,
            computed_through: p.computedThrough,
            activity_count: p.activityCount,
            last_activity_at: p.lastActivityAt,
          }),
          ...(morningStatus && { wellness_dirty: 0, wellness_status: p.wellnessStatus }),
        })
        .where('athlete_id', '=', p.athleteId),
    ),
  ),
);

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
  const rows = await PMC_ROWS_BEFORE.run(db, { athleteId, beforeDate, count });
  return rows.reverse().map(toStoredDay);
}

/**
 * The `count` stored rows ending on the day before `beforeDate`, oldest first, with only the columns
 * resumePmc reads (building row objects costs more than finding them).
 */
export async function pmcResumeRowsBefore(db: Db, athleteId: number, beforeDate: string, count: number): Promise<PmcResumeRow[]> {
  const rows = await PMC_RESUME_ROWS_BEFORE.run(db, { athleteId, beforeDate, count });
  return rows.reverse().map((r) => ({ date: r.date, load: r.load, ctl: r.ctl, atl: r.atl, acuteEwma: r.acute_ewma, chronicEwma: r.chronic_ewma }));
}

const PMC_RESUME_ROWS_BEFORE = precompiled((db, p: { athleteId: number; beforeDate: string; count: number }) =>
  db
    .selectFrom('daily_load')
    .select(['date', 'load', 'ctl', 'atl', 'acute_ewma', 'chronic_ewma'])
    .where('athlete_id', '=', p.athleteId)
    .where('date', '<', p.beforeDate)
    .orderBy('date', 'desc')
    .limit(p.count),
);

const PMC_ROWS_BEFORE = precompiled((db, p: { athleteId: number; beforeDate: string; count: number }) =>
  db
    .selectFrom('daily_load')
    .selectAll()
    .where('athlete_id', '=', p.athleteId)
    .where('date', '<', p.beforeDate)
    .orderBy('date', 'desc')
    .limit(p.count),
);

/** A PMC day as the chart reads it: the stored row without the columns kept for resuming and the roster. */
export type PmcSeriesDay = Omit<PmcRow, 'acuteEwma' | 'chronicEwma'>;

/**
 * The stored days of the range (all when open-ended) with only the columns a chart shows, from one
 * precompiled query: a 3-year history is over 1 000 rows, read each time an athlete page opens.
 */
export async function listPmcSeriesDays(db: Db, athleteId: number, range: { from?: string; to?: string }): Promise<PmcSeriesDay[]> {
  const rows = await PMC_SERIES_DAYS.run(db, { athleteId, ...openRange(range) });
  return rows.map(toSeriesDay);
}

// ISO dates compare as text: '' is before any date, '9999-12-31' after any the app stores.
function openRange(range: { from?: string; to?: string }): { from: string; to: string } {
  return { from: range.from ?? '', to: range.to ?? '9999-12-31' };
}

function toSeriesDay(r: Pick<DailyLoadRow, 'date' | 'load' | 'ctl' | 'atl' | 'tsb' | 'ramp' | 'acwr' | 'acwr_ewma' | 'monotony' | 'strain'>): PmcSeriesDay {
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
  };
}

const PMC_SERIES_DAYS = precompiled((db, p: { athleteId: number; from: string; to: string }) =>
  db
    .selectFrom('daily_load')
    .select(['date', 'load', 'ctl', 'atl', 'tsb', 'ramp', 'acwr', 'acwr_ewma', 'monotony', 'strain'])
    .where('athlete_id', '=', p.athleteId)
    .where('date', '>=', p.from)
    .where('date', '<=', p.to)
    .orderBy('date'),
);

export async function listPmcDays(db: Db, athleteId: number, range: { from?: string; to?: string }): Promise<StoredPmcDay[]> {
  const rows = await PMC_DAYS.run(db, { athleteId, ...openRange(range) });
  return rows.map(toStoredDay);
}

// Precompiled: the anomaly rules read a few months of every athlete's days each time they run.
const PMC_DAYS = precompiled((db, p: { athleteId: number; from: string; to: string }) =>
  db.selectFrom('daily_load').selectAll().where('athlete_id', '=', p.athleteId).where('date', '>=', p.from).where('date', '<=', p.to).orderBy('date'),
);

/** Replaces the stored rows from `fromDate` on (all of them when null) with `days`. */
export async function replacePmcDays(db: Db, athleteId: number, fromDate: string | null, days: readonly StoredPmcDay[]): Promise<void> {
  await deletePmcDays(db, athleteId, fromDate);
  await upsertPmcDays(db, athleteId, days);
}

/** Deletes the stored rows from `fromDate` on (all of them when null). */
export async function deletePmcDays(db: Db, athleteId: number, fromDate: string | null): Promise<void> {
  if (fromDate === null) await DELETE_ALL_PMC_DAYS.run(db, { athleteId });
  else await DELETE_PMC_DAYS_FROM.run(db, { athleteId, fromDate });
}

const DELETE_ALL_PMC_DAYS = precompiled((db, p: { athleteId: number }) => db.deleteFrom('daily_load').where('athlete_id', '=', p.athleteId));
const DELETE_PMC_DAYS_FROM = precompiled((db, p: { athleteId: number; fromDate: string }) =>
  db.deleteFrom('daily_load').where('athlete_id', '=', p.athleteId).where('date', '>=', p.fromDate),
);

/**
 * Writes `days`, replacing stored rows of the same dates: a few multi-row upserts, each compiled
 * once for its row count (UPSERT_BATCH_ROWS for long runs, the exact count for the rest), so a
 * refresh after one new activity writes its handful of days in one statement.
 */
export async function upsertPmcDays(db: Db, athleteId: number, days: readonly StoredPmcDay[]): Promise<void> {
  for (let i = 0; i < days.length; ) {
    const left = days.length - i;
    const count = left >= UPSERT_BATCH_ROWS ? UPSERT_BATCH_ROWS : left > UPSERT_EXACT_ROWS ? UPSERT_EXACT_ROWS : left;
    const { query, positions } = upsertStatement(count);
    const parameters = new Array<unknown>(positions.length);
    const rows = days.slice(i, i + count).map((d) => toRow(athleteId, d));
    for (let j = 0; j < positions.length; j++) {
      const [row, column] = positions[j]!;
      parameters[j] = rows[row]![column];
    }
    await runCompiled(db, query.compiled, parameters);
    i += count;
  }
}

/** Rows per statement of a long write: 15 columns × 128 rows stays well under SQLite's parameter limit. */
const UPSERT_BATCH_ROWS = 128;
/** Shorter writes up to this many rows get a statement of their exact size; longer remainders go in pieces of it. */
const UPSERT_EXACT_ROWS = 16;

type DailyLoadRow = Selectable<DailyLoadTable>;
type DailyLoadColumn = keyof DailyLoadRow;

const PMC_COLUMNS: readonly DailyLoadColumn[] = [
  'athlete_id',
  'date',
  'load',
  'ctl',
  'atl',
  'tsb',
  'ramp',
  'acwr',
  'acwr_ewma',
  'monotony',
  'strain',
  'acute_ewma',
  'chronic_ewma',
  'load_7d',
  'load_28d',
];

interface UpsertStatement {
  query: SlottedQuery<unknown>;
  /** For each compiled parameter: the row of the batch and the column it takes its value from. */
  positions: [number, DailyLoadColumn][];
}

const upsertStatements = new Map<number, UpsertStatement>();

function upsertStatement(count: number): UpsertStatement {
  let statement = upsertStatements.get(count);
  if (statement) return statement;
  const query = compileWithSlots((db, p: Record<string, unknown>) =>
    db
      .insertInto('daily_load')
      .values(
        Array.from({ length: count }, (_, row) => Object.fromEntries(PMC_COLUMNS.map((column) => [column, p[`${row}:${column}`]])) as unknown as DailyLoadRow),
      )
      .onConflict((oc) =>
        oc.columns(['athlete_id', 'date']).doUpdateSet((eb) =>
          Object.fromEntries(PMC_COLUMNS.filter((c) => c !== 'athlete_id' && c !== 'date').map((c) => [c, eb.ref(`excluded.${c}`)])),
        ),
      ),
  );
  const positions = query.slots.map((slot): [number, DailyLoadColumn] => {
    if (!('field' in slot)) throw new Error('the PMC upsert has a parameter that is not a row value');
    const [row, column] = slot.field.split(':');
    return [Number(row), column as DailyLoadColumn];
  });
  upsertStatements.set(count, (statement = { query, positions }));
  return statement;
}

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
    ...toSeriesDay(r),
    acuteEwma: r.acute_ewma,
    chronicEwma: r.chronic_ewma,
    load7d: r.load_7d,
    load28d: r.load_28d,
  };
}

/** Activity loads dated on or after `fromDate` (all of them when null), for summing into days. */
export async function activityLoadsFrom(db: Db, athleteId: number, fromDate: string | null): Promise<DatedActivityLoad[]> {
  const rows = await ACTIVITY_LOADS_FROM.run(db, { athleteId, fromDate: fromDate ?? '' });
  return rows.map((r) => ({ localDate: r.local_date, load: r.load }));
}

/** Every date is after '' (ISO dates compare as text), so one statement serves "all of them" too. */
const ACTIVITY_LOADS_FROM = precompiled((db, p: { athleteId: number; fromDate: string }) =>
  db
    .selectFrom('activities')
    .select(['local_date', 'load'])
    .where('athlete_id', '=', p.athleteId)
    .where('local_date', '>=', p.fromDate)
    .where('local_date', '>=', FIRST_DATED_DAY),
);

/** What a refresh needs to know about an athlete's activities. */
export interface ActivityFacts {
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  lastActivityAt: string | null;
}

/** Everything a refresh reads before it computes: the athlete's bookkeeping, PMC settings and activity facts. */
export interface RefreshInputs {
  /** Null when the athlete has no bookkeeping row yet. */
  state: LoadState | null;
  settings: PmcSettings;
  facts: ActivityFacts;
  /** The athlete's IANA zone: their "today" is its date. */
  timeZone: string;
}

/**
 * What findLoadState and findPmcSettings read and the activity facts, in one precompiled query: the
 * activity count and date range over the (athlete_id, local_date) index, the latest start over
 * (athlete_id, start_time), and the bookkeeping and settings rows by primary key.
 */
export async function findRefreshInputs(db: Db, athleteId: number): Promise<RefreshInputs> {
  const [r] = await REFRESH_INPUTS.run(db, { athleteId });
  return {
    state:
      r!.state_athlete_id === null
        ? null
        : toLoadState({
            athlete_id: athleteId,
            dirty_from: r!.dirty_from,
            computed_through: r!.computed_through,
            refreshed_for: r!.refreshed_for,
            activity_count: r!.activity_count ?? 0,
            last_activity_at: r!.last_activity_at,
            wellness_dirty: r!.wellness_dirty ?? 1,
          }),
    settings: pmcSettingsOf(
      r!.smoothing !== null && r!.form_timing !== null && r!.ctl_days !== null && r!.atl_days !== null
        ? { ...r!, smoothing: r!.smoothing, form_timing: r!.form_timing, ctl_days: r!.ctl_days, atl_days: r!.atl_days }
        : null,
    ),
    facts: {
      count: Number(r!.activities),
      firstDate: r!.first_date,
      lastDate: r!.last_date,
      lastActivityAt: r!.latest_start_time,
    },
    timeZone: r!.time_zone ?? FALLBACK_TIME_ZONE,
  };
}

const REFRESH_INPUTS = precompiled((db, p: { athleteId: number }) => {
  // Separate subqueries: SQLite answers a lone min() or max() with one index seek, but scans every
  // entry when they share a query with count().
  // Undated activities (filed before FIRST_DATED_DAY) are not in the load model: they count nowhere.
  const activities = db.selectFrom('activities').where('athlete_id', '=', p.athleteId).where('local_date', '>=', FIRST_DATED_DAY);
  const latest = activities.orderBy('start_time', 'desc').limit(1);
  return db
    .selectFrom(activities.select((eb) => eb.fn.countAll<number>().as('activities')).as('f'))
    .leftJoin('daily_load_state as s', (join) => join.on('s.athlete_id', '=', p.athleteId))
    .leftJoin('analytics_settings as st', (join) => join.on('st.athlete_id', '=', p.athleteId))
    .leftJoin('athletes as a', (join) => join.on('a.id', '=', p.athleteId))
    .select([
      'f.activities',
      'a.time_zone',
      's.athlete_id as state_athlete_id',
      's.dirty_from',
      's.computed_through',
      's.refreshed_for',
      's.activity_count',
      's.last_activity_at',
      's.wellness_dirty',
      'st.smoothing',
      'st.form_timing',
      'st.ctl_days',
      'st.atl_days',
      'st.seed_date',
      'st.seed_ctl',
      'st.seed_atl',
    ])
    .select([
      activities.select((eb) => eb.fn.min<string | null>('local_date').as('d')).as('first_date'),
      activities.select((eb) => eb.fn.max<string | null>('local_date').as('d')).as('last_date'),
      latest.select('start_time').as('latest_start_time'),
    ]);
});
