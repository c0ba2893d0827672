import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFitActivity } from '../helpers/fit-writer';
import { expect, openScreen, test } from './server';

test('a watch appearing under a watched mount point asks whose activities they are, then imports them', async ({
  app: page,
  server,
}) => {
  const athlete = await server.call('athletes.create', {
    name: 'Ana Ruiz',
    sports: ['run'],
    thresholds: { lthr: 170, maxHr: 188, restingHr: 48 },
  });
  const mountRoot = mkdtempSync(join(tmpdir(), 'coach-e2e-mnt-'));
  try {
    await openScreen(page, '#/imports', 'Imports');
    const folders = page.getByRole('region', { name: 'Watch folders' });
    await folders.getByLabel('Folder').fill(mountRoot);
    await folders.getByLabel('Kind').selectOption('mount_root');
    await folders.getByRole('button', { name: 'Add folder' }).click();
    await expect(folders.getByRole('list', { name: 'Watch folders' })).toContainText(mountRoot);

    // The watch is "plugged in" after the app started watching: its volume appears under the root.
    const garmin = join(mountRoot, 'FR965', 'GARMIN');
    mkdirSync(join(garmin, 'Activity'), { recursive: true });
    writeFileSync(
      join(garmin, 'GarminDevice.xml'),
      '<Device><Model><Description>Forerunner 965</Description></Model><Id>3999999999</Id></Device>',
    );
    const run = writeFitActivity({
      sport: 'run',
      durationSeconds: 2400,
      start: new Date(Date.now() - 2 * 86_400_000),
      serial: 3999999999,
      seed: 3,
    });
    writeFileSync(join(garmin, 'Activity', 'morning-run.fit'), run);

    const prompt = page.getByRole('group', { name: 'Forerunner 965' });
    await expect(prompt).toContainText(
      'Forerunner 965 (serial 3999999999) · USB watch connected: 1 new activity — import for which athlete?',
      {
        timeout: 20_000,
      },
    );
    await page.screenshot({ path: 'test-results/screenshots/imports-device-prompt.png', fullPage: true });
    await prompt.getByLabel('Athlete', { exact: true }).selectOption(String(athlete.id));
    await prompt.getByRole('button', { name: 'Import 1 new activity' }).click();

    const report = page
      .getByRole('region', { name: 'Connected devices' })
      .getByRole('table', { name: 'Import report' });
    await expect(report.getByRole('row', { name: /morning-run\.fit/ })).toContainText('imported');
    await report.getByRole('link', { name: /Ana Ruiz/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ana Ruiz' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Activities' })).toContainText('40:00');
  } finally {
    rmSync(mountRoot, { recursive: true, force: true });
  }
});
