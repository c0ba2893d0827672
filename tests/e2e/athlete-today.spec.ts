import { expect, openScreen, test } from './server';

/**
 * A coach in Berlin at 21:00 (20:00 UTC) with an athlete in Tokyo, where it is already 05:00 the next
 * morning: everything the coach dates "today" for that athlete is the athlete's today, the 11th, not the
 * computer's 10th. The clock is the page's (the browser's), which is what the athlete screens read.
 */
test.use({ timezoneId: 'Europe/Berlin' });

const COACH_EVENING = new Date('2026-03-10T20:00:00Z');

test('the athlete page dates its forms by the athlete’s today, a day ahead in Tokyo', async ({ app: page, server }) => {
  const tokyo = await server.call('athletes.create', { name: 'Aiko Tanaka', sports: ['run'], timeZone: 'Asia/Tokyo' });
  const berlin = await server.call('athletes.create', {
    name: 'Jonas Weber',
    sports: ['run'],
    timeZone: 'Europe/Berlin',
  });
  await page.clock.setFixedTime(COACH_EVENING);
  await page.reload();
  expect(await page.evaluate(() => new Date().toString())).toContain('GMT+0100');

  for (const [athlete, today] of [
    [tokyo, '2026-03-11'],
    [berlin, '2026-03-10'],
  ] as const) {
    await openScreen(page, `#/athletes/${athlete.id}`, athlete.name);
    await expect(page.getByRole('form', { name: 'Add a note' }).getByLabel('Date')).toHaveValue(today);
    await expect(page.getByRole('form', { name: 'Add a threshold value' }).getByLabel('Valid from')).toHaveValue(today);

    await page.getByRole('button', { name: 'New event' }).click();
    await expect(page.getByRole('form', { name: 'New event' }).getByLabel('Race day')).toHaveValue(today);
    await page.getByRole('button', { name: 'New injury' }).click();
    await expect(page.getByRole('form', { name: 'New injury' }).getByLabel('Started on')).toHaveValue(today);
  }

  // A note saved with the default date lands on the athlete's day.
  await openScreen(page, `#/athletes/${tokyo.id}`, tokyo.name);
  const noteForm = page.getByRole('form', { name: 'Add a note' });
  await noteForm.getByRole('textbox', { name: 'Note' }).fill('Slept badly before the flight');
  await noteForm.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('11 Mar 2026');
  expect(await server.call('notes.list', { athleteId: tokyo.id })).toMatchObject([{ date: '2026-03-11' }]);
});
