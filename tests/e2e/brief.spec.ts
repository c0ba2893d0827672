import { mkdirSync, readFileSync } from 'node:fs';
import { expect, openScreen, test } from './server';

test.use({ serverOptions: { demo: true } });

const SHOTS = 'test-results/screenshots';

test('a call brief: edit and save the agenda, set a cadence that shows "call due" in the roster, mark the call held, export the PDF', async ({
  app: page,
  server,
}) => {
  test.setTimeout(120_000);
  const row = (await server.call('analytics.roster', {})).find(
    (r) => r.call.cadenceDays === null && r.anomalies.open > 0,
  );
  expect(row, 'a demo athlete with open anomalies and no call cadence').toBeDefined();
  const athlete = row!;

  await openScreen(page, `#/athletes/${athlete.id}`, new RegExp(athlete.name));
  await page.getByRole('link', { name: 'Call brief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Call brief: ${athlete.name}` })).toBeVisible();
  const keyNumbers = page.getByRole('table', { name: 'Key numbers' });
  await expect(keyNumbers.getByRole('row')).not.toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Open anomalies' })).toBeVisible();

  const brief = await server.call('briefs.get', { athleteId: athlete.id });
  expect(brief.agendaSaved).toBe(false);
  await expect(page.getByTestId('agenda-draft')).toHaveText('draft');
  const agenda = page.getByLabel('Agenda');
  await expect(agenda).toHaveValue(brief.agenda);
  await agenda.fill('1. How did the trip go?\n2. Achilles: any pain on the stairs?\n3. Next block');
  await expect(page.getByTestId('agenda-draft')).toHaveText('unsaved changes');
  await page.getByRole('button', { name: 'Save agenda' }).click();
  await expect(page.getByTestId('agenda-draft')).toBeHidden();
  expect(await server.call('briefs.get', { athleteId: athlete.id })).toMatchObject({
    agendaSaved: true,
    agenda: '1. How did the trip go?\n2. Achilles: any pain on the stairs?\n3. Next block',
  });

  await page.getByLabel('Call cadence').selectOption({ label: 'Every 2 weeks' });
  // No call recorded yet: with a cadence the first call is due now.
  await expect(page.getByTestId('next-call')).toContainText('Call due');
  expect((await server.call('briefs.get', { athleteId: athlete.id })).cadenceDays).toBe(14);

  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/call-brief.png`, fullPage: true });

  // What window.print() puts on paper: the brief alone, the agenda as text, no controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeHidden();
  await expect(page.getByLabel('Agenda')).toBeHidden();
  await expect(page.locator('.agenda-print')).toBeVisible();
  await expect(page.locator('.agenda-print')).toContainText('2. Achilles: any pain on the stairs?');
  await page.screenshot({ path: `${SHOTS}/call-brief-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(bytes.length).toBeGreaterThan(1000);

  await openScreen(page, '#/roster', /Roster/);
  const rosterRow = page.getByRole('table', { name: 'Athletes' }).getByRole('row').filter({ hasText: athlete.name });
  await expect(rosterRow.locator('.call-due')).toContainText('Due');

  await page.goto(new URL(`#/athletes/${athlete.id}/brief`, page.url()).href);
  await page.getByRole('button', { name: 'Mark call held today' }).click();
  await expect(page.getByTestId('next-call')).toContainText('Next call');
  const held = await server.call('briefs.get', { athleteId: athlete.id });
  expect(held.lastCall).toBe(held.today);
  expect(held.nextCallDue! > held.today).toBe(true);
});
