import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openScreen, test, type CoachServer } from './server';

const SCREENSHOTS = 'test-results/screenshots';
test.use({ serverOptions: { demo: true } });

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await openScreen(page, '#/settings', 'Settings');
  await page
    .getByRole('group', { name: 'Theme' })
    .getByText(theme === 'light' ? 'Light' : 'Dark')
    .click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** A demo athlete with the threshold a sport's workouts are written in, so the numbers are their own. */
async function athleteWith(server: CoachServer, metric: 'css' | 'ftp') {
  for (const summary of await server.call('athletes.list', {})) {
    const athlete = await server.call('athletes.get', { id: summary.id });
    if (athlete.thresholds[metric] !== undefined) return athlete;
  }
  throw new Error(`the demo roster has no athlete with a ${metric}`);
}

test('the library filters by sport and opens a starter with its profile for an athlete', async ({
  app: page,
  server,
}) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('w');
  await expect(page.getByRole('heading', { level: 1, name: 'Workouts' })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Workouts' }).getByRole('row');
  await expect.poll(() => rows.count()).toBeGreaterThan(40);

  await page.getByLabel('Filter by sport').selectOption('swim');
  await expect.poll(() => rows.count()).toBeLessThan(20);
  const sports = await rows.locator('td:nth-child(2)').allTextContents();
  expect(new Set(sports)).toEqual(new Set(['Swim']));

  await rows.filter({ hasText: 'CSS 10×100 m' }).click();
  await expect(page).toHaveURL(/#\/workouts\/\d+$/);
  const detail = page.getByRole('region', { name: 'CSS 10×100 m' });
  await expect(detail.getByText('STARTER')).toBeVisible();
  await expect(detail.getByRole('img', { name: 'Profile of CSS 10×100 m' }).locator('svg')).toBeVisible();
  await expect(detail.getByText(/10 × \(100 m @/)).toBeVisible();
  // Without an athlete the CSS is assumed, and the explanation says so.
  await expect(detail.getByText(/assumed 2:00 \/100 m CSS/)).toBeVisible();

  const swimmer = await athleteWith(server, 'css');
  await page.getByLabel('Numbers for').selectOption({ label: swimmer.name });
  await expect(page.getByText(/CSS \d:\d\d \/100 m/)).toBeVisible();
  await expect(detail.getByText(/assumed 2:00 \/100 m CSS/)).toBeHidden();
});

test('a workout built with a repeat block updates its chart and totals live, saves and is listed', async ({
  app: page,
}) => {
  await openScreen(page, '#/workouts', 'Workouts');
  await page.getByRole('button', { name: 'New workout' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New workout' })).toBeVisible();
  const preview = page.getByRole('region', { name: 'Profile and planned totals' });
  const duration = preview.getByRole('definition').first();
  // The starting shape: 10 min warm-up, 4 × (5 min work, 2 min recovery), 10 min cool-down.
  await expect(duration).toHaveText('48 min');
  await expect(preview.getByRole('img', { name: 'Profile of the new workout' }).locator('svg')).toBeVisible();
  const barsBefore = await preview.locator('svg path').count();

  await page.getByLabel('Name').fill('Coach 5×3 min VO2');
  await page.getByLabel('Category').selectOption('vo2max');
  const block = page.getByRole('group', { name: 'Repeat block 2' });
  await block.getByLabel('Repeat (times)').fill('5');
  const work = block.getByRole('group', { name: 'Block 2, step 1' });
  await work.getByLabel('Duration').fill('3:00');
  await work.getByLabel('From').fill('110');
  await work.getByLabel('To (%)').fill('120');
  await expect(duration).toHaveText('45 min');
  await expect(preview.getByText('HARD')).toBeVisible();
  await expect(preview.getByRole('img', { name: 'Profile of Coach 5×3 min VO2' })).toBeVisible();
  await expect.poll(() => preview.locator('svg path').count()).toBeGreaterThan(barsBefore);

  // A duration that is not a time is named beside its field and keeps the workout from saving.
  await work.getByLabel('Duration').fill('three');
  await expect(work.getByText('Enter minutes:seconds, e.g. 4:00 or 1:30:00')).toBeVisible();
  await expect(work.getByLabel('Duration')).toHaveAttribute('aria-invalid', 'true');
  await work.getByLabel('Duration').fill('3:00');
  await expect(work.getByRole('alert')).toHaveCount(0);

  // Add a step, move it above the block, and remove it again.
  await page.getByRole('button', { name: '+ Recovery' }).last().click();
  await expect(duration).toHaveText('47 min');
  await page.getByRole('button', { name: 'Move step 4 up' }).click();
  await page.getByRole('button', { name: 'Move step 3 up' }).click();
  await expect(page.getByRole('group', { name: 'Step 2', exact: true }).getByLabel('Intent')).toHaveValue('recovery');
  await expect(page.getByRole('group', { name: 'Repeat block 3' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove step 2' }).click();
  await expect(duration).toHaveText('45 min');
  await expect(page.getByRole('group', { name: 'Repeat block 2' })).toBeVisible();

  mkdirSync(SCREENSHOTS, { recursive: true });
  // From the top: the sticky preview would otherwise be drawn where the scrolled viewport left it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/workout-builder.png`, fullPage: true });

  await page.getByRole('button', { name: 'Save workout' }).click();
  await expect(page).toHaveURL(/#\/workouts\/\d+$/);
  const saved = page.getByRole('region', { name: 'Coach 5×3 min VO2' });
  await expect(saved.getByText('MINE')).toBeVisible();
  await expect(saved.getByText(/5 × \(3 min @ 110–120 % FTP/)).toBeVisible();

  await page.getByLabel('Search workouts').fill('5×3 min VO2');
  const rows = page.getByRole('table', { name: 'Workouts' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Coach 5×3 min VO2');
  await expect(rows.nth(1)).toContainText('45 min');
});

test('a starter is copied rather than edited', async ({ app: page }) => {
  await openScreen(page, '#/workouts', 'Workouts');
  await page.getByRole('table', { name: 'Workouts' }).getByRole('row').filter({ hasText: '4×8 min threshold' }).click();
  const detail = page.getByRole('region', { name: '4×8 min threshold' });
  await expect(detail.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
  await detail.getByRole('button', { name: 'Copy and edit' }).click();
  await expect(page.getByLabel('Name')).toHaveValue('4×8 min threshold (copy)');
  await page.getByLabel('Sport').selectOption('swim');
  const firstStep = page.getByRole('group', { name: 'Step 1', exact: true });
  await expect(firstStep.getByText('% of FTP is not a swim target')).toBeVisible();
  await page.getByLabel('Sport').selectOption('bike');
  await page.getByRole('button', { name: 'Save workout' }).click();
  await expect(page.getByRole('region', { name: '4×8 min threshold (copy)' }).getByText('MINE')).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of the library and the builder (${theme})`, async ({ app: page, server }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await setTheme(page, theme);
    await openScreen(page, '#/workouts', 'Workouts');
    await page.getByLabel('Filter by sport').selectOption('bike');
    const cyclist = await athleteWith(server, 'ftp');
    await page.getByLabel('Numbers for').selectOption({ label: cyclist.name });
    await expect(page.getByText(/FTP \d+ W/)).toBeVisible();
    await page.getByRole('table', { name: 'Workouts' }).getByRole('row').filter({ hasText: 'Over-unders' }).click();
    await expect(page.getByRole('img', { name: /Profile of Over-unders/ }).locator('svg')).toBeVisible();
    const suffix = theme === 'light' ? '' : '-dark';
    await page.screenshot({ path: `${SCREENSHOTS}/workout-library${suffix}.png`, fullPage: true });

    await page.getByRole('button', { name: 'Copy and edit' }).click();
    await expect(page.getByRole('img', { name: /Profile of Over-unders/ }).locator('svg')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    if (theme === 'dark')
      await page.screenshot({ path: `${SCREENSHOTS}/workout-builder${suffix}.png`, fullPage: true });
    // The theme is stored in the worker's shared database: leave it as other specs expect it.
    await server.call('settings.update', { theme: 'system' });
  });
}
