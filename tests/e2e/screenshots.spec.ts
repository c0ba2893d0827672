import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openScreen, test } from './server';

const DIR = 'test-results/screenshots';
test.use({ serverOptions: { demo: true } });

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await openScreen(page, '#/settings', 'Settings');
  await page
    .getByRole('group', { name: 'Theme' })
    .getByText(theme === 'light' ? 'Light' : 'Dark')
    .click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

async function shoot(page: Page, name: string) {
  // A screen still fetching shows only "Loading …": the picture is for judging the screen with its data.
  await expect(page.locator('.loading')).toHaveCount(0);
  await page.screenshot({ path: `${DIR}/${name}.png`, fullPage: true });
}

/** Every screen in both themes, for a person to look at (the assertions only check each one rendered). */
for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of every screen (${theme})`, async ({ app: page }) => {
    test.setTimeout(120_000);
    mkdirSync(DIR, { recursive: true });
    await setTheme(page, theme);
    await shoot(page, `settings-${theme}`);

    await openScreen(page, '#/roster', /Roster/);
    await expect(page.getByRole('table', { name: 'Athletes' }).getByRole('row').nth(1)).toBeVisible();
    await shoot(page, `roster-${theme}`);

    await page.getByRole('button', { name: 'Add athlete' }).click();
    await page.getByLabel('Name').fill('Screenshot Athlete');
    await page.getByLabel('FTP').fill('5000');
    await page.getByRole('button', { name: 'Add athlete' }).last().click();
    await expect(page.getByText('FTP must be between')).toBeVisible();
    await shoot(page, `add-athlete-error-${theme}`);

    await openScreen(page, '#/roster', /Roster/);
    // A row opens its athlete where no link of its own (inbox, call due) is clicked: here on the CTL figure.
    await page
      .getByRole('table', { name: 'Athletes' })
      .getByRole('row')
      .nth(1)
      .getByRole('cell', { name: /^\d+$/ })
      .nth(1)
      .click();
    await expect(page.getByRole('table', { name: 'Activities' })).toBeVisible();
    await expect(page.locator('.chart svg').first()).toBeVisible();
    await shoot(page, `athlete-${theme}`);

    for (const [hash, heading, name] of [
      ['#/inbox', /Inbox/, 'inbox'],
      ['#/athletes/1/brief', /Call brief/, 'call-brief'],
      ['#/planner', 'Planner', 'planner'],
      ['#/imports', 'Imports', 'imports'],
    ] as const) {
      await openScreen(page, hash, heading);
      await shoot(page, `${name}-${theme}`);
    }

    await page.goto(new URL('#/athletes/999999', page.url()).href);
    await expect(page.getByRole('heading', { name: 'Athlete not found' })).toBeVisible();
    await shoot(page, `athlete-not-found-${theme}`);

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await shoot(page, `shortcuts-${theme}`);
  });
}
