import { expect, openScreen, test } from './server';

// The welcome panel needs an empty database, so this file gets a server of its own.
test.use({ serverOptions: { demo: false, isolate: 'first-run' } });

test('an empty database shows the welcome panel, and Load demo roster fills the roster', async ({ app: page }) => {
  // Generating two years of data for ~24 athletes takes 20 s on an idle machine, far longer on a busy one.
  test.setTimeout(180_000);
  const welcome = page.getByRole('region', { name: 'Welcome to Coach Workstation' });
  await expect(welcome).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/welcome.png', fullPage: true });

  await welcome.getByRole('button', { name: 'Import files' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Imports' })).toBeVisible();
  await openScreen(page, '#/roster', 'Welcome to Coach Workstation');

  await welcome.getByRole('button', { name: 'Load demo roster' }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/welcome-loading-demo.png', fullPage: true });

  const rows = page.getByRole('table', { name: 'Athletes' }).getByRole('row');
  // Athletes appear as each one is stored; the roster is whole once the demo is.
  await expect.poll(() => rows.count(), { timeout: 170_000 }).toBeGreaterThan(20);
  await expect(page.getByText('DEMO', { exact: true }).first()).toBeVisible();
});
