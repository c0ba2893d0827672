import type { InferResult } from 'kysely';
import { tagNames, tagNamesJson } from './athlete-tags';
import type { Sport } from '../../../common/domain/sports';
import { pmcSettingsOf, type PmcSettings } from './analytics-settings';
import { parseMorningStatus, type LoadState, type MorningStatus } from './load-state';
import type { StoredPmcDay } from './pmc-days';
import { precompiled } from '../precompiled-query';
import type { Db } from '../schema';

export interface RosterAthlete {
  id: number;
  name: string;
  sports: Sport[];
  tags: string[];
  isDemo: boolean;
  /** IANA zone: the athlete's "today" is its date. */
  timeZone: string;
  /** Null when the athlete's PMC was never computed. */
  loadState: LoadState | null;
  settings: PmcSettings;
  /** The stored PMC day of the date last refreshed for (the athlete's today when fresh). */
  day: StoredPmcDay | null;
  morningStatus: MorningStatus | null;
}

/**
 * Every non-archived athlete with tags, bookkeeping, PMC settings, the stored day they were last
 * refreshed for and their morning status: one query, each join a primary-key lookup.
 */
export async function listRosterAthletes(db: Db): Promise<RosterAthlete[]> {
  return (await ROSTER.run(db, {})).map(toRosterAthlete);
}

type RosterQueryRow = InferResult<ReturnType<typeof rosterQuery>>[number];

/** The roster is read on every visit to the roster screen: its SQL is built once. */
const ROSTER = precompiled((db) => rosterQuery(db));

function rosterQuery(db: Db) {
  return db
    .selectFrom('athletes as a')
    .leftJoin('daily_load_state as s', 's.athlete_id', 'a.id')
    .leftJoin('analytics_settings as st', 'st.athlete_id', 'a.id')
    .leftJoin('daily_load as d', (join) =>
      join.onRef('d.athlete_id', '=', 'a.id').onRef('d.date', '=', 's.refreshed_for'),
    )
    .select([
      'a.id',
      'a.name',
      'a.sports',
      'a.is_demo',
      'a.time_zone',
      's.athlete_id as state_athlete_id',
      's.dirty_from',
      's.computed_through',
      's.refreshed_for',
      's.activity_count',
      's.last_activity_at',
      's.wellness_dirty',
      's.wellness_status',
      'st.smoothing',
      'st.form_timing',
      'st.ctl_days',
      'st.atl_days',
      'st.seed_date',
      'st.seed_ctl',
      'st.seed_atl',
      'd.date',
      'd.load',
      'd.ctl',
      'd.atl',
      'd.tsb',
      'd.ramp',
      'd.acwr',
      'd.acwr_ewma',
      'd.monotony',
      'd.strain',
      'd.acute_ewma',
      'd.chronic_ewma',
      'd.load_7d',
      'd.load_28d',
      tagNamesJson,
    ])
    .where('a.archived_at', 'is', null)
    .orderBy('a.name');
}

function toRosterAthlete(r: RosterQueryRow): RosterAthlete {
  return {
    id: r.id,
    name: r.name,
    sports: JSON.parse(r.sports) as Sport[],
    tags: tagNames(r.tags_json),
    isDemo: r.is_demo === 1,
    timeZone: r.time_zone,
    loadState:
      r.state_athlete_id === null
        ? null
        : {
            athleteId: r.id,
            dirtyFrom: r.dirty_from,
            computedThrough: r.computed_through,
            refreshedFor: r.refreshed_for,
            activityCount: r.activity_count ?? 0,
            lastActivityAt: r.last_activity_at,
            wellnessDirty: r.wellness_dirty === 1,
          },
    settings: pmcSettingsOf(
      r.smoothing && r.form_timing && r.ctl_days !== null && r.atl_days !== null
        ? { ...r, smoothing: r.smoothing, form_timing: r.form_timing, ctl_days: r.ctl_days, atl_days: r.atl_days }
        : null,
    ),
    day:
      r.date === null
        ? null
        : {
            date: r.date,
            load: r.load!,
            ctl: r.ctl!,
            atl: r.atl!,
            tsb: r.tsb!,
            ramp: r.ramp,
            acwr: r.acwr,
            acwrEwma: r.acwr_ewma,
            monotony: r.monotony,
            strain: r.strain,
            acuteEwma: r.acute_ewma!,
            chronicEwma: r.chronic_ewma!,
            load7d: r.load_7d!,
            load28d: r.load_28d!,
          },
    morningStatus: parseMorningStatus(r.wellness_status ?? null),
  };
}
