import type { DatedActivityLoad } from '../../../common/domain/load/daily-load';
import { FIRST_DATED_DAY } from '../../../common/domain/activity-warnings';
import { FALLBACK_TIME_ZONE } from '../../../common/domain/time-zone';
import { precompiled } from '../precompiled-query';
import type { Db } from '../schema';
import { pmcSettingsOf, type PmcSettings } from './analytics-settings';
import { toLoadState, type LoadState } from './load-state';

/** What a refresh of an athlete's stored PMC reads before it computes: bookkeeping, settings and activities. */

/** Activity loads dated on or after `fromDate` (all of them when null), for summing into days. */
export async function activityLoadsFrom(
  db: Db,
  athleteId: number,
  fromDate: string | null,
): Promise<DatedActivityLoad[]> {
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
  const activities = db
    .selectFrom('activities')
    .where('athlete_id', '=', p.athleteId)
    .where('local_date', '>=', FIRST_DATED_DAY);
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
