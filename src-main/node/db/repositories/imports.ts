import type { Sport } from '../../../common/domain/sports';
import type { ActivityWarning } from '../../../common/domain/activity';
import type { SummaryValues } from '../../../common/domain/same-activity';
import type { Db } from '../schema';

/** Rows of the import bookkeeping: files by content hash, activity sources, the assignment queue, watch folders. */

export interface ImportFileInsert {
  sha256: string;
  name: string;
  bytes: number;
  format: string | null;
  deviceId: number | null;
  seenAt: string;
}

/** Records a file once; a later sighting keeps the first name and fills in what was unknown then. */
export async function saveImportFile(db: Db, f: ImportFileInsert): Promise<void> {
  await db
    .insertInto('import_files')
    .values({
      sha256: f.sha256,
      name: f.name,
      bytes: f.bytes,
      format: f.format,
      device_id: f.deviceId,
      first_seen_at: f.seenAt,
    })
    .onConflict((oc) =>
      oc.column('sha256').doUpdateSet((eb) => ({
        format: eb.fn.coalesce('import_files.format', eb.val(f.format)),
        device_id: eb.fn.coalesce('import_files.device_id', eb.val(f.deviceId)),
      })),
    )
    .execute();
}

export interface KnownFile {
  name: string;
  firstSeenAt: string;
  activityIds: number[];
  queued: boolean;
}

/**
 * The activities already imported from a file with this content hash, in file order (none for a file
 * never imported, or only queued): the one query an import runs per file before decoding it.
 */
export async function activityIdsOfFile(db: Db, sha256: string): Promise<number[]> {
  const rows = await db
    .selectFrom('activity_sources')
    .select('activity_id')
    .where('file_sha256', '=', sha256)
    .orderBy('activity_index')
    .execute();
  return rows.map((r) => r.activity_id);
}

/**
 * The byte sizes of every file recorded so far. A file whose size is not among them cannot have been
 * imported before, so a large import reads, hashes and checks such files in its workers only.
 */
export async function importedFileSizes(db: Db): Promise<Set<number>> {
  const rows = await db.selectFrom('import_files').select('bytes').distinct().execute();
  return new Set(rows.map((r) => r.bytes));
}

/** Which of these content hashes have a recorded file. */
export async function listImportedHashes(db: Db, sha256s: readonly string[]): Promise<Set<string>> {
  if (sha256s.length === 0) return new Set();
  const rows = await db.selectFrom('import_files').select('sha256').where('sha256', 'in', sha256s).execute();
  return new Set(rows.map((r) => r.sha256));
}

/** What the database already holds for a content hash, or null for a file never seen. */
export async function findKnownFile(db: Db, sha256: string): Promise<KnownFile | null> {
  const file = await db
    .selectFrom('import_files')
    .select(['name', 'first_seen_at'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (!file) return null;
  const sources = await db
    .selectFrom('activity_sources')
    .select('activity_id')
    .where('file_sha256', '=', sha256)
    .orderBy('activity_index')
    .execute();
  const queued = await db
    .selectFrom('assignment_queue')
    .select('id')
    .where('file_sha256', '=', sha256)
    .executeTakeFirst();
  return {
    name: file.name,
    firstSeenAt: file.first_seen_at,
    activityIds: sources.map((s) => s.activity_id),
    queued: queued !== undefined,
  };
}

/**
 * Names the file (and its activity) an activity was imported from. An activity has one source: when a
 * richer file of the same activity takes its place, its row is pointed at that file.
 */
export async function saveActivitySource(
  db: Db,
  s: {
    activityId: number;
    sha256: string;
    activityIndex: number;
    eventKey: string | null;
    legIndex: number | null;
    importedAt: string;
  },
): Promise<void> {
  const source = {
    file_sha256: s.sha256,
    activity_index: s.activityIndex,
    event_key: s.eventKey,
    leg_index: s.legIndex,
    imported_at: s.importedAt,
  };
  await db
    .insertInto('activity_sources')
    .values({ activity_id: s.activityId, ...source })
    .onConflict((oc) => oc.column('activity_id').doUpdateSet(source))
    .execute();
}

export interface ActivitySource {
  sha256: string;
  fileName: string;
  activityIndex: number;
}

export async function findActivitySource(db: Db, activityId: number): Promise<ActivitySource | null> {
  const row = await db
    .selectFrom('activity_sources as s')
    .innerJoin('import_files as f', 'f.sha256', 's.file_sha256')
    .select(['s.file_sha256', 's.activity_index', 'f.name'])
    .where('s.activity_id', '=', activityId)
    .executeTakeFirst();
  return row ? { sha256: row.file_sha256, fileName: row.name, activityIndex: row.activity_index } : null;
}

/** A stored activity near a new recording's time, with what duplicate detection compares. */
export interface NearbyActivity extends SummaryValues {
  id: number;
  startTime: string;
  localDate: string;
  elapsedSeconds: number;
  name: string;
  sourceFile: string | null;
  /** Its stored stream channels, time included (none without streams). */
  channels: string[];
}

/** The athlete's activities starting within [fromIso, toIso] (string bounds; callers re-check exact times). */
export async function activitiesStartingBetween(
  db: Db,
  athleteId: number,
  fromIso: string,
  toIso: string,
): Promise<NearbyActivity[]> {
  const rows = await db
    .selectFrom('activities as a')
    .leftJoin('activity_sources as s', 's.activity_id', 'a.id')
    .leftJoin('import_files as f', 'f.sha256', 's.file_sha256')
    .leftJoin('activity_streams as st', 'st.activity_id', 'a.id')
    .select([
      'a.id',
      'a.sport',
      'a.sub_sport',
      'a.start_time',
      'a.local_date',
      'a.elapsed_seconds',
      'a.moving_seconds',
      'a.distance_meters',
      'a.ascent_meters',
      'a.avg_hr',
      'a.max_hr',
      'a.avg_power',
      'a.max_power',
      'a.avg_cadence',
      'a.avg_speed',
      'a.max_speed',
      'a.calories',
      'a.name',
      'f.name as file_name',
      'st.channels',
    ])
    .where('a.athlete_id', '=', athleteId)
    .where('a.start_time', '>=', fromIso)
    .where('a.start_time', '<=', toIso)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sport: r.sport as Sport,
    subSport: r.sub_sport,
    startTime: r.start_time,
    localDate: r.local_date,
    elapsedSeconds: r.elapsed_seconds,
    movingSeconds: r.moving_seconds,
    distanceMeters: r.distance_meters,
    ascentMeters: r.ascent_meters,
    avgHr: r.avg_hr,
    maxHr: r.max_hr,
    avgPower: r.avg_power,
    maxPower: r.max_power,
    avgCadence: r.avg_cadence,
    avgSpeed: r.avg_speed,
    maxSpeed: r.max_speed,
    calories: r.calories,
    name: r.name,
    sourceFile: r.file_name,
    channels: r.channels ? (JSON.parse(r.channels) as string[]) : [],
  }));
}

export interface QueueEntryInsert {
  sha256: string;
  path: string;
  deviceId: number | null;
  reason: string;
  activityCount: number;
  firstStartTime: string | null;
  sports: Sport[];
  createdAt: string;
}

export async function enqueueForAssignment(db: Db, q: QueueEntryInsert): Promise<void> {
  await db
    .insertInto('assignment_queue')
    .values({
      file_sha256: q.sha256,
      path: q.path,
      device_id: q.deviceId,
      reason: q.reason,
      activity_count: q.activityCount,
      first_start_time: q.firstStartTime,
      sports: JSON.stringify(q.sports),
      created_at: q.createdAt,
    })
    .onConflict((oc) => oc.column('file_sha256').doNothing())
    .execute();
}

export interface QueueEntryRow extends QueueEntryInsert {
  id: number;
}

export async function listQueueEntries(
  db: Db,
  filter: { id?: number; deviceId?: number } = {},
): Promise<QueueEntryRow[]> {
  let query = db.selectFrom('assignment_queue').selectAll().orderBy('first_start_time').orderBy('id');
  if (filter.id !== undefined) query = query.where('id', '=', filter.id);
  if (filter.deviceId !== undefined) query = query.where('device_id', '=', filter.deviceId);
  return (await query.execute()).map((r) => ({
    id: r.id,
    sha256: r.file_sha256,
    path: r.path,
    deviceId: r.device_id,
    reason: r.reason,
    activityCount: r.activity_count,
    firstStartTime: r.first_start_time,
    sports: JSON.parse(r.sports) as Sport[],
    createdAt: r.created_at,
  }));
}

export async function removeQueueEntryForFile(db: Db, sha256: string): Promise<void> {
  await db.deleteFrom('assignment_queue').where('file_sha256', '=', sha256).execute();
}

export async function deleteQueueEntry(db: Db, id: number): Promise<number> {
  const result = await db.deleteFrom('assignment_queue').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface WatchFolderRow {
  id: number;
  path: string;
  kind: 'watch' | 'mount_root';
  createdAt: string;
}

export async function listWatchFolderRows(db: Db): Promise<WatchFolderRow[]> {
  const rows = await db.selectFrom('watch_folders').selectAll().orderBy('path').execute();
  return rows.map((r) => ({ id: r.id, path: r.path, kind: r.kind, createdAt: r.created_at }));
}

export async function insertWatchFolder(
  db: Db,
  path: string,
  kind: 'watch' | 'mount_root',
  now: string,
): Promise<number> {
  await db
    .insertInto('watch_folders')
    .values({ path, kind, created_at: now })
    .onConflict((oc) => oc.column('path').doUpdateSet({ kind }))
    .execute();
  const row = await db.selectFrom('watch_folders').select('id').where('path', '=', path).executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteWatchFolder(db: Db, id: number): Promise<number> {
  const result = await db.deleteFrom('watch_folders').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface AthleteBrief {
  id: number;
  name: string;
  sex: 'female' | 'male' | null;
  /** IANA zone that places the athlete's activities whose files state no local offset. */
  timeZone: string;
}

/** What an import needs to know about the athlete it writes for. */
export async function findAthleteBrief(db: Db, id: number): Promise<AthleteBrief | null> {
  const row = await db
    .selectFrom('athletes')
    .select(['id', 'name', 'sex', 'time_zone'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name, sex: row.sex, timeZone: row.time_zone } : null;
}

export async function findActivityOwner(
  db: Db,
  activityId: number,
): Promise<{ athleteId: number; startTime: string; localDate: string; warnings: ActivityWarning[] } | null> {
  const row = await db
    .selectFrom('activities')
    .select(['athlete_id', 'start_time', 'local_date', 'warnings'])
    .where('id', '=', activityId)
    .executeTakeFirst();
  return row
    ? {
        athleteId: row.athlete_id,
        startTime: row.start_time,
        localDate: row.local_date,
        warnings: JSON.parse(row.warnings) as ActivityWarning[],
      }
    : null;
}

/** Moves an activity to another athlete with the load recomputed for them. */
export async function moveActivity(db: Db, activityId: number, athleteId: number): Promise<void> {
  await db.updateTable('activities').set({ athlete_id: athleteId }).where('id', '=', activityId).execute();
}
