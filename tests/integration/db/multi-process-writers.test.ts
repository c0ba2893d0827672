import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../src-main/common/contract';
import { createCoachApp } from '../../../src-main/node/app';
import { repoRoot } from '../../../src-main/node/repo-root';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { startApiServerProcess } from '../../helpers/api-server';
import { writeFitActivity } from '../../helpers/fit-writer';
import { createTempApp } from '../../helpers/temp-app';

const FILES_PER_WRITER = 20;
const scratch = createTempApp();
afterAll(() => scratch.dispose());

function writeFolder(name: string, offset: number): string {
  const folder = join(scratch.dir, name);
  mkdirSync(folder);
  for (let i = 0; i < FILES_PER_WRITER; i++) {
    const start = new Date(Date.UTC(2024, 0, 1, 6) + (offset + i) * 86_400_000);
    writeFileSync(
      join(folder, `${name}-${i}.fit`),
      writeFitActivity({ sport: i % 2 ? 'run' : 'bike', durationSeconds: 300, start, seed: offset + i + 1 }),
    );
  }
  return folder;
}

function cliImport(
  folder: string,
  athleteId: number,
  dbPath: string,
): Promise<{ code: number | null; report: ImportReport | null; stderr: string }> {
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'bin', 'coach.mjs'), 'import', folder, '--athlete', String(athleteId), '--db', dbPath, '--json'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on('exit', (code) => resolve({ code, report: stdout ? (JSON.parse(stdout) as ImportReport) : null, stderr })),
  );
}

describe('one database, several processes', () => {
  it(
    'two CLI imports and the browser-mode server write at once without "database is locked"',
    { timeout: 120_000 },
    async () => {
      const dbPath = join(scratch.dir, 'shared.db');
      const setup = createCoachApp(dbPath);
      const athleteId = (await createAthlete(setup.ctx, { name: 'Shared Db', sports: ['bike', 'run'] })).id;
      await setup.close();
      const folders = [writeFolder('a', 0), writeFolder('b', FILES_PER_WRITER)];

      const server = await startApiServerProcess(dbPath);
      try {
        const imports = Promise.all(folders.map((folder) => cliImport(folder, athleteId, dbPath)));
        let importing = true;
        void imports.finally(() => (importing = false));
        // The roster refreshes the load the imports mark stale (a read, then writes); notes are plain writes.
        const failures: string[] = [];
        let calls = 0;
        while (importing) {
          const day = `2024-03-${String((calls % 28) + 1).padStart(2, '0')}`;
          for (const result of await Promise.all([
            server.call('analytics.roster'),
            server.call('notes.add', { athleteId, date: day, text: `Call ${calls}` }),
          ])) {
            calls++;
            if (!result.ok) failures.push(`${result.error.code}: ${result.error.message}`);
          }
        }
        const results = await imports;

        for (const { code, report, stderr } of results) {
          expect(report?.files.filter((f) => f.status !== 'imported') ?? stderr, stderr).toEqual([]);
          expect(code).toBe(0);
        }
        expect(failures).toEqual([]);
        expect(calls).toBeGreaterThan(0);
        const roster = await server.call('analytics.roster');
        expect(roster.ok).toBe(true);
      } finally {
        await server.stop();
      }
      const check = createCoachApp(dbPath);
      try {
        const count = check.database.sqlite.prepare('SELECT count(*) AS n FROM activities').get() as { n: number };
        expect(count.n).toBe(2 * FILES_PER_WRITER);
      } finally {
        await check.close();
      }
    },
  );
});
