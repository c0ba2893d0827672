import { AppError } from '../../common/contract';
import type { ActivityMetricsRow } from '../../common/domain/export/activities-csv';
import { listAnalysedActivities } from '../db/repositories/activity-analysis';
import { findAthleteBrief } from '../db/repositories/imports';
import { rescoreStaleMetrics } from './activity-rescore';
import type { ServiceContext } from './context';

/** ISO dates sort as text: these bound every day an activity can be filed on. */
const EVERY_DAY = { from: '0000-01-01', to: '9999-12-31' };

/**
 * An athlete's activities in the range (every one when it is open), oldest first, each with every
 * registry metric. Activities stored before an entry of the registry existed are scored again first,
 * as the activity view does, so no column is empty only because the activity is old.
 */
export async function listActivityMetrics(
  ctx: ServiceContext,
  athleteId: number,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<ActivityMetricsRow[]> {
  const athlete = await findAthleteBrief(ctx.db, athleteId);
  if (!athlete) throw new AppError('NOT_FOUND', `No athlete with id ${athleteId}`, 'athleteId');
  const bounds = { from: range.from ?? EVERY_DAY.from, to: range.to ?? EVERY_DAY.to };
  let activities = await listAnalysedActivities(ctx.db, athleteId, bounds);
  const stale = activities.filter((a) => a.analysis.stale);
  if (stale.length > 0) {
    await ctx.db.transaction().execute(async (trx) => {
      for (const a of stale) await rescoreStaleMetrics(trx, athlete, a);
    });
    activities = await listAnalysedActivities(ctx.db, athleteId, bounds);
  }
  return activities.map(({ analysis, ...a }) => ({
    id: a.id,
    localDate: a.localDate,
    name: a.name,
    sport: a.sport,
    timerSeconds: a.timerSeconds,
    distanceMeters: a.distanceMeters,
    load: a.load,
    metrics: analysis.metrics,
  }));
}
