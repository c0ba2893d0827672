import type { ActivitySummary, LoadExplanation } from '../../../common/contract';
import type { Sport } from '../../../common/domain/sports';
import type {
  ActivityLap,
  ActivityLoad,
  ActivityRecord,
  ActivityStreams,
  ActivityTimeSource,
  ActivityWarning,
  StreamChannel,
} from '../../../common/domain/activity';
import { localDateOf } from '../../../common/domain/dates';
import type { ActivityRow, Db } from '../schema';
import { decodeStreams, encodeStreams, type EncodedStreams } from '../stream-codec';
import { parseStoredAnalysis, type ParsedActivityAnalysis, type StoredMetricsJson } from './activity-analysis';
import { performanceColumns } from './activity-performance';

export interface ActivityInsert {
  athleteId: number;
  deviceId: number | null;
  record: ActivityRecord;
  /** How the source stated the record's time (default 'file-offset': its utcOffsetMinutes is its own). */
  timeSource?: ActivityTimeSource;
  /** What the coach should know about how the record was obtained; none by default. */
  warnings?: ActivityWarning[];
  load: ActivityLoad;
  /** The `metrics` JSON: the registry's metrics, curves and zones (see activity-analysis.ts). */
  storedMetrics?: StoredMetricsJson;
  /**
   * The record's streams already encoded with encodeStreams (null: it has none), when the caller did
   * it elsewhere — the importer encodes in its decode workers; otherwise they are encoded here.
   */
  encodedStreams?: EncodedStreams | null;
  isDemo: boolean;
  createdAt: string;
}

/** Writes an activity with its laps and streams; call inside a transaction so a failure leaves nothing behind. */
export async function insertActivity(db: Db, a: ActivityInsert): Promise<number> {
  const { id } = await db
    .insertInto('activities')
    .values({
      athlete_id: a.athleteId,
      ...recordColumns(a),
      rpe: a.record.rpe,
      notes: a.record.notes,
      is_demo: a.isDemo ? 1 : 0,
      created_at: a.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertLapsAndStreams(db, id, a);
  return id;
}

export type ActivityReplacement = Omit<ActivityInsert, 'athleteId' | 'isDemo' | 'createdAt'>;

/**
 * Puts another recording of the same activity in place of a stored one, keeping its id, athlete,
 * RPE and notes (the coach's, not the file's); summary, load, laps and streams are the new record's.
 */
export async function replaceActivityRecord(db: Db, id: number, a: ActivityReplacement): Promise<void> {
  await db.updateTable('activities').set(recordColumns(a)).where('id', '=', id).execute();
  await db.deleteFrom('laps').where('activity_id', '=', id).execute();
  await db.deleteFrom('activity_streams').where('activity_id', '=', id).execute();
  await insertLapsAndStreams(db, id, a);
}

/** The activity columns a recording sets: everything but its owner, annotations and bookkeeping. */
function recordColumns(a: ActivityReplacement) {
  const r = a.record;
  return {
    device_id: a.deviceId,
    sport: r.sport,
    sub_sport: r.subSport,
    name: r.name,
    start_time: r.startTime,
    utc_offset_minutes: r.utcOffsetMinutes,
    local_date: localDateOf(r.startTime, r.utcOffsetMinutes),
    time_source: a.timeSource ?? 'file-offset',
    warnings: JSON.stringify(a.warnings ?? []),
    elapsed_seconds: r.elapsedSeconds,
    timer_seconds: r.timerSeconds,
    moving_seconds: r.movingSeconds,
    distance_meters: r.distanceMeters,
    ascent_meters: r.ascentMeters,
    avg_hr: r.avgHr,
    max_hr: r.maxHr,
    avg_power: r.avgPower,
    max_power: r.maxPower,
    avg_cadence: r.avgCadence,
    avg_speed: r.avgSpeed,
    max_speed: r.maxSpeed,
    calories: r.calories,
    load: a.load.load,
    load_method: a.load.method,
    load_explanation: a.load.explanation,
    metrics: JSON.stringify(a.storedMetrics ?? a.load.metrics),
    ...performanceColumns(a.storedMetrics ?? a.load.metrics),
  };
}

async function insertLapsAndStreams(db: Db, id: number, a: ActivityReplacement): Promise<void> {
  const r = a.record;
  if (r.laps.length > 0) {
    await db
      .insertInto('laps')
      .values(
        r.laps.map((lap, index) => ({
          activity_id: id,
          lap_index: index,
          start_time: lap.startTime,
          elapsed_seconds: lap.elapsedSeconds,
          timer_seconds: lap.timerSeconds,
          distance_meters: lap.distanceMeters,
          avg_hr: lap.avgHr,
          max_hr: lap.maxHr,
          avg_power: lap.avgPower,
          max_power: lap.maxPower,
          avg_speed: lap.avgSpeed,
          avg_cadence: lap.avgCadence,
          intensity: lap.intensity,
        })),
      )
      .execute();
  }
  const encoded = a.encodedStreams !== undefined ? a.encodedStreams : r.streams ? encodeStreams(r.streams) : null;
  if (encoded) {
    await db
      .insertInto('activity_streams')
      .values({
        activity_id: id,
        sample_count: encoded.sampleCount,
        channels: JSON.stringify(encoded.channels),
        data: encoded.data,
      })
      .execute();
  }
}

/** Sets the session RPE and notes; the caller rescores the load, which may fall back to the RPE. */
/** An activity whose start was placed by its athlete's zone (time source 'utc' or 'floating'). */
export interface ZonePlacedActivity {
  id: number;
  startTime: string;
  utcOffsetMinutes: number;
  localDate: string;
  timeSource: Exclude<ActivityTimeSource, 'file-offset'>;
}

/** The athlete's activities whose day came from their zone rather than their file: what a change of zone re-dates. */
export async function listZonePlacedActivities(db: Db, athleteId: number): Promise<ZonePlacedActivity[]> {
  const rows = await db
    .selectFrom('activities')
    .select(['id', 'start_time', 'utc_offset_minutes', 'local_date', 'time_source'])
    .where('athlete_id', '=', athleteId)
    .where('time_source', 'in', ['utc', 'floating'])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    startTime: r.start_time,
    utcOffsetMinutes: r.utc_offset_minutes,
    localDate: r.local_date,
    timeSource: r.time_source as ZonePlacedActivity['timeSource'],
  }));
}

/** Gives an activity a new placement; a start that moved takes its laps along by the same amount. */
export async function updateActivityPlacement(
  db: Db,
  id: number,
  placed: { startTime: string; utcOffsetMinutes: number; localDate: string; timeSource?: ActivityTimeSource },
  shiftMs: number,
): Promise<void> {
  await db
    .updateTable('activities')
    .set({
      start_time: placed.startTime,
      utc_offset_minutes: placed.utcOffsetMinutes,
      local_date: placed.localDate,
      ...(placed.timeSource && { time_source: placed.timeSource }),
    })
    .where('id', '=', id)
    .execute();
  if (shiftMs === 0) return;
  const laps = await db.selectFrom('laps').select(['id', 'start_time']).where('activity_id', '=', id).execute();
  for (const lap of laps) {
    await db
      .updateTable('laps')
      .set({ start_time: new Date(Date.parse(lap.start_time) + shiftMs).toISOString() })
      .where('id', '=', lap.id)
      .execute();
  }
}

export async function updateActivityWarnings(db: Db, id: number, warnings: readonly ActivityWarning[]): Promise<void> {
  await db
    .updateTable('activities')
    .set({ warnings: JSON.stringify(warnings) })
    .where('id', '=', id)
    .execute();
}

export async function updateActivityAnnotations(
  db: Db,
  id: number,
  patch: { rpe?: number | null; notes?: string },
): Promise<void> {
  await db
    .updateTable('activities')
    .set({
      ...(patch.rpe !== undefined ? { rpe: patch.rpe } : {}),
      ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
    })
    .where('id', '=', id)
    .execute();
}

function toSummary(row: ActivityRow & { has_streams: number }): ActivitySummary {
  return {
    id: row.id,
    athleteId: row.athlete_id,
    sport: row.sport as Sport,
    subSport: row.sub_sport,
    name: row.name,
    startTime: row.start_time,
    localDate: row.local_date,
    timerSeconds: row.timer_seconds,
    elapsedSeconds: row.elapsed_seconds,
    distanceMeters: row.distance_meters,
    ascentMeters: row.ascent_meters,
    avgHr: row.avg_hr,
    avgPower: row.avg_power,
    load: row.load,
    loadMethod: row.load_method as LoadExplanation['method'],
    loadExplanation: row.load_explanation,
    rpe: row.rpe,
    notes: row.notes,
    warnings: JSON.parse(row.warnings) as ActivityWarning[],
    hasStreams: row.has_streams === 1,
    isDemo: row.is_demo === 1,
  };
}

function selectSummaries(db: Db) {
  return db
    .selectFrom('activities')
    .selectAll('activities')
    .select((eb) =>
      eb
        .exists(eb.selectFrom('activity_streams').select('activity_id').whereRef('activity_id', '=', 'activities.id'))
        .$castTo<number>()
        .as('has_streams'),
    );
}

export async function listActivities(
  db: Db,
  athleteId: number,
  range: { from?: string; to?: string; limit?: number },
): Promise<ActivitySummary[]> {
  let query = selectSummaries(db).where('athlete_id', '=', athleteId).orderBy('start_time', 'desc');
  if (range.from) query = query.where('local_date', '>=', range.from);
  if (range.to) query = query.where('local_date', '<=', range.to);
  if (range.limit) query = query.limit(range.limit);
  return (await query.execute()).map(toSummary);
}

export async function loadStreams(db: Db, activityId: number): Promise<ActivityStreams | null> {
  const row = await db
    .selectFrom('activity_streams')
    .selectAll()
    .where('activity_id', '=', activityId)
    .executeTakeFirst();
  if (!row) return null;
  return decodeStreams({
    sampleCount: row.sample_count,
    channels: JSON.parse(row.channels) as StreamChannel[],
    data: row.data,
  });
}

/** One activity's summary with its stored analysis, or undefined when there is no such activity. */
export async function getActivityWithMetrics(
  db: Db,
  id: number,
): Promise<{ summary: ActivitySummary; analysis: ParsedActivityAnalysis } | undefined> {
  const row = await selectSummaries(db).where('activities.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { summary: toSummary(row), analysis: parseStoredAnalysis(row.metrics) };
}

export async function listLaps(db: Db, activityId: number): Promise<ActivityLap[]> {
  const rows = await db
    .selectFrom('laps')
    .selectAll()
    .where('activity_id', '=', activityId)
    .orderBy('lap_index')
    .execute();
  return rows.map((row) => ({
    startTime: row.start_time,
    elapsedSeconds: row.elapsed_seconds,
    timerSeconds: row.timer_seconds,
    distanceMeters: row.distance_meters,
    avgHr: row.avg_hr,
    maxHr: row.max_hr,
    avgPower: row.avg_power,
    maxPower: row.max_power,
    avgSpeed: row.avg_speed,
    avgCadence: row.avg_cadence,
    intensity: row.intensity,
  }));
}
