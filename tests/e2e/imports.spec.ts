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
  await expect(page.getByRole('table', { name: 'Activities' })).toContainText('30:00');
});

test('the progress bar moves while a many-file import runs', async ({ app: page, server }) => {
  // Generating and importing 30 hour-long rides takes a while on a busy two-core machine.
  test.setTimeout(180_000);
  const athlete = await server.call('athletes.create', {
    name: 'Progress Rider',
    sports: ['bike'],
    thresholds: { ftp: 250 },
  });
  // Enough hour-long rides that the import outlasts several progress events (sent at most every 200 ms).
  const files = Array.from({ length: 30 }, (_, i) => ({
    name: `ride-${i}.fit`,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(
      writeFitActivity({
        sport: 'bike',
        durationSeconds: 3600,
        start: new Date(Date.now() - (i + 1) * 86_400_000),
        seed: 100 + i,
      }),
    ),
  }));
  await openScreen(page, '#/imports', 'Imports');
  await page.getByLabel('Athlete').selectOption(String(athlete.id));
  // Every value the bar shows while the server imports (not while the browser sends), as it happens.
  await page.evaluate(() => {
    const seen: number[] = [];
    Object.assign(window, { importProgressSeen: seen });
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      const value = bar?.getAttribute('aria-valuenow');
      if (bar?.getAttribute('aria-label')?.startsWith('Importing:') && value != null && seen.at(-1) !== Number(value))
        seen.push(Number(value));
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuenow', 'aria-label'],
    });
  });

  await page.getByLabel('Choose activity files to import').setInputFiles(files);
  await expect(page.getByRole('progressbar', { name: /^Importing: \d+ of 30 files/ })).toBeVisible({ timeout: 60_000 });
  const report = page.getByRole('table', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 150_000 });
  await expect(report.getByRole('row', { name: /ride-\d+\.fit/ }).filter({ hasText: 'imported' })).toHaveCount(30);

  const seen = await page.evaluate(() => (window as unknown as { importProgressSeen: number[] }).importProgressSeen);
  expect(new Set(seen).size, `progress values seen: ${seen.join(', ')}`).toBeGreaterThanOrEqual(2);
  expect(seen, 'the bar never moves backwards').toEqual([...seen].sort((a, b) => a - b));
  expect(seen.at(-1)!).toBeGreaterThan(seen[0]!);
});

test('an activity imported for the wrong athlete moves to the right one, with their load', async ({
  app: page,
  server,
}) => {
  const wrong = await server.call('athletes.create', {
    name: 'Wrong Rider',
    sports: ['bike'],
    thresholds: { ftp: 200 },
    thresholdsFrom: '2020-01-01',
  });
  const right = await server.call('athletes.create', {
    name: 'Right Rider',
    sports: ['bike'],
    thresholds: { ftp: 320 },
    thresholdsFrom: '2020-01-01',
  });
  const ride = writeFitActivity({
    sport: 'bike',
    durationSeconds: 1800,
    start: new Date(Date.now() - 86_400_000),
    seed: 11,
  });
  await openScreen(page, '#/imports', 'Imports');
  await page.getByLabel('Athlete').selectOption(String(wrong.id));
  await page
    .getByLabel('Choose activity files to import')
    .setInputFiles([{ name: 'borrowed-bike.fit', mimeType: 'application/octet-stream', buffer: Buffer.from(ride) }]);
  await page
    .getByRole('table', { name: 'Import report' })
    .getByRole('link', { name: /Wrong Rider/ })
    .click();

  await page.getByRole('table', { name: 'Activities' }).getByRole('row').filter({ hasText: 'Bike' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Move to').selectOption(String(right.id));
  await dialog.getByRole('button', { name: 'Move activity' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Activities' })).toBeHidden();

  await openScreen(page, `#/athletes/${right.id}`, 'Right Rider');
  const moved = page.getByRole('table', { name: 'Activities' }).getByRole('row').filter({ hasText: 'Bike' });
  await expect(moved).toHaveCount(1);
  // Scored again with Right Rider's FTP of 320 W, the load names it.
  await moved.click();
  await expect(page.getByRole('dialog')).toContainText('FTP 320 W');
});
