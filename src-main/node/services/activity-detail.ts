import { ACTIVITY_DETAIL_MAX_POINTS, AppError, type ActivityDetail, type DetailChannel } from '../../common/contract';
import type { ActivityStreams } from '../../common/domain/activity';
import { getActivityWithMetrics, listLaps, loadStreams } from '../db/repositories/activities';
import { findAthleteBrief } from '../db/repositories/imports';
import type { ServiceContext } from './context';
import { rescoreStaleMetrics } from './activity-rescore';

const DETAIL_CHANNELS: readonly DetailChannel[] = ['hr', 'power', 'speed', 'altitude', 'cadence'];

/**
 * Means over equal buckets of samples. A mean (rather than every n-th sample) keeps the shape of
 * short surges in power and HR; NaN samples are skipped, and an all-NaN bucket becomes null so the
 * chart shows a gap instead of a made-up value.
 */
export function downsampleStreams(streams: ActivityStreams, maxPoints: number): NonNullable<ActivityDetail['streams']> {
  const samples = streams.time.length;
  const bucket = Math.max(1, Math.ceil(samples / maxPoints));
  const start = streams.time[0] ?? 0;
  const seconds: number[] = [];
  for (let i = 0; i < samples; i += bucket) seconds.push(Math.round(streams.time[i]! - start));

  const channels: Partial<Record<DetailChannel, (number | null)[]>> = {};
  for (const channel of DETAIL_CHANNELS) {
    const values = streams[channel];
    if (!values || !values.some(Number.isFinite)) continue;
    const means: (number | null)[] = [];
    for (let i = 0; i < samples; i += bucket) {
      let sum = 0;
      let count = 0;
      for (let j = i; j < Math.min(i + bucket, samples); j++) {
        if (Number.isFinite(values[j])) {
          sum += values[j]!;
          count++;
        }
      }
      means.push(count === 0 ? null : Math.round((sum / count) * 100) / 100);
    }
    channels[channel] = means;
  }
  return { seconds, channels };
}

export async function getActivityDetail(ctx: ServiceContext, id: number): Promise<ActivityDetail> {
  const found = await freshActivity(ctx, id);
  const [laps, streams] = await Promise.all([listLaps(ctx.db, id), loadStreams(ctx.db, id)]);
  return {
    activity: found.summary,
    laps,
    streams: streams ? downsampleStreams(streams, ACTIVITY_DETAIL_MAX_POINTS) : null,
    metrics: found.analysis.metrics,
  };
}

/** The activity with its stored metrics, scored again first when they predate an entry of the metric registry. */
async function freshActivity(ctx: ServiceContext, id: number) {
  const found = await getActivityWithMetrics(ctx.db, id);
  if (!found) throw new AppError('NOT_FOUND', `No activity with id ${id}`, 'id');
  if (!found.analysis.stale) return found;
  const athlete = await findAthleteBrief(ctx.db, found.summary.athleteId);
  if (!athlete) return found;
  await ctx.db.transaction().execute((trx) => rescoreStaleMetrics(trx, athlete, found.summary));
  return (await getActivityWithMetrics(ctx.db, id)) ?? found;
}
