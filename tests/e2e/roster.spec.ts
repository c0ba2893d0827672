import type { Locator, Page } from '@playwright/test';
import { addDays } from '../../src-main/common/domain/dates';
import { expect, openScreen, test } from './server';

test.use({ serverOptions: { demo: true } });

test('the roster opens an athlete page with thresholds, charts and activities', async ({ app: page }) => {
  const table = page.getByRole('table', { name: 'Athletes' });
  const firstAthlete = table.getByRole('row').nth(1);
  const name = (await firstAthlete.getByRole('link').first().textContent())!;
  // A row opens its athlete where no link of its own (inbox, call due) is clicked: here on the CTL figure.
  await firstAthlete.getByRole('cell', { name: /^\d+$/ }).nth(1).click();

  await expect(page).toHaveURL(/#\/athletes\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Current thresholds' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Daily training load/ })).toBeVisible();
  const activities = page.getByRole('table', { name: 'Activities' });
  await expect(activities.getByRole('row').nth(1)).toBeVisible();
  await expect(activities.getByRole('row').nth(1)).toContainText(/\d+:\d\d:\d\d/);

  // A row unfolds the sentence explaining how its load was calculated.
  await activities.getByRole('row').nth(1).click();
  await expect(page.getByText('How this load was calculated:')).toBeVisible();
});

test('search filters the roster and the keyboard opens the highlighted athlete', async ({ app: page }) => {
  const rows = page.getByRole('table', { name: 'Athletes' }).getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  const total = await rows.count();

  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search athletes' })).toBeFocused();
  await page.keyboard.type('bike');
  await expect.poll(() => rows.count()).toBeLessThan(total);
  await expect(rows.nth(1)).toContainText('Bike');

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  const name = (await rows.nth(2).getByRole('link').first().textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('adding an athlete with an impossible FTP shows the error next to FTP', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Add athlete' }).click();
  const form = page.getByRole('form', { name: 'Add athlete' });
  await form.getByLabel('Name').fill('Bad Ftp');
  await form.getByLabel('FTP').fill('5000');
  await form.getByRole('button', { name: 'Add athlete' }).click();

  await expect(form.getByLabel('FTP')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toHaveText('FTP must be between 30 W and 700 W');

  await form.getByLabel('FTP').fill('260');
  await form.getByLabel('Threshold pace').fill('4:15');
  await form.getByRole('button', { name: 'Add athlete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bad Ftp' })).toBeVisible();
  const current = page.getByRole('region', { name: 'Current thresholds' });
  await expect(current.getByText('260 W')).toBeVisible();
  await expect(current.getByText('4:15 /km')).toBeVisible();
});

test('an athlete’s time zone is shown on their page and changed there; a zone that does not exist is refused', async ({
  app: page,
  server,
}) => {
  const athlete = await server.call('athletes.create', {
    name: 'Zoned Runner',
    sports: ['run'],
    timeZone: 'Europe/Berlin',
  });
  await openScreen(page, `#/athletes/${athlete.id}`, 'Zoned Runner');
  // With its offset today, which a coach reads more readily than a zone name (Berlin: +1 in winter, +2 in summer).
  await expect(page.getByText(/Time zone Europe\/Berlin \(UTC\+[12] now\)/)).toBeVisible();

  await page.getByRole('button', { name: 'Change' }).click();
  const form = page.getByRole('form', { name: 'Athlete time zone' });
  await form.getByLabel('Time zone').fill('Europe/Atlantis');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('"Europe/Atlantis" is not an IANA time zone');

  await form.getByLabel('Time zone').fill('america/new_york');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/Time zone America\/New_York \(UTC−[45] now\)/)).toBeVisible();
  expect((await server.call('athletes.get', { id: athlete.id })).timeZone).toBe('America/New_York');
});

test('archiving hides an athlete; deleting needs the name typed', async ({ app: page, server }) => {
  const athlete = await server.call('athletes.create', { name: 'Short Lived', sports: ['swim'] });
  await openScreen(page, `#/athletes/${athlete.id}`, 'Short Lived');

  await page.getByRole('button', { name: 'Archive' }).click();
  const archivedBadge = page.getByText('ARCHIVED', { exact: true });
  await expect(archivedBadge).toBeVisible();
  await page.getByRole('button', { name: 'Unarchive' }).click();
  await expect(archivedBadge).toBeHidden();

  await page.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Short Lived?' });
  const confirm = dialog.getByRole('button', { name: 'Delete athlete' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/to confirm/).fill('Short Lived');
  await confirm.click();
  await expect(page).toHaveURL(/#\/roster$/);
  await expect(page.getByRole('link', { name: 'Short Lived' })).toBeHidden();
});

/** The roster table's scrolling box and the viewport's height, once its rows are in. */
async function rosterBox(page: Page) {
  const table = page.getByRole('table', { name: 'Athletes' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const wrap = page.getByRole('region', { name: /^Athletes \(/ });
  return { table, wrap, box: (await wrap.boundingBox())!, viewportHeight: page.viewportSize()!.height };
}

test('the roster table fills the window height, and grows with it', async ({ app: page }, testInfo) => {
  const { table, wrap, box, viewportHeight } = await rosterBox(page);
  const rows = await wrap.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
  // The demo roster is longer than the window: the box must scroll, not stop at a fixed ~540 px.
  expect(rows.scrollHeight).toBeGreaterThan(rows.clientHeight);
  // The page itself does not scroll, and below the box there is only the footnote and the page's margin.
  const footnote = (await page.getByTestId('pmc-convention').boundingBox())!;
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(viewportHeight + 1);
  expect(footnote.y + footnote.height).toBeGreaterThan(viewportHeight - 80);
  expect(box.y + box.height).toBeGreaterThan(viewportHeight - footnote.height - 110);
  await page.screenshot({ path: testInfo.outputPath('roster-900.png') });

  await page.setViewportSize({ width: 1360, height: 1200 });
  await expect.poll(async () => (await wrap.boundingBox())!.height).toBeGreaterThan(box.height + 250);
  await expect(table.getByRole('row').nth(1)).toBeVisible();
});

test('the athlete column stays in place while the roster scrolls sideways', async ({ app: page }) => {
  await page.setViewportSize({ width: 900, height: 800 });
  const { table, wrap, box } = await rosterBox(page);
  const first = table.getByRole('row').nth(1);
  const name = first.getByRole('cell').first();
  const ctl = first.getByRole('cell').nth(await columnIndex(table, /^CTL/));
  const before = { name: (await name.boundingBox())!, ctl: (await ctl.boundingBox())! };
  expect(before.name.x).toBeCloseTo(box.x + 1, -1);

  const scrolled = await wrap.evaluate((el) => {
    el.scrollLeft = 300;
    return el.scrollLeft;
  });
  expect(scrolled).toBeGreaterThan(200);
  await expect.poll(async () => (await ctl.boundingBox())!.x).toBeCloseTo(before.ctl.x - scrolled, 0);
  const after = (await name.boundingBox())!;
  expect(after.x).toBeCloseTo(before.name.x, 0);
  // Still readable: the name is drawn on top of the cells passing under it.
  const topmost = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('td')?.cellIndex, {
    x: after.x + 20,
    y: after.y + after.height / 2,
  });
  expect(topmost).toBe(0);
});

test('a new athlete whose fitness drifts down by hundredths reads a ramp of 0.0, never -0.0', async ({
  app: page,
  server,
}) => {
  const athlete = await server.call('athletes.create', { name: 'Fresh Start', sports: ['run'] });
  const today = (await server.call('analytics.roster', {})).find((r) => r.id === athlete.id)!.today;
  // A starting CTL of 1 four months ago has decayed to about 0.06, losing about 0.01 a week.
  await server.call('analytics.settings.update', {
    athleteId: athlete.id,
    seed: { date: addDays(today, -120), ctl: 1, atl: 1 },
  });
  const ramp = (await server.call('analytics.roster', {})).find((r) => r.id === athlete.id)!.ramp7d!;
  expect(ramp).toBeLessThan(0);
  expect(ramp.toFixed(1)).toBe('-0.0');

  await page.reload();
  const { table } = await rosterBox(page);
  await page.getByRole('searchbox', { name: 'Search athletes' }).fill('Fresh Start');
  const row = table.getByRole('row').filter({ hasText: 'Fresh Start' });
  await expect(row.getByRole('cell').nth(await columnIndex(table, /^Ramp/))).toHaveText('0.0');
});

/** Index of the column whose header starts with `name`, in the order shown. */
async function columnIndex(table: Locator, name: RegExp): Promise<number> {
  const headers = await table.getByRole('columnheader').allTextContents();
  const index = headers.findIndex((h) => name.test(h.trim()));
  expect(index, `a column ${name} among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  return index;
}
