import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../../src-main/common/contract';
import { originalPath, sha256Hex } from '../../../src-main/node/import/original-store';
import { runImportJob } from '../../../src-main/node/import/pipeline';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { listActivities } from '../../../src-main/node/services/activities';
import {
  assignQueuedFiles,
  cancelImport,
  importPaths,
  importUploadedFiles,
  listAssignmentQueue,
  reassignActivity,
} from '../../../src-main/node/services/imports';
import { writeFitActivity } from '../../helpers/fit-writer';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

const day = (n: number) => new Date(Date.UTC(2024, 4, 1 + n, 6, 0, 0));
const ride = (n: number, serial = 3_999_000_001) =>
  writeFitActivity({ sport: 'bike', durationSeconds: 600, start: day(n), seed: n + 1, serial });

let app: TempApp;
let folder: string;
beforeEach(() => {
  app = createTempApp({ now: new Date('2024-06-01T12:00:00Z') });
  folder = join(app.dir, 'incoming');
  mkdirSync(join(folder, 'nested'), { recursive: true });
});
afterEach(() => app.dispose());

const athlete = (name = 'Ana Ruiz') =>
  createAthlete(app.ctx, { name, sports: ['bike'], thresholds: { ftp: 250 }, thresholdsFrom: '2024-01-01' });
const count = async (table: 'activities' | 'laps' | 'activity_streams' | 'activity_sources' | 'import_files') =>
  Number(
    (
      await app.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('import pipeline', () => {
  it('imports a folder recursively and keeps every original, content-addressed, in the data folder', async () => {
    const ana = await athlete();
    const bytes = [ride(0), ride(1), ride(2)];
    writeFileSync(join(folder, 'a.fit'), bytes[0]!);
    writeFileSync(join(folder, 'nested', 'b.fit'), bytes[1]!);
    writeFileSync(join(folder, 'nested', 'c.FIT'), bytes[2]!);
    writeFileSync(join(folder, 'notes.txt'), 'not an activity');

    const report = await importPaths(app.ctx, [folder], { athleteId: ana.id });

    expect(report.summary).toEqual({ total: 3, imported: 3, duplicate: 0, skipped: 0, failed: 0 });
    expect(report.files.map((f) => f.reason)).toEqual(Array(3).fill('1 bike activity for Ana Ruiz'));
    expect(await listActivities(app.ctx, ana.id, {})).toHaveLength(3);
    for (const b of bytes) expect(existsSync(originalPath(app.ctx.dataDir, sha256Hex(b)))).toBe(true);
  });

  it('adds nothing when the same folder is imported three times, naming the file each one matched', async () => {
    const ana = await athlete();
    for (let i = 0; i < 4; i++) writeFileSync(join(folder, `ride-${i}.fit`), ride(i));
    const first = await importPaths(app.ctx, [folder], { athleteId: ana.id });
    const second = await importPaths(app.ctx, [folder], { athleteId: ana.id });
    const third = await importPaths(app.ctx, [folder], {});

    expect(first.summary.imported).toBe(4);
    for (const again of [second, third]) {
      expect(again.summary).toMatchObject({ imported: 0, duplicate: 4, failed: 0 });
      expect(again.files[0]!.reason).toMatch(/^same file as "ride-0\.fit", imported 2024-06-01 \(activity #\d+\)$/);
      expect(again.files.map((f) => f.activityIds)).toEqual(first.files.map((f) => f.activityIds));
    }
    expect(await count('activities')).toBe(4);
  });

  it('recognises the same activity recorded in another file (same athlete, sport, start within a minute)', async () => {
    const ana = await athlete();
    const original = await importUploadedFiles(app.ctx, [{ name: 'watch.fit', data: ride(0) }], { athleteId: ana.id });
    const reexport = writeFitActivity({
      sport: 'bike',
      durationSeconds: 620,
      start: new Date(day(0).getTime() + 40_000),
      seed: 77,
    });
    const otherSport = writeFitActivity({ sport: 'run', durationSeconds: 600, start: day(0), seed: 78 });

    const report = await importUploadedFiles(
      app.ctx,
      [
        { name: 'platform-export.fit', data: reexport },
        { name: 'run.fit', data: otherSport },
      ],
      { athleteId: ana.id },
    );

    expect(report.files[0]).toMatchObject({ status: 'duplicate', activityIds: original.files[0]!.activityIds });
    expect(report.files[0]!.reason).toMatch(
      /^same activity as #\d+ .*\(bike, 2024-05-01 06:00 UTC\) imported from "watch\.fit"$/,
    );
    expect(report.files[1]!.status).toBe('imported');
  });

  it('fails a broken file with a specific reason, writes nothing for it and imports the others', async () => {
    const ana = await athlete();
    const good = ride(0);
    writeFileSync(join(folder, 'good.fit'), good);
    // Cut off after its first seconds: too little survives to import (a longer readable part is recovered).
    writeFileSync(join(folder, 'truncated.fit'), good.subarray(0, 400));
    writeFileSync(join(folder, 'garbage.fit'), new Uint8Array(5000).fill(7));

    const report = await importPaths(app.ctx, [folder, join(app.dir, 'missing.fit')], { athleteId: ana.id });

    const byName = Object.fromEntries(report.files.map((f) => [f.path.split('/').pop(), f]));
    expect(byName['good.fit']!.status).toBe('imported');
    expect(byName['truncated.fit']!.status).toBe('failed');
    expect(byName['garbage.fit']!.status).toBe('failed');
    expect(byName['missing.fit']).toMatchObject({
      status: 'failed',
      reason: 'could not be read: no such file or folder',
    });
    for (const f of [byName['truncated.fit']!, byName['garbage.fit']!]) expect(f.reason.length).toBeGreaterThan(10);
    expect(await count('activities')).toBe(1);
    expect(await count('import_files')).toBe(1);
  });

  it('imports the readable part of a cut-off file and tells the coach how much was lost', async () => {
    const ana = await athlete();
    const good = ride(0);
    writeFileSync(join(folder, 'half.fit'), good.subarray(0, Math.floor(good.length / 2)));

    const report = await importPaths(app.ctx, [folder], { athleteId: ana.id });

    expect(report.files[0]!.status).toBe('imported');
    // The session message, written last, went with the tail: the sport is unknown.
    expect(report.files[0]!.reason).toMatch(
      /^1 other activity for Ana Ruiz \(warnings: recovered, \d+ bytes unreadable: truncated FIT file: header declares \d+ data bytes, file has \d+; the file ends inside a message, the \d+ complete messages before it were imported\)$/,
    );
    const [activity] = await listActivities(app.ctx, ana.id, {});
    expect(activity!.timerSeconds).toBeGreaterThan(200);
    expect(activity!.timerSeconds).toBeLessThan(600);
  });

  it('keeps no original for a file that wrote nothing, and keeps the one an imported file names', async () => {
    const ana = await athlete();
    const kept = ride(5);
    const orphan = ride(6);
    const upload = (name: string, data: Uint8Array) => ({ path: name, bytes: data.byteLength, read: async () => data });
    // The athlete was deleted while the import ran: the decode worker had already kept the original.
    const failed = await runImportJob(app.ctx, [upload('orphan.fit', orphan)], { athleteId: ana.id + 99 });
    expect(failed.files[0]).toMatchObject({ status: 'failed', reason: `athlete ${ana.id + 99} does not exist` });
    expect(existsSync(originalPath(app.ctx.dataDir, sha256Hex(orphan)))).toBe(false);

    await importUploadedFiles(app.ctx, [{ name: 'kept.fit', data: kept }], { athleteId: ana.id });
    const again = await runImportJob(app.ctx, [upload('kept-again.fit', kept), upload('orphan-again.fit', orphan)], {
      athleteId: ana.id + 99,
    });
    expect(again.files.map((f) => f.status)).toEqual(['duplicate', 'failed']);
    expect(existsSync(originalPath(app.ctx.dataDir, sha256Hex(kept)))).toBe(true);
    expect(existsSync(originalPath(app.ctx.dataDir, sha256Hex(orphan)))).toBe(false);
  });

  it('lets the decode workers read and hash the files of a large import, with the same report and originals', async () => {
    // From 16 files on, a file whose size no imported file has is read by its worker, not here.
    const ana = await athlete();
    const rides = Array.from({ length: 18 }, (_, i) => ride(i));
    rides.forEach((bytes, i) => writeFileSync(join(folder, `ride-${String(i).padStart(2, '0')}.fit`), bytes));
    // Files under 4 KB: Node reads them into a shared buffer pool, which must not leak into their decode.
    const shortRides = [40, 41, 42].map((n) =>
      writeFitActivity({ sport: 'bike', durationSeconds: 60, start: day(n), seed: n }),
    );
    shortRides.forEach((bytes, i) => writeFileSync(join(folder, `short-${i}.fit`), bytes));
    writeFileSync(join(folder, 'nested', 'copy-of-ride-00.fit'), rides[0]!); // same bytes twice in one import
    writeFileSync(join(folder, 'nested', 'truncated.fit'), rides[1]!.subarray(0, 400));
    // A zip archive under a .fit name: the worker hands it back to be expanded here.
    writeFileSync(join(folder, 'nested', 'bundle.fit'), zipSync({ 'in-zip.fit': ride(30) }));

    const report = await importPaths(app.ctx, [folder], { athleteId: ana.id });

    const byName = Object.fromEntries(report.files.map((f) => [f.path.split('/').pop(), f]));
    expect(shortRides.every((bytes) => bytes.length < 4096)).toBe(true);
    expect(report.summary).toEqual({ total: 24, imported: 22, duplicate: 1, skipped: 0, failed: 1 });
    for (let i = 0; i < 3; i++)
      expect(byName[`short-${i}.fit`]).toMatchObject({ status: 'imported', reason: '1 bike activity for Ana Ruiz' });
    expect(byName['in-zip.fit']).toMatchObject({ status: 'imported', reason: '1 bike activity for Ana Ruiz' });
    expect(report.files.find((f) => f.path.endsWith('bundle.fit!/in-zip.fit'))).toBeDefined();
    expect(byName['truncated.fit']!.reason).toMatch(
      /^truncated FIT file: header declares \d+ data bytes, file has \d+; its readable messages hold only \d+ s of activity, too little to import$/,
    );
    const copies = [byName['ride-00.fit']!, byName['copy-of-ride-00.fit']!];
    expect(copies.map((f) => f.status).sort()).toEqual(['duplicate', 'imported']);
    expect(copies.find((f) => f.status === 'duplicate')!.activityIds).toEqual(
      copies.find((f) => f.status === 'imported')!.activityIds,
    );
    expect(await count('activities')).toBe(22);
    expect(await count('import_files')).toBe(22);
    for (const bytes of [...rides, ...shortRides])
      expect(existsSync(originalPath(app.ctx.dataDir, sha256Hex(bytes)))).toBe(true);
    // Only whole originals: no temporary file survives two workers storing the same content.
    const stored = readdirSync(join(app.ctx.dataDir, 'originals'), { recursive: true }).map(String);
    expect(stored.filter((name) => name.endsWith('.partial'))).toEqual([]);

    const again = await importPaths(app.ctx, [folder], { athleteId: ana.id, workers: 2 });
    expect(again.summary).toMatchObject({ imported: 0, duplicate: 23, failed: 1 });
    expect(await count('activities')).toBe(22);
  });

  it('queues files of unknown devices, then imports them unattended once the device is mapped', async () => {
    const ana = await athlete();
    const report = await importUploadedFiles(app.ctx, [{ name: 'one.fit', data: ride(0, 3_999_123_456) }], {});
    expect(report.files[0]).toMatchObject({ status: 'skipped', activityIds: [] });
    expect(report.files[0]!.reason).toMatch(
      /^unknown device .*\(serial 3999123456\): assign it to an athlete in Imports$/,
    );
    expect(await count('activities')).toBe(0);

    const [queued] = await listAssignmentQueue(app.ctx);
    expect(queued).toMatchObject({
      path: 'one.fit',
      activityCount: 1,
      sports: ['bike'],
      device: { serial: '3999123456' },
    });

    // The original was kept, so assigning needs neither the device nor the upload again.
    const assigned = await assignQueuedFiles(app.ctx, [queued!.id], ana.id, true);
    expect(assigned.summary.imported).toBe(1);
    expect(await listAssignmentQueue(app.ctx)).toEqual([]);

    const later = await importUploadedFiles(app.ctx, [{ name: 'two.fit', data: ride(1, 3_999_123_456) }], {});
    expect(later.files[0]).toMatchObject({ status: 'imported', reason: '1 bike activity for Ana Ruiz' });
  });

  it('re-assigns an activity to another athlete and recomputes its load with their thresholds', async () => {
    const ana = await athlete();
    const ben = await createAthlete(app.ctx, {
      name: 'Ben Ode',
      sports: ['bike'],
      thresholds: { ftp: 350 },
      thresholdsFrom: '2024-01-01',
    });
    const report = await importUploadedFiles(app.ctx, [{ name: 'r.fit', data: ride(0) }], { athleteId: ana.id });
    const id = report.files[0]!.activityIds[0]!;
    const before = (await listActivities(app.ctx, ana.id, {}))[0]!;
    const storedMetricKeys = () => {
      const row = app.database.sqlite.prepare('SELECT metrics FROM activities WHERE id = ?').get(id) as {
        metrics: string;
      };
      return Object.keys(JSON.parse(row.metrics)).sort();
    };
    const keysBefore = storedMetricKeys();

    await reassignActivity(app.ctx, id, ben.id);

    // The mean-maximal curves and zone times travel with the activity; only the load changes.
    expect(storedMetricKeys()).toEqual(keysBefore);
    expect(keysBefore.length).toBeGreaterThan(3);

    expect(await listActivities(app.ctx, ana.id, {})).toEqual([]);
    const after = (await listActivities(app.ctx, ben.id, {}))[0]!;
    expect(after.id).toBe(id);
    expect(after.load).not.toBeNull();
    expect(after.load!).toBeLessThan(before.load!);
  });

  it('pushes progress with bytes and an estimate, and a cancelled import writes only whole files', async () => {
    const ana = await athlete();
    // More files than one transaction takes (32), so the first commit cannot hold them all.
    const files = Array.from({ length: 48 }, (_, i) => ({ name: `r${i}.fit`, data: ride(i) }));
    const events: PushEvent[] = [];
    app.ctx.events.subscribe((e) => events.push(e));
    // Progress events are throttled (a fast machine may send only the first and the last), so the
    // test cancels once the first file is committed, as a coach would after seeing it arrive.
    let jobId: string | undefined;
    const running = importUploadedFiles(app.ctx, files, {
      athleteId: ana.id,
      workers: 1,
      onJobStarted: (id) => (jobId = id),
    });
    while ((await count('activities')) < 1) await new Promise((resolve) => setTimeout(resolve, 2));
    const cancelled = cancelImport(jobId!).cancelled;
    const report = await running;

    const progress = events.filter((e) => e.type === 'job.progress');
    expect(progress[0]).toMatchObject({
      done: 0,
      total: 48,
      bytesDone: 0,
      bytesTotal: files.reduce((s, f) => s + f.data.byteLength, 0),
    });
    expect(cancelled).toBe(true);
    const imported = report.files.filter((f) => f.status === 'imported').length;
    expect(
      report.files
        .filter((f) => f.status === 'skipped')
        .every((f) => f.reason === 'import cancelled before this file was written'),
    ).toBe(true);
    expect(imported).toBeLessThan(48);
    expect(await count('activities')).toBe(imported);
    expect(await count('activity_streams')).toBe(imported);
    expect(await count('activity_sources')).toBe(imported);
  });
});
