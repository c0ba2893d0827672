import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createCoachApp } from '../../../src-main/node/app';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { importPaths } from '../../../src-main/node/services/imports';
import { repoRoot } from '../../../src-main/node/repo-root';
import { writeFitActivity } from '../../helpers/fit-writer';
import { createTempApp } from '../../helpers/temp-app';

const FILES = 300;
const scratch = createTempApp();
afterAll(() => scratch.dispose());

function countActivities(dbPath: string): number {
  const db = new SqliteDatabase(dbPath, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM activities').get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

describe('an import killed midway', () => {
  it('leaves a consistent database, and re-running adds exactly the missing files', { timeout: 240_000 }, async () => {
    const folder = join(scratch.dir, 'card');
    mkdirSync(folder);
    for (let i = 0; i < FILES; i++) {
      const start = new Date(Date.UTC(2023, 0, 1, 6) + i * 86_400_000);
      writeFileSync(
        join(folder, `a${String(i).padStart(3, '0')}.fit`),
        writeFitActivity({ sport: i % 2 ? 'run' : 'bike', durationSeconds: 240, start, seed: i + 1 }),
      );
    }
    const dbPath = join(scratch.dir, 'crash.db');
    const setup = createCoachApp(dbPath);
    const athleteId = (await createAthlete(setup.ctx, { name: 'Crash Test', sports: ['bike', 'run'] })).id;
    await setup.close();

    const child = spawn(
      process.execPath,
      [join(repoRoot, 'bin', 'coach.mjs'), 'import', folder, '--athlete', String(athleteId), '--db', dbPath, '--json'],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill at the first committed batch: waiting for more makes the test race the import on a busy machine.
    while (countActivities(dbPath) < 1) {
      if (child.exitCode !== null) throw new Error('the import finished before it could be killed; make it longer');
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    await exited;

    const app = createCoachApp(dbPath);
    try {
      const { sqlite } = app.database;
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      const half = sqlite
        .prepare(
          `SELECT count(*) AS n FROM activities a
           WHERE NOT EXISTS (SELECT 1 FROM activity_streams s WHERE s.activity_id = a.id)
              OR NOT EXISTS (SELECT 1 FROM activity_sources s WHERE s.activity_id = a.id)
              OR NOT EXISTS (SELECT 1 FROM laps l WHERE l.activity_id = a.id)`,
        )
        .get() as { n: number };
      expect(half.n).toBe(0);
      const before = (sqlite.prepare('SELECT count(*) AS n FROM activities').get() as { n: number }).n;
      expect(before).toBeGreaterThanOrEqual(1);
      expect(before).toBeLessThan(FILES);

      const rerun = await importPaths(app.ctx, [folder], { athleteId });
      expect(rerun.summary).toMatchObject({ total: FILES, imported: FILES - before, duplicate: before, failed: 0 });
      expect((sqlite.prepare('SELECT count(*) AS n FROM activities').get() as { n: number }).n).toBe(FILES);
    } finally {
      await app.close();
    }
  });
});
