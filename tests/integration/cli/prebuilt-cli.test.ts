import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentCliEntry, root } from '../../../scripts/prebuilt.mjs';
import { coach } from '../../helpers/cli';
import { writeFitActivity } from '../../helpers/fit-writer';
import { createTempApp } from '../../helpers/temp-app';

const scratch = createTempApp();
afterAll(() => scratch.dispose());
const dbPath = join(scratch.dir, 'cli.db');

/** `coach` as a shell runs it: bin/coach.mjs, which runs the prebuilt bundle (rebuilt first when stale). */
function coachBin(...argv: string[]) {
  const child = spawnSync(process.execPath, [join(root, 'bin', 'coach.mjs'), ...argv], { cwd: root, encoding: 'utf8' });
  return { code: child.status, stdout: child.stdout.trimEnd(), stderr: child.stderr.trimEnd() };
}

describe('the prebuilt coach command', () => {
  it('prints what the sources print, and leaves a bundle current with the checkout', { timeout: 120_000 }, async () => {
    const added = coachBin(
      'athletes',
      'add',
      '--db',
      dbPath,
      '--name',
      'Ana Ruiz',
      '--sport',
      'bike',
      '--ftp',
      '250',
      '--tz',
      'Europe/Madrid',
      '--json',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({
      name: 'Ana Ruiz',
      timeZone: 'Europe/Madrid',
      thresholds: { ftp: 250 },
    });

    const built = coachBin('athletes', '--db', dbPath, '--json');
    const fromSources = await coach('athletes', '--db', dbPath, '--json');
    expect(built).toEqual({ code: 0, stdout: fromSources.stdout, stderr: '' });
    expect(currentCliEntry()).not.toBeNull();
  });

  it(
    'imports through its bundled decode worker and inspects with the lazily loaded decoders',
    { timeout: 120_000 },
    async () => {
      const folder = join(scratch.dir, 'rides');
      mkdirSync(folder);
      const file = join(folder, 'ride.fit');
      writeFileSync(
        file,
        writeFitActivity({ sport: 'bike', durationSeconds: 1800, start: new Date(Date.UTC(2026, 2, 1, 7)), seed: 3 }),
      );
      const athleteId = String(JSON.parse(coachBin('athletes', '--db', dbPath, '--json').stdout)[0].id);

      const imported = coachBin('import', folder, '--athlete', athleteId, '--db', dbPath, '--json');
      expect(imported.code).toBe(0);
      const report = JSON.parse(imported.stdout);
      expect(report.files).toEqual([
        expect.objectContaining({ path: file, status: 'imported', activityIds: [expect.any(Number)] }),
      ]);

      const inspected = coachBin('inspect', file, '--ftp', '250', '--json');
      const fromSources = await coach('inspect', file, '--ftp', '250', '--json');
      expect(inspected).toEqual({ code: 0, stdout: fromSources.stdout, stderr: '' });
      expect(JSON.parse(inspected.stdout).activities).toHaveLength(1);
    },
  );

  it('answers a mistyped command with the usage error and exit status 2', () => {
    expect(coachBin('athletez')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'coach: unknown command "athletez". Run "coach --help".',
    });
  });
});
