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

test('an athlete’s time zone is shown on their page and changed there; a zone that does not exist is refused', async ({ app: page, server }) => {
  const athlete = await server.call('athletes.create', { name: 'Zoned Runner', sports: ['run'], timeZone: 'Europe/Berlin' });
  await openScreen(page, `#/athletes/${athlete.id}`, 'Zoned Runner');
  await expect(page.getByText('Time zone Europe/Berlin')).toBeVisible();

  await page.getByRole('button', { name: 'Change' }).click();
  const form = page.getByRole('form', { name: 'Athlete time zone' });
  await form.getByLabel('Time zone').fill('Europe/Atlantis');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('"Europe/Atlantis" is not an IANA time zone');

  await form.getByLabel('Time zone').fill('america/new_york');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Time zone America/New_York')).toBeVisible();
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
