import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { collectFileSources, type FileSource } from '../import/file-sources';
import { recogniseDeviceFolder, type DeviceFolder } from './device-layouts';

export interface ScannedDevice extends DeviceFolder {
  /** Stable while connected: the activity folder's path. */
  key: string;
  files: FileSource[];
}

/** Devices sit at the root itself (a Windows drive), one level down (/media/$USER/VOLUME) or two (gvfs mtp:host=…/storage). */
const MAX_DEPTH = 2;

/** Every device found under the mount roots, plus each watch folder as a device of its own. */
export async function scanForDevices(mountRoots: string[], watchFolders: string[]): Promise<ScannedDevice[]> {
  const folders: DeviceFolder[] = [];
  for (const root of mountRoots) await findDeviceFolders(root, 0, folders);
  for (const path of watchFolders)
    folders.push({ kind: 'watch', name: basename(path) || path, serial: null, activityPath: path });
  const devices: ScannedDevice[] = [];
  const seen = new Set<string>();
  for (const folder of folders) {
    if (seen.has(folder.activityPath)) continue;
    seen.add(folder.activityPath);
    const { files } = await collectFileSources([folder.activityPath]);
    devices.push({ ...folder, key: folder.activityPath, files });
  }
  return devices;
}

async function findDeviceFolders(path: string, depth: number, found: DeviceFolder[]): Promise<void> {
  const device = await recogniseDeviceFolder(path);
  if (device) {
    found.push(device);
    return;
  }
  if (depth >= MAX_DEPTH) return;
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.isDirectory() && !entry.name.startsWith('.'))
      await findDeviceFolders(join(path, entry.name), depth + 1, found);
  }
}
