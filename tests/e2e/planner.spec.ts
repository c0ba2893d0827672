import { mkdirSync } from 'node:fs';
import { expect, openScreen, test } from './server';
import { addDays } from '../../src-main/common/domain/dates';
import { raceSundayAhead } from './race-dates';

test.use({ serverOptions: { demo: true } });

const SHOTS = 'test-results/screenshots';

test('creates an 18-week marathon block, moves a session by drag and drop with a reason, and the projection updates', async ({
  app: page,
  server,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  // A runner without a demo plan, so the athlete page's planned future is this block's.
  const planned = new Set((await server.call('plans.list', {})).map((p) => p.athleteId));
  const runner = (await server.call('athletes.list', {})).find((a) => a.sports.includes('run') && !planned.has(a.id))!;
  const raceDate = raceSundayAhead(19);

  await openScreen(page, '#/planner', 'Planner');
  await page.getByLabel('Athlete').selectOption({ label: runner.name });
  await page.getByLabel('Goal race').selectOption('marathon');
  await page.getByLabel('Race date').fill(raceDate);
  await page.getByLabel('Race name (optional)').fill('City Marathon');
  await page.getByText('More guardrails and race-day targets').click();
  await page.getByLabel('Max time above threshold (%)').fill('8');
  await page.getByRole('button', { name: 'Create plan' }).click();

  await expect(page).toHaveURL(/#\/planner\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: /Marathon .*18-week block/ })).toBeVisible();
  const chart = page.getByRole('img', { name: /Projected fitness/ });
  await expect(chart.locator('svg text', { hasText: 'Load, CTL, ATL (TSS/d)' }).first()).toBeAttached();
  await expect(chart.locator('svg text', { hasText: 'TSB – form (TSS/d)' }).first()).toBeAttached();
  await expect(chart.locator('svg text', { hasText: 'Race' }).first()).toBeAttached();
  const calendar = page.getByRole('grid', { name: /Calendar of/ });
  await expect(calendar.getByRole('row', { name: 'Week 18', exact: true })).toContainText('Race week');
  await expect(calendar.getByRole('row', { name: 'Week 1', exact: true })).toContainText('Base');
  await expect(calendar.getByRole('row', { name: 'Week 7', exact: true })).toContainText('Build');
  await expect(page.getByRole('heading', { name: 'Change log' })).toBeVisible();
  await expect(page.getByText('Goal race: City Marathon on')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Plan summary' })).toContainText('≤ 8');
  await page.screenshot({ path: `${SHOTS}/planner-plan.png`, fullPage: true });
  await chart.screenshot({ path: `${SHOTS}/planner-projection.png` });
  const firstWeeks = await calendar.getByRole('row').first().boundingBox();
  const week4 = await calendar.getByRole('row', { name: 'Week 4', exact: true }).boundingBox();
  await page.screenshot({
    path: `${SHOTS}/planner-calendar.png`,
    fullPage: true,
    clip: {
      x: firstWeeks!.x,
      y: firstWeeks!.y,
      width: firstWeeks!.width,
      height: week4!.y + week4!.height - firstWeeks!.y,
    },
  });

  // Each week's planned distance per sport, in the coach's units: km first, then miles.
  const created = await server.call('plans.get', { id: Number(/#\/planner\/(\d+)/.exec(page.url())![1]) });
  const week1Km = created.weeks[0]!.targetDistanceKm.run!;
  const week1Distance = calendar.getByRole('row', { name: 'Week 1', exact: true }).locator('.week-distance');
  await expect(week1Distance).toHaveText(`Run ${week1Km.toFixed(1)} km`);
  const { units } = (await server.call('app.info', {})).settings;
  await server.call('settings.update', { units: 'imperial' });
  try {
    await page.reload();
    await expect(week1Distance).toHaveText(`Run ${(week1Km / 1.609344).toFixed(1)} mi`);
    await page.screenshot({
      path: `${SHOTS}/planner-calendar-imperial.png`,
      fullPage: true,
      clip: {
        x: firstWeeks!.x,
        y: firstWeeks!.y,
        width: firstWeeks!.width,
        height: week4!.y + week4!.height - firstWeeks!.y,
      },
    });
  } finally {
    await server.call('settings.update', { units });
  }
  await page.reload();
  await expect(week1Distance).toHaveText(`Run ${week1Km.toFixed(1)} km`);

  // Move week 3's first session to the Sunday of week 2.
  const week2 = calendar.getByRole('row', { name: 'Week 2', exact: true });
  const week3 = calendar.getByRole('row', { name: 'Week 3', exact: true });
  const week2Totals = await week2.getByRole('gridcell').last().innerText();
  const card = week3.locator('.workout-card[draggable="true"]').first();
  const name = (await card.locator('.workout-name').innerText()).trim();
  const week2Sunday = await week2.locator('.calendar-day').last().getAttribute('data-date');
  await card.dragTo(week2.locator(`[data-date="${week2Sunday}"]`));

  const dialog = page.getByRole('dialog', { name: `Move ${name}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Move session' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Athlete travelling' }).click();
  await dialog.getByLabel('Reason').fill('Athlete travelling to Denver');
  await dialog.getByRole('button', { name: 'Move session' }).click();
  await expect(dialog).toBeHidden();

  await expect(week2.locator(`[data-date="${week2Sunday}"]`)).toContainText(name);
  await expect(week2.getByRole('gridcell').last()).not.toHaveText(week2Totals);
  const log = page.getByRole('list').filter({ hasText: 'Reason:' });
  await expect(log.getByRole('listitem').first()).toContainText(`Moved ${name}`);
  await expect(log.getByRole('listitem').first()).toContainText('Athlete travelling to Denver');
  await page.getByLabel('Filter the change log by week').selectOption('2');
  await expect(log.getByRole('listitem')).toHaveCount(1);

  // The server's projection moved with it: week 2 now ends on a bigger day, so its form is lower.
  const planId = Number(/#\/planner\/(\d+)/.exec(page.url())![1]);
  const plan = await server.call('plans.get', { id: planId });
  expect(plan.days.find((d) => d.date === week2Sunday)!.workouts.map((w) => w.name)).toContain(name);
  expect(plan.changes[0]).toMatchObject({ kind: 'move', reason: 'Athlete travelling to Denver', weekIndex: 2 });
  expect(addDays(plan.startDate, 13)).toBe(week2Sunday);

  // Keyboard path: select a session, move it with the date field, also with a reason.
  const another = week3.locator('.workout-card[draggable="true"]').first();
  const anotherName = (await another.locator('.workout-name').innerText()).trim();
  await another.click();
  const panel = page.getByRole('region', { name: anotherName });
  await expect(panel).toContainText('Planned load');
  const anotherDate = (await another.locator('xpath=ancestor::div[@data-date]').getAttribute('data-date'))!;
  await panel
    .getByLabel('Move to date')
    .fill(addDays(anotherDate, anotherDate === addDays(plan.startDate, 20) ? -1 : 1));
  await panel.getByRole('button', { name: 'Move…', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Fatigue or poor recovery' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Move session' }).click();
  await page.getByLabel('Filter the change log by week').selectOption('all');
  await expect(log.getByRole('listitem').first()).toContainText('Fatigue or poor recovery');
  await page.screenshot({ path: `${SHOTS}/planner-after-move.png`, fullPage: true });

  // The athlete's PMC continues into the plan as a dashed future, linked back to the plan.
  await page.getByRole('link', { name: runner.name }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: runner.name })).toBeVisible();
  const pmc = page.getByRole('img', { name: /Daily training load with fitness/ });
  await expect(pmc.locator('svg text', { hasText: 'CTL – planned' }).first()).toBeAttached();
  await expect(page.getByTestId('pmc-convention').getByRole('link', { name: /18-week block/ })).toHaveAttribute(
    'href',
    `#/planner/${planId}`,
  );
  await pmc.screenshot({ path: `${SHOTS}/athlete-pmc-with-plan.png` });
});

test('re-plans for fatigue: the preview shows the next 7 days lighter, and accepting logs the fatigue entry', async ({
  app: page,
  server,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const runner = (await server.call('athletes.list', {})).find((a) => a.sports.includes('run'))!;
  const plan = await server.call('plans.create', {
    athleteId: runner.id,
    raceDate: raceSundayAhead(17),
    raceType: 'marathon',
    raceName: 'Harbour Marathon',
    weeks: 16,
  });
  await openScreen(page, `#/planner/${plan.id}`, /16-week block/);

  await page.getByRole('button', { name: 'Re-plan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Re-plan the unlocked days' });
  await dialog.getByRole('radio', { name: 'Fatigue / poor recovery' }).check();
  await dialog.getByLabel(/^Note/).fill('HRV below baseline five days running');
  await dialog.getByRole('button', { name: 'Preview' }).click();

  const preview = dialog.getByRole('region', { name: 'Re-plan preview' });
  await expect(preview).toContainText('fatigue: the next 7 days');
  await expect(preview).toContainText('easy only, then the build resumes');
  const nextSeven = (
    await preview
      .getByText(/^Next 7 days from/)
      .locator('..')
      .innerText()
  ).replace(/\s+/g, ' ');
  const [, before, after, percent] = /(\d+) TSS → (\d+) TSS \(−(\d+) %\)/.exec(nextSeven)!;
  expect(Number(after)).toBeLessThan(Number(before));
  expect(Number(percent)).toBeGreaterThanOrEqual(15);
  await expect(preview.getByRole('table', { name: 'Weekly totals before and after' })).toContainText('→');
  await expect(preview.getByRole('table', { name: 'Days that change' }).getByRole('row').nth(1)).toBeVisible();
  await dialog.screenshot({ path: `${SHOTS}/planner-replan-preview.png` });

  // Nothing was written by the preview.
  expect((await server.call('plans.get', { id: plan.id })).changes).toHaveLength(1);

  await dialog.getByRole('button', { name: 'Accept re-plan' }).click();
  await expect(dialog).toBeHidden();
  const log = page.getByRole('list').filter({ hasText: 'Reason:' });
  await expect(log.getByRole('listitem').first()).toContainText('fatigue: the next 7 days');
  await expect(log.getByRole('listitem').first()).toContainText("Coach's note: HRV below baseline five days running");
  const saved = await server.call('plans.get', { id: plan.id });
  expect(saved.changes[0]).toMatchObject({ kind: 'replan', actor: 'coach' });
});

test('adds a library session to a day with a reason, and the change log records it', async ({ app: page, server }) => {
  test.setTimeout(120_000);
  const runner = (await server.call('athletes.list', {})).find((a) => a.sports.includes('run'))!;
  const plan = await server.call('plans.create', {
    athleteId: runner.id,
    raceDate: raceSundayAhead(17),
    raceType: 'marathon',
    raceName: 'Harbour Marathon',
    weeks: 16,
  });
  const day = plan.days.find((d) => d.date > plan.today)!.date;
  await openScreen(page, `#/planner/${plan.id}`, /16-week block/);

  await page.getByRole('button', { name: `Add a workout on ${day}` }).click();
  const dialog = page.getByRole('dialog', { name: /^Add a session on/ });
  await dialog.getByRole('combobox', { name: 'Sport' }).selectOption('run');
  const first = dialog.getByRole('list', { name: 'Library workouts' }).getByRole('radio').first();
  await first.check();
  const add = dialog.getByRole('button', { name: 'Add session' });
  await expect(add).toBeDisabled();
  await dialog.getByLabel('Reason (saved in the change log)').fill('Extra easy run while the weather holds');
  await add.click();
  await expect(dialog).toBeHidden();

  const saved = await server.call('plans.get', { id: plan.id });
  expect(saved.changes[0]).toMatchObject({ kind: 'add', reason: 'Extra easy run while the weather holds' });
  expect(saved.days.find((d) => d.date === day)!.workouts.some((w) => w.origin === 'coach')).toBe(true);
});
