import { addDays } from '../../common/domain/dates';
import { sumDailyLoads } from '../../common/domain/load/daily-load';
import { ACWR_CHRONIC_DAYS } from '../../common/domain/load/load-ratios';
import { computePmc, PMC_LOOKBACK_DAYS, resumePmc, type PmcRow } from '../../common/domain/load/pmc';
import { dateInTimeZone } from '../../common/domain/time-zone';
import type { PmcSettings } from '../db/repositories/analytics-settings';
import { activityLoadsFrom, findRefreshInputs, type ActivityFacts } from '../db/repositories/refresh-inputs';
import { createLoadState, saveRefresh, type LoadState } from '../db/repositories/load-state';
import {
  deletePmcDays,
  pmcResumeRowsBefore,
  replacePmcDays,
  upsertPmcDays,
  type StoredPmcDay,
} from '../db/repositories/pmc-days';
import type { DbHandle, DbTransaction } from '../db/schema';
import { morningStatusOn } from './morning-status';

/**
 * Keeps each athlete's stored PMC rows (db table daily_load) and roster status current. Writes only
 * mark an athlete dirty from a date (markLoadDirty); the rows are brought up to date here, lazily
 * before a read or eagerly after a bulk write:
 * - dirty from D, with the stored row of D−1 in place: resumePmc from the 28 stored rows before D,
 *   replacing only the rows from D on (resumePmc equals a full recompute exactly);
 * - dirty from the history's first day or earlier (a convention change, a new first activity):
 *   computePmc over the whole history;
 * - not dirty but computed only up to a past day: extended to today the same incremental way, so the
 *   roster shows today's decayed CTL/ATL.
 * Rows run from the first activity (or the seed's date) to the athlete's today (their zone's date), or to their
 * last activity if one is dated later. The HRV and resting-HR status the roster shows is stored beside
 * them and recomputed when readings change (markWellnessDirty) or the day moves on.
 */

/** Whether anything the roster reads is stale: PMC rows, morning status, or a new day (`today`, the athlete's). */
export function needsRefresh(state: LoadState | null, today: string): boolean {
  if (!state || state.dirtyFrom !== null || state.wellnessDirty) return true;
  return state.refreshedFor !== today;
}

export interface RefreshOutcome {
  pmc: 'none' | 'full' | 'incremental';
  /** PMC rows written. */
  days: number;
  morningStatus: boolean;
}

/**
 * Brings one athlete's stored PMC rows and morning status up to their local today, in one
 * transaction, doing only the parts that are stale.
 */
export async function refreshAthlete(db: DbHandle, athleteId: number, now: Date): Promise<RefreshOutcome> {
  return db.transaction().execute(async (trx) => {
    let inputs = await findRefreshInputs(trx, athleteId);
    if (!inputs.state) {
      await createLoadState(trx, athleteId);
      inputs = await findRefreshInputs(trx, athleteId);
    }
    const { facts, settings } = inputs;
    const state = inputs.state!;
    const today = dateInTimeZone(inputs.timeZone, now.getTime());
    const pmcStale = state.dirtyFrom !== null || state.computedThrough === null || state.computedThrough < today;
    const pmc = pmcStale ? await refreshPmcRows(trx, state, facts, settings, today) : null;
    const morningStatus =
      state.wellnessDirty || state.refreshedFor !== today ? await morningStatusOn(trx, athleteId, today) : null;
    await saveRefresh(trx, athleteId, {
      refreshedFor: today,
      pmc: pmc && {
        computedThrough: pmc.computedThrough,
        activityCount: facts.count,
        lastActivityAt: facts.lastActivityAt,
      },
      morningStatus,
    });
    return { pmc: pmc?.mode ?? 'none', days: pmc?.days ?? 0, morningStatus: morningStatus !== null };
  });
}

interface PmcRefresh {
  mode: 'none' | 'full' | 'incremental';
  days: number;
  /** Date of the last stored row afterwards; null when there is no history. */
  computedThrough: string | null;
}

async function refreshPmcRows(
  trx: DbTransaction,
  state: LoadState,
  facts: ActivityFacts,
  { convention, seed }: PmcSettings,
  today: string,
): Promise<PmcRefresh> {
  const { athleteId } = state;
  const start = seed?.date ?? facts.firstDate;
  const end = facts.lastDate !== null && facts.lastDate > today ? facts.lastDate : today;

  if (start === null || start > end) {
    await deletePmcDays(trx, athleteId, null);
    return { mode: 'full', days: 0, computedThrough: null };
  }

  const resumeFrom = resumeDate(state);
  const previous =
    resumeFrom !== null && resumeFrom > start
      ? await pmcResumeRowsBefore(trx, athleteId, resumeFrom, PMC_LOOKBACK_DAYS)
      : [];
  if (resumeFrom !== null && previous.at(-1)?.date === addDays(resumeFrom, -1)) {
    if (resumeFrom > end) {
      // Only days after the end changed (an activity dated in the future was removed): drop them.
      await deletePmcDays(trx, athleteId, addDays(end, 1));
      return { mode: 'none', days: 0, computedThrough: end };
    }
    const loads = sumDailyLoads(await activityLoadsFrom(trx, athleteId, resumeFrom));
    const rows = resumePmc(previous, loads, { to: end, convention });
    // The same result as replacing every row from D on: the rows from D to the end are overwritten in
    // place (one upsert), and any stored beyond the end (an activity dated later was removed) dropped.
    await deletePmcDays(trx, athleteId, addDays(end, 1));
    await upsertPmcDays(trx, athleteId, withLoadSums(previous, rows));
    return { mode: 'incremental', days: rows.length, computedThrough: end };
  }

  const loads = sumDailyLoads(await activityLoadsFrom(trx, athleteId, start));
  const rows = computePmc(loads, { from: start, to: end, convention, ...(seed && { seed }) });
  await replacePmcDays(trx, athleteId, null, withLoadSums([], rows));
  return { mode: 'full', days: rows.length, computedThrough: end };
}

/**
 * The first day whose stored row is stale: the dirty date, or the day after the last stored row when
 * that is earlier (a new day, or an activity dated beyond the stored rows). Null when nothing was stored.
 */
function resumeDate(state: LoadState): string | null {
  const afterStored = state.computedThrough === null ? null : addDays(state.computedThrough, 1);
  if (state.dirtyFrom === null) return afterStored;
  if (afterStored === null) return state.dirtyFrom;
  return state.dirtyFrom < afterStored ? state.dirtyFrom : afterStored;
}

/**
 * Adds the rolling 7- and 28-day load sums, continuing from the stored days before the new rows.
 * Each window is summed afresh in date order, so a resumed row carries bit-for-bit the sum a full
 * recompute gives.
 */
function withLoadSums(previous: readonly Pick<PmcRow, 'load'>[], rows: readonly PmcRow[]): StoredPmcDay[] {
  const loads = previous.slice(-(ACWR_CHRONIC_DAYS - 1)).map((d) => d.load);
  return rows.map((row) => {
    loads.push(row.load);
    if (loads.length > ACWR_CHRONIC_DAYS) loads.shift();
    return { ...row, load7d: sumOf(loads.slice(-7)), load28d: sumOf(loads) };
  });
}

function sumOf(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
}
