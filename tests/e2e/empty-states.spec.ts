import { expect, openScreen, test } from './server';

// Other files' tests add athletes to the server a worker shares: empty states need a database of their own.
test.use({ serverOptions: { demo: false, isolate: 'empty-states' } });

test('an empty inbox says nothing needs attention, and an empty planner says what it needs, instead of showing made-up items', async ({
  app: page,
}) => {
  await openScreen(page, '#/inbox', 'Inbox');
  await expect(page.getByRole('heading', { name: 'Inbox clear' })).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Anomalies' })).toHaveCount(0);
  await openScreen(page, '#/planner', 'Planner');
  await expect(page.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  await expect(page.getByText('Add an athlete or load the demo roster first.')).toBeVisible();
});
