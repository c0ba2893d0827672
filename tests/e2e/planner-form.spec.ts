import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openScreen, test, type CoachServer } from './server';
import { addDays } from '../../src-main/common/domain/dates';
import { raceSundayAhead } from './race-dates';

test.use({ serverOptions: { demo: true } });

const SHOTS = 'test-results/screenshots';

async function demoAthlete(server: CoachServer, sports: string[]) {
  const athletes = await server.call('athletes.list', {});
  return athletes.find((a) => sports.every((s) => a.sports.includes(s as never)) && a.sports.length === sports.length)!;
}

/** The calendar row holding `date`. */
function weekRowOf(page: Page, date: string) {
  return page
    .getByRole('grid', { name: /Calendar of/ })
    .getByRole('row')
    .filter({ has: page.locator(`[data-date="${date}"]`) });
}

test('a B race inside the block: race day marked, easy days before it, no hard session the day before', async ({
  app: page,
  server,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const runner = await demoAthlete(server, ['run']);
  const raceDate = raceSundayAhead(19);
  const blockStart = addDays(raceDate, -7 * 17 - 6);
  const inBlock = (date: string) => date >= addDays(blockStart, 14) && date <= addDays(raceDate, -28);
  let bRace = (await server.call('events.list', { athleteId: runner.id })).find(
    (e) => e.kind === 'race' && e.priority === 'B' && inBlock(e.startDate),
  );
  bRace ??= await server.call('events.create', {
    athleteId: runner.id,
    kind: 'race',
    title: 'Harbour Half Marathon',
    startDate: addDays(raceDate, -7 * 7),
    priority: 'B',
    raceType: 'half-marathon',
  });
  const plan = await server.call('plans.create', {
    athleteId: runner.id,
    raceDate,
    raceType: 'marathon',
    raceName: 'City Marathon',
    weeks: 18,
  });
  expect(plan.settings.races).toContainEqual(expect.objectContaining({ date: bRace.startDate, priority: 'B' }));

  await openScreen(page, `#/planner/${plan.id}`, /18-week block/);
  const raceDay = page.locator(`[data-date="${bRace.startDate}"]`);
  await expect(raceDay.locator('.race-badge')).toHaveText('B race');
  await expect(raceDay.locator('.workout-card')).toContainText(bRace.title);
  for (const before of [1, 2, 3]) {
    const day = page.locator(`[data-date="${addDays(bRace.startDate, -before)}"]`);
    await expect(day.locator('.workout-card.hard'), `${before} day(s) before the B race`).toHaveCount(0);
  }
  const week = weekRowOf(page, bRace.startDate);
  await expect(week).toContainText(`B race: ${bRace.title}`);
  await week.scrollIntoViewIfNeeded();
  await week.screenshot({ path: `${SHOTS}/planner-b-race-week.png` });
});

test('a 70.3 block for a triathlete: a build week holds a brick run straight after the long ride', async ({
  app: page,
  server,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const triathlete = await demoAthlete(server, ['swim', 'bike', 'run']);
  const plan = await server.call('plans.create', {
    athleteId: triathlete.id,
    raceDate: raceSundayAhead(19),
    raceType: '70.3',
    weeks: 18,
  });
  const buildWeek = plan.weeks.find((w) => w.phase === 'build' && !w.recovery)!;
  const brickDay = plan.days.find(
    (d) =>
      d.date >= buildWeek.startDate &&
      d.date <= addDays(buildWeek.startDate, 6) &&
      d.workouts.some((w) => w.category === 'brick'),
  )!;
  expect(brickDay, `a brick in build week ${buildWeek.index}`).toBeDefined();

  await openScreen(page, `#/planner/${plan.id}`, /70\.3 .*18-week block/);
  const cards = page.locator(`[data-date="${brickDay.date}"] .workout-card`);
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toHaveAttribute('data-category', 'long');
  await expect(cards.nth(0).locator('.workout-sport')).toHaveText(/^Bike/);
  await expect(cards.nth(1)).toHaveAttribute('data-category', 'brick');
  await expect(cards.nth(1).locator('.workout-sport')).toHaveText(/^Run · brick/);
  const week = weekRowOf(page, brickDay.date);
  await expect(week.locator('.phase-badge')).toHaveText('Build');
  await week.scrollIntoViewIfNeeded();
  await week.screenshot({ path: `${SHOTS}/planner-70-3-brick-week.png` });
});

test('the new-plan form shows what the plan would use: guardrails from history, where week 1 starts, races in the block; week 1 elsewhere needs a reason', async ({
  app: page,
  server,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const runner = await demoAthlete(server, ['run']);
  const raceDate = raceSundayAhead(19);
  const defaults = await server.call('plans.defaults', {
    athleteId: runner.id,
    raceType: 'marathon',
    raceDate,
    weeks: 18,
  });
  expect(defaults.fromHistory.map((h) => h.key)).toContain('maxWeeklyHours');

  await openScreen(page, '#/planner', 'Planner');
  const form = page.getByRole('form', { name: 'New training block' });
  await form.getByLabel('Athlete').selectOption({ label: runner.name });
  await form.getByLabel('Goal race').selectOption('marathon');
  await form.getByLabel('Race date').fill(raceDate);

  await expect(form.getByLabel(/^Max weekly hours/)).toHaveValue(String(defaults.guardrails.maxWeeklyHours));
  await expect(form.getByLabel(/^Max ACWR/)).toHaveValue('1.3');
  const tag = form.locator('label[for="plan-maxWeeklyHours"] .history-tag');
  await expect(tag).toHaveText('from history');
  await expect(tag).toHaveAttribute('title', /from the last year: most sustained \d+(\.\d)? h\/week/);
  await expect(form.getByRole('region', { name: 'Where week 1 starts' })).toContainText(
    `Week 1 will start near ${Math.round(defaults.baseline!.weekLoad)} TSS`,
  );
  for (const race of defaults.races) await expect(form.locator('.plan-races')).toContainText(race.name);
  await form.screenshot({ path: `${SHOTS}/planner-new-plan-form.png` });

  // A triathlon splits its time between the legs; the split must add up to 100 %.
  await form.getByLabel('Goal race').selectOption('70.3');
  await expect(form.getByText(/^Total 100 %/)).toBeVisible();
  await form.getByLabel(/^Swim/).fill('30');
  await form.getByRole('button', { name: 'Create plan' }).click();
  await expect(form.getByRole('alert')).toHaveText(/the split adds up to 1\d\d %, not 100 %/);
  await form.locator('.sport-split').screenshot({ path: `${SHOTS}/planner-new-plan-split.png` });
  await form.getByLabel('Goal race').selectOption('marathon');

  // A guardrail the coach changes is theirs: no longer tagged. The marathon's prefill is awaited first, as a
  // coach sees it: typed into while it is still arriving, the field would receive "11" after it ("8.511").
  await expect(form.getByLabel(/^Max weekly hours/)).toHaveValue(String(defaults.guardrails.maxWeeklyHours));
  await form.getByLabel(/^Max weekly hours/).fill('11');
  await expect(tag).toHaveCount(0);

  // A start date in the past: the block is under way.
  await form.getByRole('radio', { name: 'First and last day' }).check();
  await form.getByLabel('First day').fill(addDays(raceDate, -7 * 20 - 6));
  await expect(form.locator('.plan-span-summary')).toContainText(
    'The block is under way: the weeks already over show what was done',
  );
  await form.getByLabel('First day').fill(addDays(raceDate, -7 * 40));
  await expect(form.getByText(/has \d+ weeks; a block has 8–30/)).toBeVisible();
  await form.getByRole('radio', { name: 'Weeks before the race' }).check();

  await form.getByLabel('Start week 1 elsewhere').check();
  await form.getByLabel(/^Week 1 load/).fill('300');
  await form.getByRole('button', { name: 'Create plan' }).click();
  await expect(form.locator('#plan-start-reason-error')).toHaveText('say why week 1 starts elsewhere');
  await form.getByLabel('Why').fill('Back from a calf strain: the last weeks overstate him');
  await form.getByRole('button', { name: 'Create plan' }).click();
  await expect(page).toHaveURL(/#\/planner\/\d+$/);
  const plan = await server.call('plans.get', { id: Number(/#\/planner\/(\d+)/.exec(page.url())![1]) });
  expect(plan.settings.guardrails).toMatchObject({ maxWeeklyHours: 11, maxAcwr: 1.3 });
  expect(plan.settings.fromHistory).not.toContain('maxWeeklyHours');
  expect(plan.changes[0]!.reason).toContain('week 1: Back from a calf strain');
});

test('logging an illness inside the active plan offers a re-plan whose preview rests those days; the coach accepts', async ({
  app: page,
  server,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const runner = await demoAthlete(server, ['run']);
  const plan = await server.call('plans.create', {
    athleteId: runner.id,
    raceDate: raceSundayAhead(17),
    raceType: 'marathon',
    weeks: 16,
  });
  const ill = [1, 2, 3].map((d) => addDays(plan.startDate, d));

  await openScreen(page, `#/athletes/${runner.id}`, runner.name);
  await page.getByRole('button', { name: 'New event' }).click();
  const form = page.getByRole('form', { name: 'New event' });
  await form.getByLabel('Kind').selectOption({ label: 'Illness' });
  await form.getByLabel('Title').fill('Flu');
  await form.getByLabel('From').fill(ill[0]!);
  await form.getByLabel('To').fill(ill[2]!);
  await form.getByRole('button', { name: 'Save event' }).click();

  const notice = page.locator('.plan-overlap');
  await expect(notice).toContainText(`This overlaps ${plan.name}`);
  await notice.getByRole('button', { name: 'Preview re-plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Re-plan the unlocked days' });
  await expect(dialog.getByRole('radio', { name: 'Other' })).toBeChecked();
  await expect(dialog.getByLabel(/^Note/)).toHaveValue(/^Illness logged: Flu/);
  const days = dialog.getByRole('table', { name: 'Days that change' });
  const trainingDays = plan.days.filter((d) => ill.includes(d.date) && d.workouts.length > 0).map((d) => d.date);
  expect(trainingDays.length).toBeGreaterThan(0);
  for (const date of trainingDays) {
    const label = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    const row = days.getByRole('row').filter({ has: page.getByRole('cell', { name: label, exact: true }) });
    await expect(row.getByRole('cell').nth(2), `${label} after the re-plan`).toHaveText('Rest');
  }
  await dialog.screenshot({ path: `${SHOTS}/planner-illness-replan-preview.png` });
  await dialog.getByRole('button', { name: 'Accept re-plan' }).click();
  await expect(dialog).toBeHidden();
  await expect(notice).toContainText(`Re-planned ${plan.name} around Flu`);

  const saved = await server.call('plans.get', { id: plan.id });
  expect(saved.changes[0]).toMatchObject({ kind: 'replan', actor: 'coach' });
  expect(saved.changes[0]!.reason).toContain('Illness logged: Flu');
  expect(saved.days.filter((d) => ill.includes(d.date)).flatMap((d) => d.workouts)).toEqual([]);
});
