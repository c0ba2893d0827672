import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../../src-main/common/contract';
import { ensureDevice, setDeviceAthleteRow } from '../../../src-main/node/db/repositories/devices';
import { recogniseDeviceFolder } from '../../../src-main/node/devices/device-layouts';
import { defaultMountRoots } from '../../../src-main/node/devices/mount-roots';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { importFromDevice, startDeviceMonitoring, stopDeviceMonitoring } from '../../../src-main/node/services/devices';
import { listActivities } from '../../../src-main/node/services/activities';
import { writeFitActivity } from '../../helpers/fit-writer';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

const garminXml = (model: string, id: string) =>
  `<?xml version="1.0"?><Device xmlns="http://www.garmin.com/xmlschemas/GarminDevice/v2"><Model><PartNumber>006-B4315-00</PartNumber><Description>${model}</Description></Model><Id>${id}</Id></Device>`;

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('mount roots and layouts', () => {
  it('lists the usual mount points per platform', () => {
    const linux = defaultMountRoots({ platform: 'linux', user: 'ana', uid: 1000, home: '/home/ana' });
    expect(linux).toEqual(['/media/ana', '/run/media/ana', '/run/user/1000/gvfs', '/home/ana/.config/antfs-cli']);
    expect(defaultMountRoots({ platform: 'darwin', user: 'ana', uid: 501, home: '/Users/ana' })[0]).toBe('/Volumes');
    expect(defaultMountRoots({ platform: 'win32', user: 'ana', uid: null, home: 'C:\\Users\\ana' })).toContain('E:\\');
  });

  it('recognises Garmin mass storage, gvfs MTP watches and antfs-cli device folders', async () => {
    const app = createTempApp();
    try {
      const usb = join(app.dir, 'GARMIN_VOL');
      mkdirSync(join(usb, 'Garmin', 'Activity'), { recursive: true });
      writeFileSync(join(usb, 'Garmin', 'GarminDevice.xml'), garminXml('Forerunner 965', '3999999999'));
      expect(await recogniseDeviceFolder(usb)).toEqual({
        kind: 'usb',
        name: 'Forerunner 965',
        serial: '3999999999',
        activityPath: join(usb, 'Garmin', 'Activity'),
      });

      const mtp = join(app.dir, 'gvfs', 'mtp:host=091e_4f42_0000cafe', 'Internal Storage');
      mkdirSync(join(mtp, 'GARMIN', 'ACTIVITY'), { recursive: true });
      expect(await recogniseDeviceFolder(mtp)).toMatchObject({ kind: 'mtp', serial: null });

      const antFs = join(app.dir, '3812345678');
      mkdirSync(join(antFs, 'activities'), { recursive: true });
      expect(await recogniseDeviceFolder(antFs)).toMatchObject({ kind: 'antfs', serial: '3812345678' });
      expect(await recogniseDeviceFolder(app.dir)).toBeNull();
    } finally {
      await app.dispose();
    }
  });
});

describe('device monitoring against a temporary mount root', () => {
  let app: TempApp;
  let root: string;
  const events: PushEvent[] = [];
  beforeEach(() => {
    app = createTempApp();
    root = join(app.dir, 'media');
    mkdirSync(root);
    events.length = 0;
    app.ctx.events.subscribe((e) => events.push(e));
  });
  afterEach(async () => {
    stopDeviceMonitoring(app.ctx);
    await app.dispose();
  });

  it('prompts when a watch is plugged in, then imports its new files for the chosen athlete', async () => {
    const ana = await createAthlete(app.ctx, { name: 'Ana Ruiz', sports: ['run'] });
    startDeviceMonitoring(app.ctx, { useDefaultRoots: false, extraMountRoots: [root], intervalMs: 200 });

    // The volume appears the way a desktop mounts it: files first, then it is visible under the root.
    const staging = join(app.dir, 'staging');
    mkdirSync(join(staging, 'GARMIN', 'Activity'), { recursive: true });
    writeFileSync(join(staging, 'GARMIN', 'GarminDevice.xml'), garminXml('Forerunner 965', '3999999999'));
    for (let i = 0; i < 2; i++) {
      writeFileSync(
        join(staging, 'GARMIN', 'Activity', `r${i}.fit`),
        writeFitActivity({
          sport: 'run',
          durationSeconds: 120,
          start: new Date(Date.UTC(2024, 1, 1 + i, 7)),
          serial: 3_999_999_999,
        }),
      );
    }
    const { renameSync } = await import('node:fs');
    renameSync(staging, join(root, 'GARMIN'));

    const detected = await until(() => events.find((e) => e.type === 'device.detected'));
    expect(detected.prompt).toBe(
      'Forerunner 965 (serial 3999999999) connected: 2 new activities — import for which athlete?',
    );

    const report = await importFromDevice(app.ctx, detected.device.key, ana.id, true);
    expect(report.summary.imported).toBe(2);
    expect(await listActivities(app.ctx, ana.id, {})).toHaveLength(2);
  });

  it('imports files appearing in an ANT-FS sync folder unattended once the serial is mapped', async () => {
    const ben = await createAthlete(app.ctx, { name: 'Ben Ode', sports: ['bike'] });
    const device = await ensureDevice(
      app.ctx.db,
      { serial: '3812345678', manufacturer: 'garmin', product: 'edge' },
      '2024-01-01',
    );
    await setDeviceAthleteRow(app.ctx.db, device.id, ben.id);
    const activities = join(root, '3812345678', 'activities');
    mkdirSync(activities, { recursive: true });
    startDeviceMonitoring(app.ctx, { useDefaultRoots: false, extraMountRoots: [root], intervalMs: 200 });

    writeFileSync(
      join(activities, 'sync-1.fit'),
      writeFitActivity({ sport: 'bike', durationSeconds: 120, serial: 3_812_345_678 }),
    );

    await until(async () => ((await listActivities(app.ctx, ben.id, {})).length === 1 ? true : undefined));
    expect(events.some((e) => e.type === 'device.detected')).toBe(false);
  });
});
