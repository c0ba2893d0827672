import type { ImportFileResult } from '../../common/contract';
import { addActivity } from '../services/activities';
import { ensureDevice, type DeviceRecord } from '../db/repositories/devices';
import {
  enqueueForAssignment,
  findAthleteBrief,
  findKnownFile,
  insertActivitySource,
  removeQueueEntryForFile,
  saveImportFile,
} from '../db/repositories/imports';
import { saveRrIntervals } from '../db/repositories/rr-intervals';
import type { Db } from '../db/schema';
import { assignAthlete, deviceOfFile } from './athlete-assignment';
import { describeSameActivity, findSameActivity } from './dedupe';
import type { DecodeResult } from './decoders/types';
import { describeKnownFile } from './known-file';
import { storeOriginal } from './original-store';

export interface DecodedFile {
  /** As the report shows it (a path, or "archive.zip!/entry.fit"). */
  path: string;
  /** Base name, remembered with the content hash. */
  name: string;
  sha256: string;
  bytes: Uint8Array;
  decoded: DecodeResult;
}

export interface WriteContext {
  athleteId?: number;
  dataDir: string;
  now: Date;
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
  const known = await findKnownFile(db, file.sha256);
  if (known && known.activityIds.length > 0) return result('duplicate', describeKnownFile(known), known.activityIds);

  const { activities, format, warnings } = file.decoded;
  if (activities.length === 0) return result('skipped', withWarnings('no activities in this file', warnings));

  const decodedDevice = deviceOfFile(activities);
  const device: DeviceRecord | null = decodedDevice?.serial
    ? await ensureDevice(db, { serial: decodedDevice.serial, manufacturer: decodedDevice.manufacturer, product: decodedDevice.product }, now)
    : null;
  const fileRow = { sha256: file.sha256, name: file.name, bytes: file.bytes.byteLength, format, deviceId: device?.id ?? null, seenAt: now };

  const assignment = assignAthlete(ctx.athleteId, device, decodedDevice);
  if ('queueReason' in assignment) {
    await storeOriginal(ctx.dataDir, file.sha256, file.bytes);
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

  const athlete = await findAthleteBrief(db, assignment.athleteId);
  if (!athlete) return result('failed', `athlete ${assignment.athleteId} does not exist`);

  // The file row goes first: activity sources reference it.
  await saveImportFile(db, fileRow);
  const inserted: number[] = [];
  const duplicates: string[] = [];
  const duplicateIds: number[] = [];
  for (const [index, activity] of activities.entries()) {
    const same = await findSameActivity(db, athlete.id, activity.record);
    if (same) {
      duplicates.push(describeSameActivity(same));
      duplicateIds.push(same.id);
      continue;
    }
    const id = await addActivity(db, athlete, activity.record, { deviceId: device?.id ?? null, now: ctx.now });
    if (activity.rrIntervalsMs) await saveRrIntervals(db, id, activity.rrIntervalsMs);
    await insertActivitySource(db, {
      activityId: id,
      sha256: file.sha256,
      activityIndex: index,
      eventKey: activity.eventKey,
      legIndex: activity.legIndex,
      importedAt: now,
    });
    inserted.push(id);
  }
  if (inserted.length === 0) return result('duplicate', withWarnings(duplicates.join('; '), warnings), duplicateIds, athlete);

  await storeOriginal(ctx.dataDir, file.sha256, file.bytes);
  await removeQueueEntryForFile(db, file.sha256);
  const sports = [...new Set(activities.map((a) => a.record.sport))].join(', ');
  const what = inserted.length === 1 ? `1 ${sports} activity` : `${inserted.length} activities (${sports})`;
  const also = duplicates.length > 0 ? `; ${duplicates.length} already present: ${duplicates.join('; ')}` : '';
  return result('imported', withWarnings(`${what} for ${athlete.name}${also}`, warnings), inserted, athlete);
}

function withWarnings(reason: string, warnings: string[]): string {
  return warnings.length > 0 ? `${reason} (warnings: ${warnings.join('; ')})` : reason;
}
