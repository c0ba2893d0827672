import type { Sport } from '../../../common/domain/sports';
import type { ActivityLoad, ActivityRecord, ActivityStreams, StreamChannel } from '../../../common/domain/activity';
import type { ActivityMetrics } from '../../../common/domain/metrics/activity-metrics';
import type { MeanMaximal } from '../../../common/domain/metrics/mean-maximal';
import type { SampleExclusion } from '../../../common/domain/metrics/sample-plausibility';
import type { Db } from '../schema';
import { decodeStreams } from '../stream-codec';
import { performanceColumns } from './activity-performance';

export type ZoneModel = 'power' | 'hr' | 'pace';

/**
 * What the analytics read back from an activity's `metrics` JSON besides the load's own numbers:
 * mean-maximal curves (power and pace charts, CP fit) and seconds per zone (weekly time in zones).
 * Stored when the activity is written, because the streams they come from are costly to decode again.
 */
export interface StoredActivityAnalysis {
  np: number | null;
  npSource: ActivityMetrics['npSource'];
  efficiencyFactor: number | null;
  decouplingPercent: number | null;
  meanMaxPower: MeanMaximal[];
  meanMaxSpeed: MeanMaximal[];
  /** Zone 1 first; the zone definitions are the metrics code's (Coggan power, Friel HR and pace). */
  zoneSeconds: Partial<Record<ZoneModel, number[]>>;
  /** What the import left out as impossible, so a rescore says it again. */
  excludedSamples: SampleExclusion[];
}

/**
 * Activities written before the analysis was stored (or by other paths) have no curves or zones,
 * which every reader treats as "not measured".
 */
function parseStoredAnalysis(metricsJson: string): StoredActivityAnalysis {
  const raw = JSON.parse(metricsJson) as Partial<StoredActivityAnalysis>;
  return {
    np: typeof raw.np === 'number' ? raw.np : null,
    npSource: raw.npSource ?? null,
    efficiencyFactor: raw.efficiencyFactor ?? null,
    decouplingPercent: raw.decouplingPercent ?? null,
    meanMaxPower: Array.isArray(raw.meanMaxPower) ? raw.meanMaxPower : [],
    meanMaxSpeed: Array.isArray(raw.meanMaxSpeed) ? raw.meanMaxSpeed : [],
    zoneSeconds: raw.zoneSeconds && typeof raw.zoneSeconds === 'object' ? raw.zoneSeconds : {},
    excludedSamples: Array.isArray(raw.excludedSamples) ? raw.excludedSamples : [],
  };
}

export interface AnalysedActivity {
  id: number;
  localDate: string;
  sport: Sport;
  timerSeconds: number;
  distanceMeters: number | null;
  load: number | null;
  analysis: StoredActivityAnalysis;
}

/** An athlete's activities dated within the range, with their stored analysis; optionally only some sports. */
export async function listAnalysedActivities(
  db: Db,
  athleteId: number,
  range: { from: string; to: string; sports?: readonly Sport[] },
): Promise<AnalysedActivity[]> {
  let query = db
    .selectFrom('activities')
    .select(['id', 'local_date', 'sport', 'timer_seconds', 'distance_meters', 'load', 'metrics'])
    .where('athlete_id', '=', athleteId)
    .where('local_date', '>=', range.from)
    .where('local_date', '<=', range.to);
  if (range.sports) query = query.where('sport', 'in', range.sports);
  const rows = await query.orderBy('start_time').execute();
  return rows.map((r) => ({
    id: r.id,
    localDate: r.local_date,
    sport: r.sport as Sport,
    timerSeconds: r.timer_seconds,
    distanceMeters: r.distance_meters,
    load: r.load,
    analysis: parseStoredAnalysis(r.metrics),
  }));
}

/**
 * An athlete's activities dated on or after `fromDate`, rebuilt as records (streams decoded) so their
 * load can be scored again. Laps are left out: no metric depends on them. The device's own NP is not
 * a column; it survives in the stored analysis when it was the NP used.
 */
export async function* activitiesToRescore(
  db: Db,
  athleteId: number,
  fromDate: string,
  onlyActivityId?: number,
): AsyncGenerator<{ id: number; record: ActivityRecord }> {
  let query = db.selectFrom('activities').selectAll().where('athlete_id', '=', athleteId).where('local_date', '>=', fromDate);
  if (onlyActivityId !== undefined) query = query.where('id', '=', onlyActivityId);
  const rows = await query.execute();
  for (const r of rows) {
    const stored = await db.selectFrom('activity_streams').selectAll().where('activity_id', '=', r.id).executeTakeFirst();
    const streams: ActivityStreams | null = stored
      ? decodeStreams({ sampleCount: stored.sample_count, channels: JSON.parse(stored.channels) as StreamChannel[], data: stored.data })
      : null;
    const analysis = parseStoredAnalysis(r.metrics);
    yield {
      id: r.id,
      record: {
        sport: r.sport as Sport,
        subSport: r.sub_sport,
        name: r.name,
        startTime: r.start_time,
        utcOffsetMinutes: r.utc_offset_minutes,
        elapsedSeconds: r.elapsed_seconds,
        timerSeconds: r.timer_seconds,
        movingSeconds: r.moving_seconds,
        distanceMeters: r.distance_meters,
        ascentMeters: r.ascent_meters,
        avgHr: r.avg_hr,
        maxHr: r.max_hr,
        avgPower: r.avg_power,
        maxPower: r.max_power,
        normalizedPower: !streams?.power && (analysis.npSource === 'device' || r.load_method === 'power') ? analysis.np : null,
        avgCadence: r.avg_cadence,
        avgSpeed: r.avg_speed,
        maxSpeed: r.max_speed,
        calories: r.calories,
        rpe: r.rpe,
        notes: r.notes,
        laps: [],
        streams,
        ...(analysis.excludedSamples.length > 0 && { excludedSamples: analysis.excludedSamples }),
      },
    };
  }
}

/** Replaces an activity's load and stored metrics after its thresholds changed. */
export async function updateActivityScore(db: Db, activityId: number, load: ActivityLoad, storedMetrics: Record<string, unknown>): Promise<void> {
  await db
    .updateTable('activities')
    .set({
      load: load.load,
      load_method: load.method,
      load_explanation: load.explanation,
      metrics: JSON.stringify(storedMetrics),
      ...performanceColumns(storedMetrics),
    })
    .where('id', '=', activityId)
    .execute();
}
