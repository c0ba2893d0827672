import { expect, openScreen, test } from './server';

const SCREENS = [
  { link: 'Roster', heading: /Roster|Welcome/, hash: '#/roster' },
  { link: 'Inbox', heading: 'Inbox', hash: '#/inbox' },
  { link: 'Planner', heading: 'Planner', hash: '#/planner' },
  { link: 'Imports', heading: 'Imports', hash: '#/imports' },
  { link: 'Settings', heading: 'Settings', hash: '#/settings' },
];

test('the sidebar reaches every screen and a reload keeps the place', async ({ app: page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const screen of SCREENS) {
    await nav.getByRole('link', { name: screen.link }).click();
    await expect(page).toHaveURL(new RegExp(`${screen.hash}$`));
    await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
    await expect(nav.getByRole('link', { name: screen.link })).toHaveAttribute('aria-current', 'page');
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('keyboard shortcuts navigate, and ? lists them', async ({ app: page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('i');
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  // The same Ctrl+digit the desktop app's Go menu shows (common/actions/registry.ts), Workouts included.
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Workouts' })).toBeVisible();
  await page.keyboard.press('Control+5');
  await expect(page.getByRole('heading', { level: 1, name: 'Imports' })).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByText('Go to Planner')).toBeVisible();
  await expect(help.getByRole('region', { name: 'Inbox' }).getByText('Acknowledge')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('settings switch theme and units and show the database file', async ({ app: page, server }) => {
  await openScreen(page, '#/settings', 'Settings');
  await expect(page.getByTestId('db-path')).toHaveText(server.dbPath);

  await page.getByRole('group', { name: 'Theme' }).getByText('Dark').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('group', { name: 'Theme' }).getByText('Light').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.getByRole('group', { name: 'Units' }).getByText('Imperial').click();
  await expect(page.getByRole('radio', { name: /Imperial/ })).toBeChecked();
  expect((await server.call('app.info', {})).settings.units).toBe('imperial');
  await page.getByRole('group', { name: 'Units' }).getByText('Metric').click();
  await expect(page.getByRole('radio', { name: /Metric/ })).toBeChecked();
});
