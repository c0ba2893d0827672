import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../src-main/common/contract';
import { dispatch } from '../../../src-main/node/api/dispatch';
import { createCoachApp } from '../../../src-main/node/app';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { importPaths } from '../../../src-main/node/services/imports';
import { writeFitActivity } from '../../helpers/fit-writer';

/** A real full disk: a 3 MB tmpfs, which only root (or CAP_SYS_ADMIN) can mount. */
const dir = mkdtempSync(join(tmpdir(), 'coach-disk-full-'));
const disk = join(dir, 'disk');
mkdirSync(disk);
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', disk]).status === 0;
afterAll(() => {
  if (mounted) spawnSync('umount', [disk]);
  rmSync(dir, { recursive: true, force: true });
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe.skipIf(!mounted)('an import onto a full disk (skipped: mounting a small tmpfs needs root)', () => {
  const folder = join(dir, 'card');
  beforeAll(() => {
    mkdirSync(folder);
    for (let i = 0; i < 40; i++) {
      const start = new Date(Date.UTC(2024, 0, 1, 6) + i * 86_400_000);
      writeFileSync(
        join(folder, `ride-${i}.fit`),
        writeFitActivity({ sport: 'bike', durationSeconds: 3600, start, seed: i + 1, withPower: true }),
      );
    }
  });

  it(
    'says "disk full", leaves no half-written file and keeps the database consistent',
    { timeout: 120_000 },
    async () => {
      const dbPath = join(disk, 'coach.db');
      const app = createCoachApp(dbPath);
      let report;
      const callErrors: ApiError[] = [];
      try {
        const athleteId = (await createAthlete(app.ctx, { name: 'Full Disk', sports: ['bike'] })).id;
        report = await importPaths(app.ctx, [folder], { athleteId });
        // A call's transaction on the full disk: SQLite rolls it back itself, and the answer must say why.
        for (let i = 0; i < 400 && callErrors.length === 0; i++) {
          const result = await dispatch(app.handlers, 'notes.add', {
            athleteId,
            date: '2024-02-01',
            text: `${i} ${'n'.repeat(4900)}`,
          });
          if (!result.ok) callErrors.push(result.error);
        }
      } finally {
        await app.close().catch(() => undefined);
      }
      const failed = report.files.filter((f) => f.status === 'failed');
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.filter((f) => !/^could not be saved: disk full/i.test(f.reason))).toEqual([]);
      expect(filesUnder(disk).filter((path) => path.endsWith('.partial'))).toEqual([]);
      expect(callErrors).toEqual([
        expect.objectContaining({ code: 'DISK_FULL', message: expect.stringMatching(/^Disk full/) }),
      ]);

      const check = new SqliteDatabase(dbPath, { readonly: true });
      try {
        expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
        const imported = check.prepare('SELECT count(*) AS n FROM activities').get() as { n: number };
        expect(imported.n).toBe(report.summary.imported);
      } finally {
        check.close();
      }
    },
  );
});
