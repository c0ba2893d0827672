import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  AppError,
  type AssignmentQueueItem,
  type DeviceSummary,
  type ImportFileResult,
  type ImportReport,
} from '../../common/contract';
import type { ActivityRecord } from '../../common/domain/activity';
import { localDateOf } from '../../common/domain/dates';
import { updateActivityScore } from '../db/repositories/activity-analysis';
import { markLoadDirty } from '../db/repositories/load-state';
import { listDeviceRecords, setDeviceAthleteRow } from '../db/repositories/devices';
import {
  deleteQueueEntry,
  findActivityOwner,
  findActivitySource,
  findAthleteBrief,
  listQueueEntries,
  moveActivity,
  type AthleteBrief,
  type QueueEntryRow,
} from '../db/repositories/imports';
import { updateActivityPlacement } from '../db/repositories/activities';
import { placeRecord } from '../import/activity-placement';
import { describeDevice } from '../import/athlete-assignment';
import { sharedDecodePool } from '../import/decode-pool';
import { describeSameActivity, findSameActivity } from '../import/dedupe';
import { collectFileSources } from '../import/file-sources';
import { cancelImportJob } from '../import/import-job';
import { readOriginal } from '../import/original-store';
import { runImportJob, type ImportOptions, type ImportSource } from '../import/pipeline';
import { summarizeImport } from '../import/report';
import { thresholdsForDate } from './activities';
import { scoreActivity, storedMetricsOf } from './activity-analysis';
import type { ServiceContext } from './context';

/** Files uploaded through the UI (browser mode, or Electron drag-and-drop of file contents). */
export async function importUploadedFiles(
  ctx: ServiceContext,
  files: { name: string; data: Uint8Array }[],
  options: ImportOptions,
): Promise<ImportReport> {
  if (options.athleteId !== undefined) await requireAthlete(ctx, options.athleteId);
  const sources: ImportSource[] = files.map((f) => ({
    path: basename(f.name),
    bytes: f.data.byteLength,
    read: async () => f.data,
  }));
  return runImportJob(ctx, sources, options);
}

/**
 * Uploaded files already on disk (browser mode streams an upload there as it arrives): each is read only
 * when the import reaches it, so an upload never sits in memory whole; the report names them as uploaded.
 */
export async function importUploadedFilesOnDisk(
  ctx: ServiceContext,
  files: { name: string; path: string; bytes: number }[],
  options: ImportOptions,
): Promise<ImportReport> {
  if (options.athleteId !== undefined) await requireAthlete(ctx, options.athleteId);
  const sources: ImportSource[] = files.map((f) => ({
    path: basename(f.name),
    bytes: f.bytes,
    read: () => readFileBytes(f.path),
  }));
  return runImportJob(ctx, sources, options);
}

/** Files and folders (recursively) on this machine: the CLI, the file picker, watch folders, devices. */
export async function importPaths(ctx: ServiceContext, paths: string[], options: ImportOptions): Promise<ImportReport> {
  if (options.athleteId !== undefined) await requireAthlete(ctx, options.athleteId);
  const collected = await collectFileSources(paths);
  const report = await runImportJob(
    ctx,
    collected.files.map((f) => ({
      path: f.path,
      bytes: f.bytes,
      read: () => readFileBytes(f.path),
      localPath: f.path,
      modifiedMs: f.modifiedMs,
    })),
    options,
  );
  const extra: ImportFileResult[] = [
    ...collected.unreadable.map((u) => ({
      path: u.path,
      status: 'failed' as const,
      reason: `could not be read: ${u.reason}`,
      activityIds: [],
    })),
    ...collected.emptyFolders.map((path) => ({
      path,
      status: 'skipped' as const,
      reason: 'no FIT, TCX, GPX or archive files in this folder',
      activityIds: [],
    })),
    ...collected.loops.map((loop) => ({
      path: loop.path,
      status: 'skipped' as const,
      reason: `a link back to ${loop.target}, a folder it is inside: not followed, so the folder is read once`,
      activityIds: [],
    })),
  ];
  return extra.length > 0 ? summarizeImport([...extra, ...report.files]) : report;
}

async function readFileBytes(path: string): Promise<Uint8Array> {
  const buffer = await readFile(path);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export function cancelImport(jobId: string): { cancelled: boolean } {
  return { cancelled: cancelImportJob(jobId) };
}

export async function listAssignmentQueue(ctx: ServiceContext): Promise<AssignmentQueueItem[]> {
  const devices = new Map((await listDeviceRecords(ctx.db)).map((d) => [d.id, d]));
  return (await listQueueEntries(ctx.db)).map((entry) => {
    const device = entry.deviceId !== null ? devices.get(entry.deviceId) : undefined;
    return {
      id: entry.id,
      path: entry.path,
      reason: entry.reason,
      activityCount: entry.activityCount,
      firstStartTime: entry.firstStartTime,
      sports: entry.sports,
      device: device ? { id: device.id, serial: device.serial, name: describeDevice(device) } : null,
      createdAt: entry.createdAt,
    };
  });
}

/**
 * The coach names the athlete for queued files: they import from the kept originals. With
 * `rememberDevice`, their devices map to the athlete, and every other file queued from those devices
 * imports too — from then on the device's files need no question.
 */
export async function assignQueuedFiles(
  ctx: ServiceContext,
  ids: number[],
  athleteId: number,
  rememberDevice: boolean,
  options: ImportOptions = {},
): Promise<ImportReport> {
  await requireAthlete(ctx, athleteId);
  const chosen = await queueEntries(ctx, ids);
  const entries = new Map(chosen.map((e) => [e.id, e]));
  if (rememberDevice) {
    for (const deviceId of new Set(chosen.flatMap((e) => (e.deviceId === null ? [] : [e.deviceId])))) {
      await setDeviceAthleteRow(ctx.db, deviceId, athleteId);
      for (const e of await listQueueEntries(ctx.db, { deviceId })) entries.set(e.id, e);
    }
    ctx.events.emit({ type: 'data.changed', scope: 'devices' });
  }
  const sources: ImportSource[] = [...entries.values()].map((e) => ({
    path: e.path,
    bytes: 0,
    read: () => readOriginal(ctx.dataDir, e.sha256),
  }));
  return runImportJob(ctx, sources, { ...options, athleteId });
}

export async function dismissQueuedFiles(ctx: ServiceContext, ids: number[]): Promise<{ dismissed: number }> {
  let dismissed = 0;
  for (const id of ids) dismissed += await deleteQueueEntry(ctx.db, id);
  ctx.events.emit({ type: 'data.changed', scope: 'imports' });
  return { dismissed };
}

async function queueEntries(ctx: ServiceContext, ids: number[]): Promise<QueueEntryRow[]> {
  const entries: QueueEntryRow[] = [];
  for (const id of ids) {
    const [entry] = await listQueueEntries(ctx.db, { id });
    if (!entry) throw new AppError('NOT_FOUND', `No queued file with id ${id}`, 'ids');
    entries.push(entry);
  }
  return entries;
}

/**
 * Moves an imported activity to another athlete. Its load depends on whose thresholds apply, so the
 * kept original is decoded again (in a worker) and the load recomputed for the new athlete.
 */
export async function reassignActivity(
  ctx: ServiceContext,
  activityId: number,
  athleteId: number,
): Promise<{ activityId: number; athleteId: number }> {
  const athlete = await requireAthlete(ctx, athleteId);
  const owner = await findActivityOwner(ctx.db, activityId);
  if (!owner) throw new AppError('NOT_FOUND', `No activity with id ${activityId}`, 'activityId');
  if (owner.athleteId === athleteId) return { activityId, athleteId };
  const source = await findActivitySource(ctx.db, activityId);
  if (!source)
    throw new AppError(
      'CONFLICT',
      'This activity has no kept original file, so its load cannot be recomputed for another athlete',
      'activityId',
    );

  const bytes = await readOriginal(ctx.dataDir, source.sha256).catch(() => {
    throw new AppError(
      'CONFLICT',
      `The original of "${source.fileName}" is missing from the data folder`,
      'activityId',
    );
  });
  const outcome = await sharedDecodePool().decode(source.fileName, { bytes, sha256: source.sha256 });
  const decoded = outcome.ok ? outcome.result.activities[source.activityIndex] : undefined;
  if (!decoded)
    throw new AppError(
      'CONFLICT',
      `"${source.fileName}" no longer decodes: ${outcome.ok ? 'the activity is missing' : outcome.reason}`,
      'activityId',
    );
  // Placed in the new athlete's zone: without an offset of its own, its day (or instant) may change. A
  // start the coach set (the file could not date it) is kept: the file still holds the power-on count.
  const coachDated = owner.warnings.some((w) => w.kind === 'date-set-by-coach');
  const record = coachDated
    ? placeRecord(startingAt(decoded.record, owner.startTime), 'utc', athlete.timeZone)
    : placeRecord(decoded.record, decoded.timeSource, athlete.timeZone);
  const date = localDateOf(record.startTime, record.utcOffsetMinutes);

  await ctx.db.transaction().execute(async (trx) => {
    const same = await findSameActivity(trx, athleteId, record);
    if (same)
      throw new AppError(
        'CONFLICT',
        `${athlete.name} already has this activity: ${describeSameActivity(same)}`,
        'athleteId',
      );
    const { thresholds, thresholdDates } = await thresholdsForDate(trx, athleteId, date);
    await moveActivity(trx, activityId, athleteId);
    const shiftMs = Date.parse(record.startTime) - Date.parse(owner.startTime);
    await updateActivityPlacement(
      trx,
      activityId,
      {
        startTime: record.startTime,
        utcOffsetMinutes: record.utcOffsetMinutes,
        localDate: date,
        timeSource: coachDated ? 'utc' : decoded.timeSource,
      },
      shiftMs,
    );
    // The worker's reductions: a decoded record carries only the channels scoring with them reads.
    const scored = scoreActivity(record, { thresholds, thresholdDates, sex: athlete.sex }, decoded.prepared.reductions);
    await updateActivityScore(trx, activityId, scored.load, storedMetricsOf(scored));
    await markLoadDirty(trx, owner.athleteId, owner.localDate);
    await markLoadDirty(trx, athleteId, date);
  });
  // The activity left one athlete and joined another: both of them changed.
  ctx.events.emit({ type: 'data.changed', scope: 'activities', athleteId: owner.athleteId });
  ctx.events.emit({ type: 'data.changed', scope: 'activities', athleteId });
  return { activityId, athleteId };
}

/** The record moved, with its laps, to start at `startTime`. */
function startingAt(record: ActivityRecord, startTime: string): ActivityRecord {
  const shiftMs = Date.parse(startTime) - Date.parse(record.startTime);
  const shift = (iso: string) => new Date(Date.parse(iso) + shiftMs).toISOString();
  return { ...record, startTime, laps: record.laps.map((lap) => ({ ...lap, startTime: shift(lap.startTime) })) };
}

export async function listDevices(ctx: ServiceContext): Promise<DeviceSummary[]> {
  return listDeviceRecords(ctx.db);
}

/** Maps a device's serial to an athlete (or clears it); its files then import unattended. */
export async function setDeviceAthlete(
  ctx: ServiceContext,
  deviceId: number,
  athleteId: number | null,
): Promise<DeviceSummary> {
  if (athleteId !== null) await requireAthlete(ctx, athleteId);
  if ((await setDeviceAthleteRow(ctx.db, deviceId, athleteId)) === 0)
    throw new AppError('NOT_FOUND', `No device with id ${deviceId}`, 'deviceId');
  ctx.events.emit({ type: 'data.changed', scope: 'devices' });
  return (await listDeviceRecords(ctx.db, { id: deviceId }))[0]!;
}

async function requireAthlete(ctx: ServiceContext, athleteId: number): Promise<AthleteBrief> {
  const athlete = await findAthleteBrief(ctx.db, athleteId);
  if (!athlete) throw new AppError('NOT_FOUND', `No athlete with id ${athleteId}`, 'athleteId');
  return athlete;
}
