import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  AppError,
  type DetectedDevice,
  type ImportReport,
  type WatchFolder,
  type WatchFolderKind,
} from '../../common/contract';
import { ensureDevice, findDeviceBySerial, setDeviceAthleteRow } from '../db/repositories/devices';
import { deleteWatchFolder, findKnownFile, insertWatchFolder, listWatchFolderRows } from '../db/repositories/imports';
import { DeviceMonitor, type DeviceChange } from '../devices/device-monitor';
import { scanForDevices, type ScannedDevice } from '../devices/device-scanner';
import { defaultMountRoots } from '../devices/mount-roots';
import type { FileSource } from '../import/file-sources';
import { sha256Hex } from '../import/original-store';
import { runImportJob, type ImportOptions } from '../import/pipeline';
import { sizeRefusal } from '../import/size-caps';
import type { ServiceContext } from './context';

export interface DeviceMonitoringOptions {
  /** Search the platform's usual mount points (default true); tests turn it off and add a temporary root. */
  useDefaultRoots?: boolean;
  extraMountRoots?: string[];
  intervalMs?: number;
  /** Import a plugged-in watch whose serial is mapped without asking (default false: the coach confirms). */
  unattendedDevices?: boolean;
  importOptions?: Omit<ImportOptions, 'athleteId'>;
  onError?: (error: unknown) => void;
}

interface Monitoring {
  monitor: DeviceMonitor;
  options: DeviceMonitoringOptions;
}

const monitors = new WeakMap<ServiceContext, Monitoring>();
/** Content hashes by path and size, so a rescan does not re-read a whole watch. */
const hashCache = new Map<string, string>();

/**
 * Watches for devices and sync/watch folders. Sync folders (ANT-FS) and watch folders import new
 * files unattended — files of mapped devices land on their athlete, others wait in the assignment
 * queue. A plugged-in watch is announced with a `device.detected` prompt ("… connected: 12 new
 * activities — import for Ana Ruiz?"), answered through `devices.importNew`.
 */
export function startDeviceMonitoring(ctx: ServiceContext, options: DeviceMonitoringOptions = {}): DeviceMonitor {
  stopDeviceMonitoring(ctx);
  const monitor = new DeviceMonitor({
    locations: () => monitoredLocations(ctx, options),
    onChange: (change) => handleChange(ctx, change, options),
    onError: options.onError,
    intervalMs: options.intervalMs,
  });
  monitors.set(ctx, { monitor, options });
  monitor.start();
  return monitor;
}

export function stopDeviceMonitoring(ctx: ServiceContext): void {
  monitors.get(ctx)?.monitor.stop();
  monitors.delete(ctx);
}

async function monitoredLocations(ctx: ServiceContext, options: DeviceMonitoringOptions) {
  const folders = await listWatchFolderRows(ctx.db);
  return {
    mountRoots: [
      ...(options.useDefaultRoots === false ? [] : defaultMountRoots()),
      ...(options.extraMountRoots ?? []),
      ...folders.filter((f) => f.kind === 'mount_root').map((f) => f.path),
    ],
    watchFolders: folders.filter((f) => f.kind === 'watch').map((f) => f.path),
  };
}

async function handleChange(
  ctx: ServiceContext,
  change: DeviceChange,
  options: DeviceMonitoringOptions,
): Promise<void> {
  const newFiles = await notYetImported(ctx, change.addedFiles);
  if (newFiles.length === 0) return;
  const detected = await describeDetected(ctx, change.device, newFiles.length);
  const attended = change.device.kind === 'usb' || change.device.kind === 'mtp';
  if (attended && !(options.unattendedDevices && detected.athleteId !== null)) {
    ctx.events.emit({ type: 'device.detected', device: detected, prompt: promptFor(detected) });
    return;
  }
  await runImportJob(ctx, newFiles.map(toImportSource), {
    ...options.importOptions,
    label: `Importing from ${detected.name}`,
  });
}

export function promptFor(d: DetectedDevice): string {
  const serial = d.serial ? ` (serial ${d.serial})` : '';
  const count = `${d.newFileCount} new ${d.newFileCount === 1 ? 'activity' : 'activities'}`;
  return `${d.name}${serial} connected: ${count} — import for ${d.athleteName ?? 'which athlete'}?`;
}

/** Devices and watch folders present now, with how many of their files are new. */
export async function listDetectedDevices(ctx: ServiceContext): Promise<DetectedDevice[]> {
  const devices = await currentDevices(ctx);
  const result: DetectedDevice[] = [];
  for (const device of devices)
    result.push(await describeDetected(ctx, device, (await notYetImported(ctx, device.files)).length));
  return result;
}

/** The coach's answer to a device prompt: import its new files, for this athlete, and maybe remember the device. */
export async function importFromDevice(
  ctx: ServiceContext,
  key: string,
  athleteId: number | undefined,
  rememberDevice: boolean,
  options: Omit<ImportOptions, 'athleteId'> = {},
): Promise<ImportReport> {
  const device = (await currentDevices(ctx)).find((d) => d.key === key);
  if (!device) throw new AppError('NOT_FOUND', 'That device is no longer connected', 'key');
  if (rememberDevice) {
    if (athleteId === undefined)
      throw new AppError('VALIDATION', 'Choose the athlete to remember this device for', 'athleteId');
    if (!device.serial)
      throw new AppError('VALIDATION', `${device.name} reports no serial number to remember`, 'rememberDevice');
    const record = await ensureDevice(
      ctx.db,
      { serial: device.serial, manufacturer: null, product: device.name },
      ctx.now().toISOString(),
    );
    await setDeviceAthleteRow(ctx.db, record.id, athleteId);
    ctx.events.emit({ type: 'data.changed', scope: 'devices' });
  }
  const mapped = device.serial ? await findDeviceBySerial(ctx.db, device.serial) : null;
  const files = await notYetImported(ctx, device.files);
  return runImportJob(ctx, files.map(toImportSource), {
    ...options,
    athleteId: athleteId ?? mapped?.athleteId ?? undefined,
    label: `Importing from ${device.name}`,
  });
}

async function currentDevices(ctx: ServiceContext): Promise<ScannedDevice[]> {
  const running = monitors.get(ctx);
  if (running) {
    await running.monitor.scanNow();
    return running.monitor.current();
  }
  const { mountRoots, watchFolders } = await monitoredLocations(ctx, {});
  return scanForDevices(mountRoots, watchFolders);
}

async function describeDetected(
  ctx: ServiceContext,
  device: ScannedDevice,
  newFileCount: number,
): Promise<DetectedDevice> {
  const mapped = device.serial ? await findDeviceBySerial(ctx.db, device.serial) : null;
  return {
    key: device.key,
    kind: device.kind,
    name: device.name,
    serial: device.serial,
    activityPath: device.activityPath,
    fileCount: device.files.length,
    newFileCount,
    athleteId: mapped?.athleteId ?? null,
    athleteName: mapped?.athleteName ?? null,
  };
}

/**
 * Files whose content has no imported activity yet (new, or waiting in the queue). A file too large to
 * import is not read to be hashed: it goes on, and the import refuses it with the reason.
 */
async function notYetImported(ctx: ServiceContext, files: FileSource[]): Promise<FileSource[]> {
  const result: FileSource[] = [];
  for (const file of files) {
    if (sizeRefusal(file.path, file.bytes)) {
      result.push(file);
      continue;
    }
    const cacheKey = `${file.path}\u0000${file.bytes}`;
    let sha = hashCache.get(cacheKey);
    if (!sha) {
      const bytes = await readFile(file.path).catch(() => null);
      if (!bytes) continue;
      sha = sha256Hex(bytes);
      hashCache.set(cacheKey, sha);
    }
    const known = await findKnownFile(ctx.db, sha);
    if (!known || known.activityIds.length === 0) result.push(file);
  }
  return result;
}

function toImportSource(file: FileSource) {
  return {
    path: file.path,
    bytes: file.bytes,
    modifiedMs: file.modifiedMs,
    read: async () => new Uint8Array(await readFile(file.path)),
  };
}

export async function listWatchFolders(ctx: ServiceContext): Promise<WatchFolder[]> {
  return (await listWatchFolderRows(ctx.db)).map(({ id, path, kind }) => ({ id, path, kind }));
}

export async function addWatchFolder(ctx: ServiceContext, path: string, kind: WatchFolderKind): Promise<WatchFolder> {
  const absolute = resolve(path);
  if (
    !(await stat(absolute).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  )
    throw new AppError('VALIDATION', `${absolute} is not a folder`, 'path');
  const id = await insertWatchFolder(ctx.db, absolute, kind, ctx.now().toISOString());
  ctx.events.emit({ type: 'data.changed', scope: 'devices' });
  void monitors.get(ctx)?.monitor.scanNow();
  return { id, path: absolute, kind };
}

export async function removeWatchFolder(ctx: ServiceContext, id: number): Promise<{ removed: number }> {
  const removed = await deleteWatchFolder(ctx.db, id);
  if (removed === 0) throw new AppError('NOT_FOUND', `No watch folder with id ${id}`, 'id');
  ctx.events.emit({ type: 'data.changed', scope: 'devices' });
  return { removed };
}
