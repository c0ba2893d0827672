import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../src-main/node/cli/commands/import';
import { createCoachApp } from '../../../src-main/node/app';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { coach } from '../../helpers/cli';
import { writeFitActivity } from '../../helpers/fit-writer';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

let scratch: TempApp;
afterEach(() => scratch.dispose());

async function run(args: string[]) {
  const out: string[] = [];
  const code = await runImport(args, { stdout: (t) => out.push(t), stderr: () => undefined });
  return {
    code,
    json: JSON.parse(out.join('\n')) as {
      files: { path: string; status: string; reason: string; activityIds: number[] }[];
      summary: Record<string, number>;
    },
  };
}

describe('coach import', () => {
  it('prints the per-file report as JSON and exits 1 only when a file failed', async () => {
    scratch = createTempApp();
    const dbPath = join(scratch.dir, 'cli.db');
    const setup = createCoachApp(dbPath);
    const athleteId = (await createAthlete(setup.ctx, { name: 'Cli Athlete', sports: ['run'] })).id;
    await setup.close();
    const folder = join(scratch.dir, 'in');
    mkdirSync(folder);
    writeFileSync(join(folder, 'run.fit'), writeFitActivity({ sport: 'run', durationSeconds: 300 }));

    const ok = await run([folder, '--athlete', String(athleteId), '--db', dbPath, '--json']);
    expect(ok.code).toBe(0);
    expect(ok.json.files).toEqual([
      {
        path: join(folder, 'run.fit'),
        status: 'imported',
        reason: '1 run activity for Cli Athlete',
        activityIds: [1],
        athlete: { id: athleteId, name: 'Cli Athlete' },
      },
    ]);
    expect(ok.json.summary).toEqual({ total: 1, imported: 1, duplicate: 0, skipped: 0, failed: 0 });

    writeFileSync(join(folder, 'broken.fit'), new Uint8Array([14, 16, 0, 0]));
    const mixed = await run([folder, '--athlete', String(athleteId), '--db', dbPath, '--json']);
    expect(mixed.code).toBe(1);
    expect(mixed.json.files.map((f) => f.status)).toEqual(['failed', 'duplicate']);
    expect(mixed.json.summary).toMatchObject({ total: 2, duplicate: 1, failed: 1 });
  });

  it('applies the same size caps as every other way in, to import and inspect alike', async () => {
    scratch = createTempApp();
    const huge = join(scratch.dir, 'huge.fit');
    writeFileSync(huge, '');
    truncateSync(huge, 129 * 1024 * 1024);

    const imported = await run([huge, '--db', join(scratch.dir, 'cli.db'), '--json']);
    expect(imported.code).toBe(1);
    expect(imported.json.files).toEqual([
      {
        path: huge,
        status: 'failed',
        reason: '129 MB, larger than any real activity file (at most 128 MB is read)',
        activityIds: [],
      },
    ]);

    expect(await coach('inspect', huge, '--json')).toEqual({
      code: 1,
      stdout: '',
      stderr: `coach inspect: ${huge}: 129 MB, larger than any real activity file (at most 128 MB is read)`,
    });
  });
});
