import { sql } from 'kysely';
import type { MarkerStatusSummary } from '../../../common/contract';
import { precompiled } from '../precompiled-query';
import type { Db } from '../schema';

/**
 * Each athlete's load bookkeeping (table daily_load_state): from which date the stored PMC rows are stale,
 * how far they were computed, the day everything was last refreshed for and the morning status shown then.
 */

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
    .values({
      athlete_id: athleteId,
      dirty_from: fromDate,
      computed_through: null,
      refreshed_for: null,
      last_activity_at: null,
      wellness_status: null,
    })
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
    .values({
      athlete_id: athleteId,
      dirty_from: null,
      computed_through: null,
      refreshed_for: null,
      last_activity_at: null,
      wellness_status: null,
      wellness_dirty: 1,
    })
    .onConflict((oc) => oc.column('athlete_id').doUpdateSet({ wellness_dirty: 1 }))
    .execute();
}

export async function findLoadState(db: Db, athleteId: number): Promise<LoadState | null> {
  const row = await db
    .selectFrom('daily_load_state')
    .selectAll()
    .where('athlete_id', '=', athleteId)
    .executeTakeFirst();
  return row ? toLoadState(row) : null;
}

export type LoadStateRow = {
  athlete_id: number;
  dirty_from: string | null;
  computed_through: string | null;
  refreshed_for: string | null;
  activity_count: number;
  last_activity_at: string | null;
  wellness_dirty: number;
};

export function toLoadState(row: LoadStateRow): LoadState {
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
    .values({
      athlete_id: athleteId,
      dirty_from: null,
      computed_through: null,
      refreshed_for: null,
      last_activity_at: null,
      wellness_status: null,
    })
    .onConflict((oc) => oc.column('athlete_id').doNothing())
    .execute();
}
