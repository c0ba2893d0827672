import { execFile } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ArchiveRefused,
  decodeActivityFile,
  DecodeError,
  openZipArchive,
} from '../../../src-main/node/import/decoders';
import { MAX_ACTIVITY_FILE_BYTES } from '../../../src-main/node/import/size-caps';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { listActivities } from '../../../src-main/node/services/activities';
import { importPaths } from '../../../src-main/node/services/imports';
import { writeGzipBomb, writeZipBomb, writeZipOfZeros } from '../../helpers/archive-bombs';
import { writeFitActivity } from '../../helpers/fit-writer';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

const MB = 1024 * 1024;
/**
 * What an import of a refused bomb may peak at, the whole process with its decode workers. Importing
 * one ordinary 1 MB FIT file from the TypeScript sources peaks near 270 MB; the cap lets one file
 * expand to 128 MB before it is refused. Before the caps, the 1 GB zip entry took 3.4 GB, the .fit.gz 1.3 GB.
 */
const PEAK_RSS_BOUND = 512 * MB;
const TOO_LARGE = /^expands to more than 128 MB, far beyond any real activity file: refused as a possible zip bomb$/;

let app: TempApp;
beforeEach(() => {
  app = createTempApp();
});
afterEach(() => app.dispose());

/** Runs an import in a child process, as the app would, and reads its peak memory. */
async function importInChild(
  ...args: string[]
): Promise<{ maxRssBytes: number; report: { files: { path: string; status: string; reason: string }[] } | null }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'tests/helpers/import-peak-rss.ts', join(app.dir, 'child.db'), ...args],
    {
      maxBuffer: 16 * MB,
    },
  );
  return JSON.parse(stdout);
}

describe('archive bombs', () => {
  it('refuses a 1 GB zip entry and a 1 GB .fit.gz with the reason, never holding more than one capped file', async () => {
    const zip = join(app.dir, 'export.zip');
    const gz = join(app.dir, 'ride.fit.gz');
    await writeZipBomb(zip, 'ride.fit', 1024);
    await writeGzipBomb(gz, 1024);

    const { maxRssBytes, report } = await importInChild('paths', zip, gz);

    expect(report!.files).toEqual([
      { path: `${zip}!/ride.fit`, status: 'failed', reason: expect.stringMatching(TOO_LARGE), activityIds: [] },
      { path: gz, status: 'failed', reason: expect.stringMatching(TOO_LARGE), activityIds: [] },
    ]);
    expect(maxRssBytes).toBeLessThan(PEAK_RSS_BOUND);
  }, 120_000);

  it('keeps a bomb dropped into a watch folder, imported with no one asking, within the same memory', async () => {
    const folder = join(app.dir, 'watched');
    mkdirSync(folder);
    await writeZipBomb(join(folder, 'export.zip'), 'ride.fit', 1024);

    const { maxRssBytes } = await importInChild('watch', folder);

    expect(maxRssBytes).toBeLessThan(PEAK_RSS_BOUND);
  }, 120_000);

  it('stops an archive whose files together expand past 256 MB, after reading the ones before', async () => {
    const path = join(app.dir, 'many.zip');
    await writeZipOfZeros(path, [
      { name: 'a.fit', expandedMb: 120 },
      { name: 'b.fit', expandedMb: 120 },
      { name: 'c.fit', expandedMb: 20 },
    ]);
    const archive = openZipArchive('many.zip', new Uint8Array(readFileSync(path)))!;

    expect((await archive.read(archive.files[0]!)).byteLength).toBe(120 * MB);
    expect((await archive.read(archive.files[1]!)).byteLength).toBe(120 * MB);
    const third = archive.read(archive.files[2]!);
    await expect(third).rejects.toThrow(ArchiveRefused);
    await expect(third).rejects.toThrow(
      'refused as a possible zip bomb: its files expand to more than 256 MB, over 64 times the archive’s own size, which real activity files never do; the files after this point were not read',
    );
  });

  it('refuses an entry by the size its archive declares, before expanding any of it', async () => {
    const zip = zipSync({ 'ride.fit': new Uint8Array(16) });
    // The end record (the last 22 bytes) says where the directory is; its entry's uncompressed size
    // (APPNOTE 4.3.12, offset 24) now claims 1 GB.
    const view = new DataView(zip.buffer);
    const directory = view.getUint32(zip.length - 22 + 16, true);
    view.setUint32(directory + 24, 1024 * MB, true);
    const archive = openZipArchive('export.zip', zip)!;
    await expect(archive.read(archive.files[0]!)).rejects.toThrow(TOO_LARGE);
  });
});

describe('archives that are not plain activity files', () => {
  it('says in plain words that a zip inside a zip is not opened, and imports the files beside it', async () => {
    const ana = await createAthlete(app.ctx, { name: 'Ana Ruiz', sports: ['run'] });
    const inner = zipSync({ 'ride.fit': writeFitActivity({ durationSeconds: 600, seed: 2 }) });
    const path = join(app.dir, 'garmin-export.zip');
    writeFileSync(
      path,
      zipSync({
        'UploadedFiles_0-_Part1.zip': inner,
        'run.fit': [writeFitActivity({ durationSeconds: 600, seed: 1 }), { level: 0 }],
      }),
    );

    const report = await importPaths(app.ctx, [path], { athleteId: ana.id });

    expect(report.files.map((f) => [f.path, f.status, f.reason])).toEqual([
      [
        `${path}!/UploadedFiles_0-_Part1.zip`,
        'failed',
        'a zip archive inside another archive is not opened: unzip garmin-export.zip first, then import the folder it makes',
      ],
      [`${path}!/run.fit`, 'imported', '1 bike activity for Ana Ruiz'],
    ]);
    expect(await listActivities(app.ctx, ana.id, {})).toHaveLength(1);
  });

  it('names a gzip inside a gzip, and a gzipped zip, in plain words', async () => {
    const fit = writeFitActivity({ durationSeconds: 600 });
    await expect(decodeActivityFile('ride.fit.gz.gz', gzipSync(gzipSync(fit)))).rejects.toThrow(
      'a gzip file inside another gzip file is not opened: gunzip it once, then import the file it makes',
    );
    await expect(decodeActivityFile('export.zip.gz', gzipSync(zipSync({ 'ride.fit': fit })))).rejects.toThrow(
      'a zip archive compressed again with gzip is not opened: gunzip export.zip.gz first, then import the .zip it makes',
    );
  });

  it('still gunzips a real .fit.gz, up to the cap', async () => {
    const fit = writeFitActivity({ durationSeconds: 600 });
    expect((await decodeActivityFile('ride.fit.gz', gzipSync(fit))).activities).toHaveLength(1);
    await expect(
      decodeActivityFile('big.fit.gz', gzipSync(new Uint8Array(MAX_ACTIVITY_FILE_BYTES + 1), { level: 1 })),
    ).rejects.toThrow(DecodeError);
  });
});

describe('files refused by their size on disk, before they are read', () => {
  /** A sparse file: as large as asked on paper, nothing written to disk. */
  function sparseFile(path: string, bytes: number): void {
    const fd = openSync(path, 'w');
    ftruncateSync(fd, bytes);
    closeSync(fd);
  }

  it('refuses an activity file over 128 MB and an archive over 512 MB, whoever imports them', async () => {
    const fit = join(app.dir, 'huge.fit');
    const zip = join(app.dir, 'huge.zip');
    sparseFile(fit, 129 * MB);
    sparseFile(zip, 513 * MB);

    const report = await importPaths(app.ctx, [fit, zip], {});

    expect(report.files.map((f) => [f.path, f.status, f.reason])).toEqual([
      [fit, 'failed', '129 MB, larger than any real activity file (at most 128 MB is read)'],
      [zip, 'failed', '513 MB, larger than the 512 MB an archive may be: unzip it, then import the folder it makes'],
    ]);
  });
});
