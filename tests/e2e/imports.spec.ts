import { writeFitActivity } from '../helpers/fit-writer';
import { expect, openScreen, test } from './server';

test('importing a FIT file through the picker shows the report and links to the athlete', async ({
  app: page,
  server,
}) => {
  const athlete = await server.call('athletes.create', {
    name: 'Import Rider',
    sports: ['bike'],
    thresholds: { ftp: 250, maxHr: 190, restingHr: 50 },
  });
  const ride = writeFitActivity({
    sport: 'bike',
    durationSeconds: 1800,
    start: new Date(Date.now() - 86_400_000),
    seed: 7,
  });

  await openScreen(page, '#/imports', 'Imports');
  await page.getByLabel('Athlete').selectOption(String(athlete.id));
  await page.getByLabel('Choose activity files to import').setInputFiles([
    { name: 'morning-ride.fit', mimeType: 'application/octet-stream', buffer: Buffer.from(ride) },
    { name: 'notes.fit', mimeType: 'application/octet-stream', buffer: Buffer.from('not a fit file') },
  ]);

  const report = page.getByRole('table', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 30_000 });
  const imported = report.getByRole('row', { name: /morning-ride\.fit/ });
  await expect(imported).toContainText('imported');
  await expect(report.getByRole('row', { name: /notes\.fit/ })).toContainText('failed');
  await page.screenshot({ path: 'test-results/screenshots/import-report.png', fullPage: true });

  await imported.getByRole('link', { name: /Import Rider/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import Rider' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Activities' }).getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('table', { name: 'Activities' })).toContainText('0:30:00');
});
