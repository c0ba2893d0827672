import type { Sport } from '../../../common/domain/sports';
import type { ActivityLoad, ActivityRecord, ActivityStreams, StreamChannel } from '../../../common/domain/activity';
import type { ActivityAnalysis } from '../../../common/domain/metrics/activity-metrics';
import type { MeanMaximal } from '../../../common/domain/metrics/mean-maximal';
import { readStoredMetrics, type ActivityMetrics } from '../../../common/domain/metrics/registry';
import type { SampleExclusion } from '../../../common/domain/metrics/sample-plausibility';
import type { Db } from '../schema';
import { decodeStreams } from '../stream-codec';
import { performanceColumns } from './activity-performance';

export type ZoneModel = 'power' | 'hr' | 'pace';

/**
 * An activity's stored analysis: the registry's metric values (domain/metrics/registry.ts) and what
 * the analytics read back besides them — mean-maximal curves (power and pace charts, CP fit) and
 * seconds per zone (weekly time in zones). Stored when the activity is written, because the streams
 * they come from are costly to decode again.
 */
export interface StoredActivityAnalysis {
  metrics: ActivityMetrics;
  npSource: ActivityAnalysis['npSource'];
  meanMaxPower: MeanMaximal[];
  meanMaxSpeed: MeanMaximal[];
  /** Zone 1 first; the zone definitions are the metrics code's (Coggan power, Friel HR and pace). */
  zoneSeconds: Partial<Record<ZoneModel, number[]>>;
  /** What the import left out as impossible, so a rescore says it again. */
  excludedSamples: SampleExclusion[];
}

/**
 * The `activities.metrics` JSON: each metric under its registry id, beside the rest of the analysis.
 * Flat, so SQL reads a metric by its id (json_extract(metrics, '$.efficiencyFactor'), migration 011).
 */
export type StoredMetricsJson = ActivityMetrics & Omit<StoredActivityAnalysis, 'metrics'>;

export function storedMetricsJson({ metrics, ...rest }: StoredActivityAnalysis): StoredMetricsJson {
  return { ...metrics, ...rest };
}

/** A stored analysis as read back; `stale`: stored before an entry of the metric registry existed. */
export type ParsedActivityAnalysis = StoredActivityAnalysis & { stale: boolean };

/**
 * Parses the stored JSON. Activities written before the analysis was stored (or by other paths) have
 * no curves or zones, which every reader treats as "not measured"; `stale` says the JSON predates a
 * registry entry, so the activity is due to be scored again.
 */
export function parseStoredAnalysis(metricsJson: string): ParsedActivityAnalysis {
  const raw = JSON.parse(metricsJson) as Partial<StoredMetricsJson>;
  const { metrics, stale } = readStoredMetrics(raw);
  return {
    metrics,
    stale,
    npSource: raw.npSource === 'stream' || raw.npSource === 'device' ? raw.npSource : null,
    meanMaxPower: Array.isArray(raw.meanMaxPower) ? raw.meanMaxPower : [],
    meanMaxSpeed: Array.isArray(raw.meanMaxSpeed) ? raw.meanMaxSpeed : [],
    zoneSeconds: raw.zoneSeconds && typeof raw.zoneSeconds === 'object' ? raw.zoneSeconds : {},
    excludedSamples: Array.isArray(raw.excludedSamples) ? raw.excludedSamples : [],
  };
}

export interface AnalysedActivity {
  id: number;
  localDate: string;
  name: string;
  sport: Sport;
  timerSeconds: number;
  distanceMeters: number | null;
  load: number | null;
  analysis: ParsedActivityAnalysis;
}

/** An athlete's activities dated within the range, with their stored analysis; optionally only some sports. */
export async function listAnalysedActivities(
  db: Db,
  athleteId: number,
  range: { from: string; to: string; sports?: readonly Sport[] },
): Promise<AnalysedActivity[]> {
  let query = db
    .selectFrom('activities')
    .select(['id', 'local_date', 'name', 'sport', 'timer_seconds', 'distance_meters', 'load', 'metrics'])
    .where('athlete_id', '=', athleteId)
    .where('local_date', '>=', range.from)
    .where('local_date', '<=', range.to);
  if (range.sports) query = query.where('sport', 'in', range.sports);
  const rows = await query.orderBy('start_time').execute();
  return rows.map((r) => ({
    id: r.id,
    localDate: r.local_date,
    name: r.name,
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
  let query = db
    .selectFrom('activities')
    .selectAll()
    .where('athlete_id', '=', athleteId)
    .where('local_date', '>=', fromDate);
  if (onlyActivityId !== undefined) query = query.where('id', '=', onlyActivityId);
  const rows = await query.execute();
  for (const r of rows) {
    const stored = await db
      .selectFrom('activity_streams')
      .selectAll()
      .where('activity_id', '=', r.id)
      .executeTakeFirst();
    const streams: ActivityStreams | null = stored
      ? decodeStreams({
          sampleCount: stored.sample_count,
          channels: JSON.parse(stored.channels) as StreamChannel[],
          data: stored.data,
        })
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
        normalizedPower:
          !streams?.power && (analysis.npSource === 'device' || r.load_method === 'power') ? analysis.metrics.np : null,
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
export async function updateActivityScore(
  db: Db,
  activityId: number,
  load: ActivityLoad,
  storedMetrics: StoredMetricsJson,
): Promise<void> {
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
