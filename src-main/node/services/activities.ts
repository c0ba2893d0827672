import type { ActivitySummary } from '../../common/contract';
import type { ThresholdEntry, ThresholdMetric } from '../../common/domain/thresholds';
import type { ActivityRecord, ActivityTimeSource, ActivityWarning } from '../../common/domain/activity';
import { localDateOf } from '../../common/domain/dates';
import type { StreamReductions } from '../../common/domain/metrics/activity-metrics';
import {
  getActivityWithMetrics,
  insertActivity,
  listActivities as listActivityRows,
  replaceActivityRecord,
} from '../db/repositories/activities';
import { thresholdHistory, thresholdsOn } from '../db/repositories/athletes';
import { markLoadDirty } from '../db/repositories/load-state';
import type { Db } from '../db/schema';
import type { EncodedStreams } from '../db/stream-codec';
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
  return thresholdsFromHistory(await thresholdHistory(db, athleteId), date);
}

export function thresholdsFromHistory(history: ThresholdEntry[], date: string) {
  const thresholds = thresholdsOn(history, date);
  const thresholdDates: Partial<Record<ThresholdMetric, string>> = {};
  for (const entry of history) if (entry.validFrom <= date) thresholdDates[entry.metric] = entry.validFrom;
  return { thresholds, thresholdDates };
}

/** Work an importer has already done for a record, off the writer's thread. */
export interface PreparedActivity {
  /** The record's threshold-free stream reductions (computeStreamReductions). */
  reductions: StreamReductions;
  /** Its streams encoded as stored (encodeStreams), or null when it has none. */
  encodedStreams: EncodedStreams | null;
}

export interface AddActivityOptions {
  deviceId?: number | null;
  /**
   * How the source stated the record's time, kept so a change of the athlete's zone can re-date it.
   * Default 'file-offset': the record's utcOffsetMinutes is its own (demo data, a record built in code).
   */
  timeSource?: ActivityTimeSource;
  /** What the coach should know about the record (an undated clock, a recovered file); none by default. */
  warnings?: ActivityWarning[];
  isDemo?: boolean;
  now: Date;
  prepared?: PreparedActivity;
  /** The athlete's threshold history, when the caller has read it already (one read per import batch). */
  thresholdHistory?: ThresholdEntry[];
  /**
   * Where to note the date from which the athlete's stored PMC is stale, when the caller marks it
   * once for many activities (on the same transaction); by default it is marked here.
   */
  noteLoadDirty?: (athleteId: number, date: string) => void;
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
  options: AddActivityOptions,
): Promise<number> {
  const date = localDateOf(record.startTime, record.utcOffsetMinutes);
  const { thresholds, thresholdDates } = options.thresholdHistory
    ? thresholdsFromHistory(options.thresholdHistory, date)
    : await thresholdsForDate(db, athlete.id, date);
  const scored = scoreActivity(record, { thresholds, thresholdDates, sex: athlete.sex }, options.prepared?.reductions);
  const id = await insertActivity(db, {
    athleteId: athlete.id,
    deviceId: options.deviceId ?? null,
    timeSource: options.timeSource ?? 'file-offset',
    warnings: options.warnings ?? [],
    record,
    load: scored.load,
    storedMetrics: storedMetricsOf(scored),
    ...(options.prepared && { encodedStreams: options.prepared.encodedStreams }),
    isDemo: options.isDemo ?? false,
    createdAt: options.now.toISOString(),
  });
  if (options.noteLoadDirty) options.noteLoadDirty(athlete.id, date);
  else await markLoadDirty(db, athlete.id, date);
  return id;
}

/**
 * Puts a richer recording of an activity in place of the stored one (same id, so nothing that names
 * it breaks), scored like a new activity with the coach's RPE and notes carried over. The stored PMC
 * is stale from the earlier of the two dates.
 */
export async function replaceActivity(
  db: Db,
  athlete: { id: number; sex: 'female' | 'male' | null },
  activityId: number,
  record: ActivityRecord,
  options: Omit<AddActivityOptions, 'isDemo'>,
): Promise<void> {
  const stored = await getActivityWithMetrics(db, activityId);
  if (!stored) throw new Error(`activity ${activityId} does not exist`);
  const annotated = { ...record, rpe: stored.summary.rpe, notes: stored.summary.notes };
  const date = localDateOf(record.startTime, record.utcOffsetMinutes);
  const { thresholds, thresholdDates } = options.thresholdHistory
    ? thresholdsFromHistory(options.thresholdHistory, date)
    : await thresholdsForDate(db, athlete.id, date);
  // The worker's reductions do not depend on RPE or notes, so they still hold for the annotated record.
  const scored = scoreActivity(
    annotated,
    { thresholds, thresholdDates, sex: athlete.sex },
    options.prepared?.reductions,
  );
  await replaceActivityRecord(db, activityId, {
    deviceId: options.deviceId ?? null,
    timeSource: options.timeSource ?? 'file-offset',
    warnings: options.warnings ?? [],
    record: annotated,
    load: scored.load,
    storedMetrics: storedMetricsOf(scored),
    ...(options.prepared && { encodedStreams: options.prepared.encodedStreams }),
  });
  for (const changed of new Set([date, stored.summary.localDate])) {
    if (options.noteLoadDirty) options.noteLoadDirty(athlete.id, changed);
    else await markLoadDirty(db, athlete.id, changed);
  }
}
