import type { ImportFileResult } from '../../common/contract';
import type { ThresholdEntry } from '../../common/domain/thresholds';
import { describeMorningReading, type MorningReading } from '../../common/domain/wellness/intake/morning-reading';
import { emptyWellnessDay } from '../../common/domain/wellness/intake/fields';
import { addActivity, replaceActivity } from '../services/activities';
import { mergeWellnessDays } from '../services/wellness-import';
import { thresholdHistory } from '../db/repositories/athletes';
import { markLoadDirty } from '../db/repositories/load-state';
import { ensureDevice, type DeviceRecord } from '../db/repositories/devices';
import {
  activityIdsOfFile,
  enqueueForAssignment,
  findAthleteBrief,
  findKnownFile,
  removeQueueEntryForFile,
  saveActivitySource,
  saveImportFile,
  type AthleteBrief,
} from '../db/repositories/imports';
import { saveRrIntervals } from '../db/repositories/rr-intervals';
import type { Db } from '../db/schema';
import { assignAthlete, deviceOfFile } from './athlete-assignment';
import type { DecodedDevice } from './decoders/types';
import { describeSameActivity, describeStoredActivity, findSameActivity, shouldReplace } from './dedupe';
import { describeKnownFile } from './known-file';
import type { PreparedDecode } from './prepare';
import { placeActivity, type PlacedActivity } from './activity-placement';

export interface DecodedFile {
  /** As the report shows it (a path, or "archive.zip!/entry.fit"). */
  path: string;
  /** Base name, remembered with the content hash. */
  name: string;
  sha256: string;
  byteLength: number;
  /** Decoded and prepared in a worker (prepare.ts), which also kept the original. */
  decoded: PreparedDecode;
}

export interface WriteContext {
  athleteId?: number;
  now: Date;
  /** What the files of one transaction share; see WriteBatch. */
  batch: WriteBatch;
}

/**
 * What the files written in one transaction share, read once instead of once per file: athletes,
 * their threshold histories and devices (nothing else writes while the transaction is open), and the
 * earliest date whose stored PMC each athlete's new activities make stale, marked once at the end.
 */
export class WriteBatch {
  private readonly athletes = new Map<number, AthleteBrief | null>();
  private readonly thresholdHistories = new Map<number, ThresholdEntry[]>();
  private readonly devices = new Map<string, DeviceRecord>();
  private readonly dirtyFrom = new Map<number, string>();
  /** Set once a file of the batch wrote wellness (a morning HRV reading), so the import can say so. */
  wellnessWritten = false;

  async athlete(db: Db, id: number): Promise<AthleteBrief | null> {
    if (!this.athletes.has(id)) this.athletes.set(id, await findAthleteBrief(db, id));
    return this.athletes.get(id)!;
  }

  async thresholdHistory(db: Db, athleteId: number): Promise<ThresholdEntry[]> {
    let history = this.thresholdHistories.get(athleteId);
    if (!history) this.thresholdHistories.set(athleteId, (history = await thresholdHistory(db, athleteId)));
    return history;
  }

  async device(db: Db, decoded: DecodedDevice & { serial: string }, now: string): Promise<DeviceRecord> {
    const key = JSON.stringify([decoded.serial, decoded.manufacturer, decoded.product]);
    let device = this.devices.get(key);
    if (!device) {
      device = await ensureDevice(
        db,
        { serial: decoded.serial, manufacturer: decoded.manufacturer, product: decoded.product },
        now,
      );
      this.devices.set(key, device);
    }
    return device;
  }

  noteLoadDirty = (athleteId: number, date: string): void => {
    const current = this.dirtyFrom.get(athleteId);
    if (current === undefined || date < current) this.dirtyFrom.set(athleteId, date);
  };

  /** A file's savepoint was rolled back: rows it created (a new device) are gone, so forget what was read. */
  forgetReads(): void {
    this.athletes.clear();
    this.thresholdHistories.clear();
    this.devices.clear();
  }

  /** Marks each athlete's stored PMC stale from the earliest new activity; run before the commit. */
  async markLoadDirty(db: Db): Promise<void> {
    for (const [athleteId, date] of this.dirtyFrom) await markLoadDirty(db, athleteId, date);
  }
}

/**
 * Writes one decoded file: device, athlete assignment, duplicate checks, activities, bookkeeping.
 * Runs inside the caller's transaction (savepoint) so a failure anywhere leaves nothing behind.
 */
export async function writeDecodedFile(db: Db, file: DecodedFile, ctx: WriteContext): Promise<ImportFileResult> {
  const now = ctx.now.toISOString();
  const result = (
    status: ImportFileResult['status'],
    reason: string,
    activityIds: number[] = [],
    athlete?: { id: number; name: string },
  ): ImportFileResult => ({
    path: file.path,
    status,
    reason,
    activityIds,
    ...(athlete && { athlete: { id: athlete.id, name: athlete.name } }),
  });

  // Checked again here, not only before decoding: two copies of one file in the same import both
  // pass the early check, and only the writer sees the first one's rows.
  if ((await activityIdsOfFile(db, file.sha256)).length > 0) {
    const known = (await findKnownFile(db, file.sha256))!;
    return result('duplicate', describeKnownFile(known), known.activityIds);
  }

  const { activities, format, warnings } = file.decoded;
  if (activities.length === 0) return result('skipped', withWarnings('no activities in this file', warnings));
  // Rows must never name a file the data folder lacks: the decode worker keeps every original.
  if (!file.decoded.originalStored) throw new Error('the original file was not kept in the data folder');

  const decodedDevice = deviceOfFile(activities);
  const device: DeviceRecord | null = decodedDevice?.serial
    ? await ctx.batch.device(db, { ...decodedDevice, serial: decodedDevice.serial }, now)
    : null;
  const fileRow = {
    sha256: file.sha256,
    name: file.name,
    bytes: file.byteLength,
    format,
    deviceId: device?.id ?? null,
    seenAt: now,
  };

  const assignment = assignAthlete(ctx.athleteId, device, decodedDevice);
  if ('queueReason' in assignment) {
    await saveImportFile(db, fileRow);
    await enqueueForAssignment(db, {
      sha256: file.sha256,
      path: file.path,
      deviceId: device?.id ?? null,
      reason: assignment.queueReason,
      activityCount: activities.length,
      firstStartTime: activities[0]!.record.startTime,
      sports: activities.map((a) => a.record.sport),
      createdAt: now,
    });
    return result('skipped', withWarnings(assignment.queueReason, warnings));
  }

  const athlete = await ctx.batch.athlete(db, assignment.athleteId);
  if (!athlete) return result('failed', `athlete ${assignment.athleteId} does not exist`);
  const placed = activities.map((a) => placeActivity(a, athlete.timeZone));
  // A file of morning readings only (how apps record one: a file per reading) goes to wellness.
  if (placed.every((a) => a.morningReading)) {
    // The file row names the original the worker kept, whether or not a reading was usable.
    await saveImportFile(db, fileRow);
    const { written, reasons } = await writeMorningReadings(db, athlete.id, placed);
    if (written.length === 0) return result('skipped', withWarnings(reasons.join('; '), warnings));
    await removeQueueEntryForFile(db, file.sha256);
    ctx.batch.wellnessWritten = true;
    const what = [...written.map(describeMorningReading), ...reasons].join('; ');
    return result('imported', withWarnings(`${what} for ${athlete.name}`, warnings), [], athlete);
  }

  const history = await ctx.batch.thresholdHistory(db, athlete.id);

  // The file row goes first: activity sources reference it.
  await saveImportFile(db, fileRow);
  const inserted: number[] = [];
  const replaced: string[] = [];
  const duplicates: string[] = [];
  const duplicateIds: number[] = [];
  for (const [index, activity] of placed.entries()) {
    const options = {
      deviceId: device?.id ?? null,
      timeSource: activity.timeSource,
      warnings: activity.warnings,
      now: ctx.now,
      prepared: activity.prepared,
      thresholdHistory: history,
      noteLoadDirty: ctx.batch.noteLoadDirty,
    };
    const same = await findSameActivity(db, athlete.id, activity.record);
    // Of two recordings of one activity the richer is kept, whichever came first (domain/same-activity.ts).
    const verdict = same
      ? shouldReplace(same, activity.record, activity.prepared.encodedStreams?.channels ?? [])
      : null;
    if (same && verdict && !verdict.replace) {
      const why = verdict.because ? `, which was kept: ${verdict.because}` : '';
      duplicates.push(`${describeSameActivity(same)}${why}`);
      duplicateIds.push(same.id);
      continue;
    }
    let id: number;
    if (same && verdict) {
      id = same.id;
      await replaceActivity(db, athlete, id, activity.record, options);
      replaced.push(`${describeStoredActivity(same)}, because this file's record is richer: ${verdict.because}`);
    } else {
      id = await addActivity(db, athlete, activity.record, options);
    }
    if (activity.rrIntervals) await saveRrIntervals(db, id, activity.rrIntervals);
    await saveActivitySource(db, {
      activityId: id,
      sha256: file.sha256,
      activityIndex: index,
      eventKey: activity.eventKey,
      legIndex: activity.legIndex,
      importedAt: now,
    });
    inserted.push(id);
  }
  if (inserted.length === 0)
    return result('duplicate', withWarnings(duplicates.join('; '), warnings), duplicateIds, athlete);

  await removeQueueEntryForFile(db, file.sha256);
  const sports = [...new Set(activities.map((a) => a.record.sport))].join(', ');
  const what = inserted.length === 1 ? `1 ${sports} activity` : `${inserted.length} activities (${sports})`;
  const instead = replaced.length > 0 ? `, in place of ${replaced.join('; ')}` : '';
  const also = duplicates.length > 0 ? `; ${duplicates.length} already present: ${duplicates.join('; ')}` : '';
  return result('imported', withWarnings(`${what} for ${athlete.name}${instead}${also}`, warnings), inserted, athlete);
}

/** Each reading's rMSSD and mean HR become the day's hrv_rmssd and resting_hr; the day's other values stay. */
async function writeMorningReadings(
  db: Db,
  athleteId: number,
  activities: PlacedActivity[],
): Promise<{ written: MorningReading[]; reasons: string[] }> {
  const written: MorningReading[] = [];
  const reasons: string[] = [];
  for (const { morningReading } of activities) {
    if (morningReading?.ok) written.push(morningReading.reading);
    else if (morningReading) reasons.push(morningReading.reason);
  }
  const days = written.map((r) => ({ ...emptyWellnessDay(r.date), hrvRmssd: r.rmssdMs, restingHr: r.restingHr }));
  await mergeWellnessDays(db, athleteId, days, 'fit');
  return { written, reasons };
}

function withWarnings(reason: string, warnings: string[]): string {
  return warnings.length > 0 ? `${reason} (warnings: ${warnings.join('; ')})` : reason;
}
