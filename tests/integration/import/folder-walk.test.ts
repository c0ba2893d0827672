import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectFileSources } from '../../../src-main/node/import/file-sources';
import { importPaths } from '../../../src-main/node/services/imports';
import { writeFitActivity } from '../../helpers/fit-writer';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

let app: TempApp;
let folder: string;
beforeEach(() => {
  app = createTempApp();
  folder = join(app.dir, 'rides');
  mkdirSync(join(folder, 'old'), { recursive: true });
  writeFileSync(join(folder, 'ride.fit'), writeFitActivity({ durationSeconds: 600, seed: 1 }));
  writeFileSync(join(folder, 'old', 'earlier.fit'), writeFitActivity({ durationSeconds: 600, seed: 2 }));
});
afterEach(() => app.dispose());

describe('folder walks', () => {
  it('finishes on a folder with two links to itself, reading each file once and naming the loops', async () => {
    symlinkSync(folder, join(folder, 'again'));
    symlinkSync(folder, join(folder, 'old', 'back-up'));

    const collected = await collectFileSources([folder]);

    expect(collected.files.map((f) => f.path)).toEqual([join(folder, 'old', 'earlier.fit'), join(folder, 'ride.fit')]);
    expect(collected.loops).toEqual([
      { path: join(folder, 'again'), target: realpathSync(folder) },
      { path: join(folder, 'old', 'back-up'), target: realpathSync(folder) },
    ]);

    const report = await importPaths(app.ctx, [folder], {});
    expect(report.files.filter((f) => f.status === 'skipped' && f.path.endsWith('again'))).toEqual([
      {
        path: join(folder, 'again'),
        status: 'skipped',
        reason: `a link back to ${realpathSync(folder)}, a folder it is inside: not followed, so the folder is read once`,
        activityIds: [],
      },
    ]);
    expect(report.summary.total).toBe(4);
  }, 20_000);

  it('reads a folder reached by two links once, and does not call the second link a loop', async () => {
    const shared = join(app.dir, 'shared');
    mkdirSync(shared);
    writeFileSync(join(shared, 'group-ride.fit'), writeFitActivity({ durationSeconds: 600, seed: 3 }));
    symlinkSync(shared, join(folder, 'link-a'));
    symlinkSync(shared, join(folder, 'link-b'));

    const collected = await collectFileSources([folder]);

    expect(collected.files.map((f) => f.path)).toEqual([
      join(folder, 'link-a', 'group-ride.fit'),
      join(folder, 'old', 'earlier.fit'),
      join(folder, 'ride.fit'),
    ]);
    expect(collected.loops).toEqual([]);
  });

  it('reports a link to itself as unreadable, with the reason', async () => {
    symlinkSync(join(folder, 'self.fit'), join(folder, 'self.fit'));

    const collected = await collectFileSources([folder]);

    expect(collected.unreadable).toEqual([
      { path: join(folder, 'self.fit'), reason: 'a symbolic link that leads back to itself' },
    ]);
  });
});
