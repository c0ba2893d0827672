import { expect, openScreen, test } from './server';

test('the coach logs a race with its priority and the race type its title says, and the list shows the priority', async ({
  app: page,
  server,
}) => {
  const athlete = await server.call('athletes.create', { name: 'Ana Ruiz', sports: ['run'] });
  await openScreen(page, `#/athletes/${athlete.id}`, /Ana Ruiz/);

  await page.getByRole('button', { name: 'New event' }).click();
  const form = page.getByRole('form', { name: 'New event' });
  await expect(form.getByLabel('Kind')).toHaveValue('race');
  await form.getByLabel('Title').fill('Riverside Half Marathon');
  await form.getByLabel('Race day').fill('2027-03-21');
  const raceType = form.getByLabel('Race type');
  await expect(raceType.locator('option:checked')).toHaveText('Half marathon');
  await expect(form.getByText('Read from the title')).toBeVisible();
  await expect(form.getByLabel('Priority').locator('option:checked')).toHaveText('B');
  await form.getByLabel('Priority').selectOption({ label: 'A — goal race' });
  await form.getByRole('button', { name: 'Save event' }).click();
  await expect(form).toBeHidden();

  const item = page.locator('.event-list li', { hasText: 'Riverside Half Marathon' });
  await expect(item.locator('.badge')).toHaveText(['Race', 'A race']);
  expect(await server.call('events.list', { athleteId: athlete.id })).toMatchObject([
    {
      kind: 'race',
      title: 'Riverside Half Marathon',
      startDate: '2027-03-21',
      priority: 'A',
      raceType: 'half-marathon',
    },
  ]);

  // A race of no known type is recorded as unknown; other kinds have no race fields at all.
  await page.getByRole('button', { name: 'New event' }).click();
  await form.getByLabel('Title').fill('Club Champs');
  await form.getByLabel('Race day').fill('2027-05-02');
  await expect(raceType.locator('option:checked')).toHaveText('Unknown');
  await form.getByLabel('Race type').selectOption({ label: '10 km' });
  await form.getByLabel('Priority').selectOption('C');
  await form.getByRole('button', { name: 'Save event' }).click();
  await expect(page.locator('.event-list li', { hasText: 'Club Champs' }).locator('.badge')).toHaveText([
    'Race',
    'C race',
  ]);

  await page.getByRole('button', { name: 'New event' }).click();
  await form.getByLabel('Kind').selectOption({ label: 'Travel' });
  await expect(form.getByLabel('Priority')).toHaveCount(0);
  await expect(form.getByLabel('Race type')).toHaveCount(0);
  await form.getByLabel('Title').fill('Flight to Tokyo');
  await form.getByLabel('From').fill('2027-02-01');
  await form.getByLabel('To').fill('2027-02-05');
  await form.getByRole('button', { name: 'Save event' }).click();
  await expect(page.locator('.event-list li', { hasText: 'Flight to Tokyo' }).locator('.badge')).toHaveText(['Travel']);
  const events = await server.call('events.list', { athleteId: athlete.id });
  expect(events.find((e) => e.title === 'Flight to Tokyo')).toMatchObject({
    kind: 'travel',
    endDate: '2027-02-05',
    priority: null,
    raceType: null,
  });
  expect(events.find((e) => e.title === 'Club Champs')).toMatchObject({ priority: 'C', raceType: '10k' });
});

test('the coach changes the priority of a logged race, keeping its race type', async ({ app: page, server }) => {
  const athlete = await server.call('athletes.create', { name: 'Ben Okafor', sports: ['run'] });
  await server.call('events.create', {
    athleteId: athlete.id,
    kind: 'race',
    startDate: '2027-03-21',
    title: 'Riverside Half',
  });
  await openScreen(page, `#/athletes/${athlete.id}`, /Ben Okafor/);
  const item = page.locator('.event-list li', { hasText: 'Riverside Half' });
  await expect(item.locator('.badge')).toHaveText(['Race', 'B race']);

  await page.getByRole('button', { name: 'Edit Riverside Half' }).click();
  const form = page.getByRole('form', { name: 'Edit event' });
  await expect(form.getByLabel('Title')).toHaveValue('Riverside Half');
  await expect(form.getByLabel('Race type').locator('option:checked')).toHaveText('Half marathon');
  await expect(form.getByLabel('Priority').locator('option:checked')).toHaveText('B');
  await form.getByLabel('Priority').selectOption({ label: 'A — goal race' });
  await form.getByRole('button', { name: 'Save event' }).click();
  await expect(form).toBeHidden();
  await expect(item.locator('.badge')).toHaveText(['Race', 'A race']);
  expect(await server.call('events.list', { athleteId: athlete.id })).toMatchObject([
    { title: 'Riverside Half', startDate: '2027-03-21', priority: 'A', raceType: 'half-marathon' },
  ]);
});
