import { AppError, type AnalyticsSettings, type PmcDay, type PmcSeries } from '../../common/contract';
import { DEFAULT_PMC_CONVENTION, labelPmcConvention } from '../../common/domain/load/pmc-convention';
import { findPmcSettings, savePmcSettings, type DatedPmcSeed } from '../db/repositories/analytics-settings';
import { findLoadState, markLoadDirtyFromStart } from '../db/repositories/load-state';
import { listPmcSeriesDays } from '../db/repositories/pmc-days';
import { findAthleteBrief, type AthleteBrief } from '../db/repositories/imports';
import { listRosterAthletes } from '../db/repositories/roster';
import type { ServiceContext } from './context';
import { dateInTimeZone } from '../../common/domain/time-zone';
import { findAthleteTimeZone } from '../db/repositories/athletes';
import { needsRefresh, refreshAthlete } from './load-refresh';

export async function requireAthlete(ctx: ServiceContext, athleteId: number): Promise<AthleteBrief> {
  const athlete = await findAthleteBrief(ctx.db, athleteId);
  if (!athlete) throw new AppError('NOT_FOUND', `No athlete with id ${athleteId}`, 'athleteId');
  return athlete;
}

/** Refreshes one athlete's stored PMC if it is stale; the lazy step before every read. */
export async function ensureLoadCurrent(ctx: ServiceContext, athleteId: number): Promise<void> {
  await athleteToday(ctx, athleteId);
}

/**
 * The athlete's today — the date in their time zone — with their stored PMC brought up to it first (so
 * reads of today find a row). Every service that asks what "today" is for an athlete asks here.
 */
export async function athleteToday(ctx: ServiceContext, athleteId: number): Promise<string> {
  const now = ctx.now();
  const zone = await findAthleteTimeZone(ctx.db, athleteId);
  if (zone === null) throw new AppError('NOT_FOUND', `No athlete with id ${athleteId}`, 'athleteId');
  const today = dateInTimeZone(zone, now.getTime());
  if (needsRefresh(await findLoadState(ctx.db, athleteId), today)) await refreshAthlete(ctx.db, athleteId, now);
  return today;
}

/** Brings every non-archived athlete's stored PMC up to date, e.g. right after a bulk write. */
export async function refreshStaleLoads(ctx: ServiceContext): Promise<number> {
  const now = ctx.now();
  const stale = (await listRosterAthletes(ctx.db)).filter((a) =>
    needsRefresh(a.loadState, dateInTimeZone(a.timeZone, now.getTime())),
  );
  for (const a of stale) await refreshAthlete(ctx.db, a.id, now);
  return stale.length;
}

/** The athlete's PMC, one entry per stored day (rest days included), optionally narrowed to a range. */
export async function getPmcSeries(
  ctx: ServiceContext,
  athleteId: number,
  range: { from?: string; to?: string },
): Promise<PmcSeries> {
  await requireAthlete(ctx, athleteId);
  await ensureLoadCurrent(ctx, athleteId);
  const { convention } = await findPmcSettings(ctx.db, athleteId);
  const days: PmcDay[] = await listPmcSeriesDays(ctx.db, athleteId, range);
  return { athleteId, convention: labelPmcConvention(convention), days };
}

export async function getAnalyticsSettings(ctx: ServiceContext, athleteId: number): Promise<AnalyticsSettings> {
  await requireAthlete(ctx, athleteId);
  const { convention, seed } = await findPmcSettings(ctx.db, athleteId);
  return {
    athleteId,
    convention: labelPmcConvention(convention),
    seed,
    defaultConvention: labelPmcConvention(DEFAULT_PMC_CONVENTION),
  };
}

export interface AnalyticsSettingsPatch {
  smoothing?: 'trainingpeaks' | 'goldencheetah';
  formTiming?: 'previous-day' | 'same-day';
  ctlDays?: number;
  atlDays?: number;
  seed?: DatedPmcSeed | null;
}

/** Changes the athlete's PMC convention or seed and recomputes their whole stored history. */
export async function updateAnalyticsSettings(
  ctx: ServiceContext,
  athleteId: number,
  patch: AnalyticsSettingsPatch,
): Promise<AnalyticsSettings> {
  await requireAthlete(ctx, athleteId);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await findPmcSettings(trx, athleteId);
    const c = current.convention;
    const convention = {
      smoothing: patch.smoothing ?? c.smoothing,
      formTiming: patch.formTiming ?? c.formTiming,
      ctlDays: patch.ctlDays ?? c.ctlDays,
      atlDays: patch.atlDays ?? c.atlDays,
    };
    const next = { convention, seed: patch.seed === undefined ? current.seed : patch.seed };
    await savePmcSettings(trx, athleteId, next, ctx.now().toISOString());
    await markLoadDirtyFromStart(trx, athleteId);
  });
  await refreshAthlete(ctx.db, athleteId, ctx.now());
  ctx.events.emit({ type: 'data.changed', scope: 'settings', athleteId });
  return getAnalyticsSettings(ctx, athleteId);
}
