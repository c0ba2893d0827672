import { z } from 'zod';
import { freeText } from '../domain/free-text';
import type { Sport } from '../domain/sports';
import { call } from './call';
import { idSchema } from './schemas';

export type ImportStatus = 'imported' | 'duplicate' | 'skipped' | 'failed';

export interface ImportFileResult {
  path: string;
  status: ImportStatus;
  reason: string;
  activityIds: number[];
  /** Whom the activities went to (set for imported and duplicate files). */
  athlete?: { id: number; name: string };
}

export interface ImportReport {
  files: ImportFileResult[];
  summary: Record<ImportStatus, number> & { total: number };
}

/** A file waiting for the coach to say whose it is (unknown device, or no serial in the file). */
export interface AssignmentQueueItem {
  id: number;
  path: string;
  reason: string;
  activityCount: number;
  firstStartTime: string | null;
  sports: Sport[];
  device: { id: number; serial: string; name: string } | null;
  createdAt: string;
}

export interface DeviceSummary {
  id: number;
  serial: string;
  manufacturer: string | null;
  product: string | null;
  label: string | null;
  athleteId: number | null;
  athleteName: string | null;
}

export type WatchFolderKind = 'watch' | 'mount_root';

export interface WatchFolder {
  id: number;
  path: string;
  /** 'watch': files appearing here are imported; 'mount_root': searched for plugged-in devices. */
  kind: WatchFolderKind;
}

export type DetectedDeviceKind = 'usb' | 'mtp' | 'antfs' | 'watch';

/** A plugged-in watch, an ANT-FS sync folder or a watch folder, with how many of its files are new. */
export interface DetectedDevice {
  /** Stable while the device stays connected: its activity folder's path. */
  key: string;
  kind: DetectedDeviceKind;
  name: string;
  serial: string | null;
  activityPath: string;
  fileCount: number;
  newFileCount: number;
  /** The athlete the serial is mapped to, when the coach has said so. */
  athleteId: number | null;
  athleteName: string | null;
}

export const uploadedFileSchema = z.object({
  name: freeText().min(1).max(255),
  data: z.instanceof(Uint8Array),
});

const idsSchema = z.array(idSchema).min(1).max(5000);
const pathSchema = z.string().trim().min(1).max(4096);

/** Calls of the import feature (files, devices, assignment, watch folders, jobs). */
export const importCalls = {
  'imports.upload': call<ImportReport>()(
    z.object({ files: z.array(uploadedFileSchema).min(1).max(2000), athleteId: idSchema.optional() }).strict(),
  ),
  /** Files and folders (recursively) on this machine: the file picker, drag-and-drop, "import folder". */
  'imports.importPaths': call<ImportReport>()(
    z.object({ paths: z.array(pathSchema).min(1).max(1000), athleteId: idSchema.optional() }).strict(),
  ),
  'imports.cancel': call<{ cancelled: boolean }>()(z.object({ jobId: z.string().min(1).max(100) }).strict()),

  'imports.queue.list': call<AssignmentQueueItem[]>()(z.object({}).strict().default({})),
  /** Imports queued files for an athlete; `rememberDevice` maps their devices so later files import unattended. */
  'imports.queue.assign': call<ImportReport>()(
    z.object({ ids: idsSchema, athleteId: idSchema, rememberDevice: z.boolean().default(false) }).strict(),
  ),
  'imports.queue.dismiss': call<{ dismissed: number }>()(z.object({ ids: idsSchema }).strict()),

  /** Moves an imported activity to another athlete, recomputing its load with their thresholds. */
  'imports.reassignActivity': call<{ activityId: number; athleteId: number }>()(
    z.object({ activityId: idSchema, athleteId: idSchema }).strict(),
  ),

  'devices.list': call<DeviceSummary[]>()(z.object({}).strict().default({})),
  'devices.setAthlete': call<DeviceSummary>()(
    z.object({ deviceId: idSchema, athleteId: idSchema.nullable() }).strict(),
  ),
  'devices.detected': call<DetectedDevice[]>()(z.object({}).strict().default({})),
  /** Imports a detected device's new files, optionally mapping its serial to the athlete for next time. */
  'devices.importNew': call<ImportReport>()(
    z.object({ key: pathSchema, athleteId: idSchema.optional(), rememberDevice: z.boolean().default(false) }).strict(),
  ),

  'watchFolders.list': call<WatchFolder[]>()(z.object({}).strict().default({})),
  'watchFolders.add': call<WatchFolder>()(
    z.object({ path: pathSchema, kind: z.enum(['watch', 'mount_root']).default('watch') }).strict(),
  ),
  'watchFolders.remove': call<{ removed: number }>()(z.object({ id: idSchema }).strict()),
} as const;
