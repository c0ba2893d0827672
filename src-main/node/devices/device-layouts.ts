import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { DetectedDeviceKind } from '../../common/contract';

/** A folder recognised as a device (or sync folder) by its layout, before its files are looked at. */
export interface DeviceFolder {
  kind: DetectedDeviceKind;
  name: string;
  serial: string | null;
  /** Where its activity files are. */
  activityPath: string;
}

/**
 * Recognises a device by the folders it keeps, not by USB ids (unavailable without native code):
 *  - Garmin mass storage and MTP watches: GARMIN/Activity, with GARMIN/GarminDevice.xml naming the
 *    model and unit id (serial). Under gvfs (…/gvfs/mtp:host=…) the same layout is an MTP watch.
 *  - antfs-cli: one folder per paired device, named by its serial, holding `activities`.
 * Folder names are matched case-insensitively: FAT volumes report either case.
 */
export async function recogniseDeviceFolder(path: string): Promise<DeviceFolder | null> {
  const entries = await subfolders(path);
  const garmin = entries.find((e) => e.toLowerCase() === 'garmin');
  if (garmin) {
    const garminPath = join(path, garmin);
    const activity = (await subfolders(garminPath)).find((e) => e.toLowerCase() === 'activity');
    if (activity) {
      const info = await readGarminDeviceXml(garminPath);
      return {
        kind: /[\\/]gvfs[\\/]mtp:/.test(path) ? 'mtp' : 'usb',
        name: info.model ?? `Garmin device (${basename(path)})`,
        serial: info.serial,
        activityPath: join(garminPath, activity),
      };
    }
  }
  const activities = entries.find((e) => e.toLowerCase() === 'activities');
  if (activities && /^\d{4,}$/.test(basename(path))) {
    return {
      kind: 'antfs',
      name: `ANT-FS device ${basename(path)}`,
      serial: basename(path),
      activityPath: join(path, activities),
    };
  }
  return null;
}

async function subfolders(path: string): Promise<string[]> {
  try {
    return (await readdir(path, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
}

const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

/** GarminDevice.xml: <Device><Model><Description>Forerunner 965</Description></Model><Id>3999999999</Id>…. */
async function readGarminDeviceXml(garminPath: string): Promise<{ model: string | null; serial: string | null }> {
  const file = (await readdir(garminPath).catch(() => [] as string[])).find(
    (e) => e.toLowerCase() === 'garmindevice.xml',
  );
  if (!file) return { model: null, serial: null };
  try {
    const parsed = xml.parse(await readFile(join(garminPath, file), 'utf8')) as {
      Device?: { Model?: { Description?: unknown }; Id?: unknown };
    };
    const model = parsed.Device?.Model?.Description;
    const id = parsed.Device?.Id;
    return {
      model: typeof model === 'string' && model.trim() ? model.trim() : null,
      serial: id !== undefined && String(id).trim() ? String(id).trim() : null,
    };
  } catch {
    return { model: null, serial: null };
  }
}
