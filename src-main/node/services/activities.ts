import type { ActivitySummary, ThresholdMetric } from '../../common/contract';
import type { ActivityRecord } from '../../common/domain/activity';
import { localDateOf } from '../../common/domain/dates';
import { insertActivity, listActivities as listActivityRows } from '../db/repositories/activities';
import { thresholdHistory, thresholdsOn } from '../db/repositories/athletes';
import { markLoadDirty } from '../db/repositories/daily-load';
import type { Db } from '../db/schema';
import { scoreActivity, storedMetricsOf } from './activity-analysis';
import type { ServiceContext } from './context';

export async function listActivities(
  ctx: ServiceContext,
  athleteId: number,
  range: { from?: string; to?: string; limit?: number },
): Promise<ActivitySummary[]> {
  return listActivityRows(ctx.db, athleteId, range);
}

/** Threshold values valid on a date, plus the date each was set (for explanations). */
export async function thresholdsForDate(db: Db, athleteId: number, date: string) {
  const history = await thresholdHistory(db, athleteId);
  const thresholds = thresholdsOn(history, date);
  const thresholdDates: Partial<Record<ThresholdMetric, string>> = {};
  for (const entry of history) if (entry.validFrom <= date) thresholdDates[entry.metric] = entry.validFrom;
  return { thresholds, thresholdDates };
}

/**
 * Stores one activity for an athlete with its training load computed from the thresholds valid on
 * the activity's local date. Runs on the given transaction so a caller can make a whole file atomic.
 * Its mean-maximal curves and zone times are stored with it, and the athlete's stored PMC is marked
 * stale from its date.
 */
export async function addActivity(
  db: Db,
  athlete: { id: number; sex: 'female' | 'male' | null },
  record: ActivityRecord,
  options: { deviceId?: number | null; isDemo?: boolean; now: Date },
): Promise<number> {
  const date = localDateOf(record.startTime, record.utcOffsetMinutes);
  const { thresholds, thresholdDates } = await thresholdsForDate(db, athlete.id, date);
  const scored = scoreActivity(record, { thresholds, thresholdDates, sex: athlete.sex });
  const id = await insertActivity(db, {
    athleteId: athlete.id,
    deviceId: options.deviceId ?? null,
    record,
    load: scored.load,
    storedMetrics: storedMetricsOf(scored),
    isDemo: options.isDemo ?? false,
    createdAt: options.now.toISOString(),
  });
  await markLoadDirty(db, athlete.id, date);
  return id;
}
