import { writeFitActivity } from '../helpers/fit-writer';
import { expect, openScreen, test } from './server';

/** FIT times below 0x10000000 s count from the device's power-on; read as dates they land in 1990–1998. */
const powerOn = (seconds: number) => new Date(Date.UTC(1989, 11, 31) + seconds * 1000);

test('the coach gives a run recorded with an unset device clock its real date, and its load moves there', async ({
  app: page,
  server,
}) => {
  const athlete = await server.call('athletes.create', {
    name: 'Clockless Runner',
    sports: ['run'],
    thresholds: { lthr: 170, maxHr: 190, restingHr: 50 },
    thresholdsFrom: '2020-01-01',
    timeZone: 'Europe/Madrid',
  });
  const run = writeFitActivity({ sport: 'run', durationSeconds: 2400, start: powerOn(3_000_000), seed: 5 });
  // Uploaded bytes carry no modification time, so nothing dates this file.
  await openScreen(page, '#/imports', 'Imports');
  await page.getByLabel('Athlete').selectOption(String(athlete.id));
  await page
    .getByLabel('Choose activity files to import')
    .setInputFiles([{ name: 'old-watch.fit', mimeType: 'application/octet-stream', buffer: Buffer.from(run) }]);
  await expect(page.getByRole('table', { name: 'Import report' })).toContainText('date unknown', { timeout: 30_000 });

  await openScreen(page, `#/athletes/${athlete.id}`, 'Clockless Runner');
  const row = page.getByRole('table', { name: 'Activities' }).getByRole('row').filter({ hasText: 'date unknown' });
  await expect(row).toHaveCount(1);
  await row.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Date unknown — device clock was not set')).toBeVisible();

  // Yesterday at 07:30 in the athlete's zone.
  const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Madrid' });
  const start = dialog.getByLabel(/Real start/);
  await start.fill('1991-01-01T07:30');
  await dialog.getByRole('button', { name: 'Set date' }).click();
  await expect(dialog.getByRole('alert')).toContainText('cannot be a real date');

  await start.fill(`${yesterday}T07:30`);
  await dialog.getByRole('button', { name: 'Set date' }).click();
  await expect(
    dialog.getByText(/^Date set by the coach on .* — device clock was not set \(it was filed at 3 Feb 1990\)$/),
  ).toBeVisible();
  await expect(dialog.getByLabel(/Real start/)).toHaveValue(`${yesterday}T07:30`);
  await expect(dialog.getByRole('button', { name: 'Set date' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screenshots/activity-date-set.png', fullPage: true });
  await dialog.getByRole('button', { name: 'Close' }).click();

  const [y, m, d] = yesterday.split('-').map(Number);
  const shown = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  await expect(page.getByRole('table', { name: 'Activities' }).getByRole('row').filter({ hasText: shown })).toHaveCount(
    1,
  );
  const pmc = await server.call('analytics.pmc', { athleteId: athlete.id, from: yesterday, to: yesterday });
  expect(pmc.days[0]!.load).toBeGreaterThan(0);
});
