import type { Page } from '@playwright/test';
import { expect, openScreen, test } from './server';

test.use({ serverOptions: { demo: true } });

const SHOTS = 'test-results/screenshots';

function rosterTable(page: Page) {
  return page.getByRole('table', { name: 'Athletes' });
}

async function tsbValues(page: Page): Promise<number[]> {
  const texts = await rosterTable(page).locator('.form-zone').allInnerTexts();
  return texts.map((text) => Number(text.replace('+', '').replace('\u2212', '-').trim()));
}

test.beforeEach(async ({ app: page }) => {
  // Column layout and saved views live in localStorage: start every test from the defaults.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(rosterTable(page).getByRole('row').nth(1)).toBeVisible();
});

test('the roster shows load, form and HRV per athlete with units and the PMC convention', async ({ app: page }) => {
  const table = rosterTable(page);
  for (const [name, unit] of [
    ['CTL', 'TSS/d'],
    ['TSB', 'TSS/d'],
    ['Ramp', 'CTL/wk'],
    ['Load 7 d', 'TSS'],
  ]) {
    await expect(table.getByRole('columnheader', { name: new RegExp(`^${name}\\s*${unit}`) })).toBeVisible();
  }
  // Form is coloured by zone, and the zone is named in the tooltip.
  await expect(table.locator('.form-zone').first()).toHaveAttribute(
    'title',
    /^(Transition|Fresh|Grey zone|Optimal training|High risk): /,
  );
  await expect(table.locator('.hrv-status').first()).toHaveText(/[↑→↓] (below|within|above)|no data/);
  await expect(page.getByTestId('pmc-convention')).toContainText(/PMC convention:.*smoothing/);
  await page.screenshot({ path: `${SHOTS}/analytics-roster-light.png`, fullPage: true });
});

test('sorting by TSB orders the athletes by form, both ways', async ({ app: page }) => {
  const header = rosterTable(page).getByRole('columnheader', { name: /^TSB/ });
  const byDirection = { ascending: (a: number, b: number) => a - b, descending: (a: number, b: number) => b - a };
  for (let click = 0; click < 2; click++) {
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', /ascending|descending/);
    const direction = (await header.getAttribute('aria-sort')) as keyof typeof byDirection;
    const values = await tsbValues(page);
    expect(values.length).toBeGreaterThan(5);
    expect(values).toEqual([...values].sort(byDirection[direction]));
  }
});

test('a tag filter, the Needs attention view and a saved view narrow the roster', async ({ app: page }) => {
  const rows = rosterTable(page).getByRole('row');
  const total = await rows.count();

  await page.getByLabel('Filter by tag').selectOption('cyclist');
  await expect.poll(() => rows.count()).toBeLessThan(total);
  for (const tags of await rosterTable(page).locator('.tag-list').allInnerTexts()) expect(tags).toContain('cyclist');

  await page.getByRole('button', { name: 'Save current filters as a view…' }).click();
  await page.getByLabel('View name').fill('Cyclists');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Cyclists', exact: true })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Needs attention' }).click();
  await expect(page.getByLabel('Filter by tag')).toHaveValue('');
  const flagged = await rows.count();
  expect(flagged).toBeGreaterThan(1);
  expect(flagged).toBeLessThan(total);
  // Every athlete in the view carries the mark that says why.
  await expect(rosterTable(page).locator('.attention-mark')).toHaveCount(flagged - 1);
  await expect(rosterTable(page).locator('.attention-mark').first()).toHaveAttribute('title', /Needs attention: /);

  await page.reload();
  await page.getByRole('button', { name: 'Cyclists', exact: true }).click();
  await expect(page.getByLabel('Filter by tag')).toHaveValue('cyclist');
});

test('hidden and reordered columns are remembered after a reload', async ({ app: page }) => {
  const headers = rosterTable(page).getByRole('columnheader');
  // Name, inbox, plan phase, compliance and call due come first.
  await expect(headers.nth(5)).toHaveText(/^CTL/);
  await page.getByText('Columns', { exact: true }).click();
  const chooser = page.getByRole('group', { name: 'Roster columns' });
  await chooser.getByRole('checkbox', { name: 'ATL' }).uncheck();
  // Past the (hidden) ATL and then past TSB.
  await chooser.getByRole('button', { name: 'Move CTL right' }).click();
  await chooser.getByRole('button', { name: 'Move CTL right' }).click();
  await expect(rosterTable(page).getByRole('columnheader', { name: /^ATL/ })).toHaveCount(0);

  await page.reload();
  await expect(rosterTable(page).getByRole('row').nth(1)).toBeVisible();
  await expect(rosterTable(page).getByRole('columnheader', { name: /^ATL/ })).toHaveCount(0);
  await expect(headers.nth(5)).toHaveText(/^TSB/);
  await expect(headers.nth(6)).toHaveText(/^CTL/);
});

test('the keyboard searches, moves and opens an athlete; the dark roster is readable', async ({
  app: page,
  server,
}) => {
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search athletes' })).toBeFocused();
  await page.keyboard.type('run');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await page.keyboard.press('j');
  const selected = rosterTable(page).locator('tr[aria-selected="true"]');
  await expect(selected).toHaveAttribute('data-index', '1');
  // The first link of a row is the athlete's name (the Inbox and Call due cells link elsewhere).
  const name = (await selected.getByRole('link').first().textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const { theme } = (await server.call('app.info', {})).settings;
  await server.call('settings.update', { theme: 'dark' });
  try {
    await openScreen(page, '#/roster', /Roster/);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(rosterTable(page).getByRole('row').nth(1)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/analytics-roster-dark.png`, fullPage: true });
  } finally {
    await server.call('settings.update', { theme });
  }
});
