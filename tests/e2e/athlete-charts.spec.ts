import type { Locator, Page } from '@playwright/test';
import type { Settings } from '../../src-main/common/contract';
import { raceSundayAhead } from './race-dates';
import { expect, openScreen, test, type CoachServer } from './server';

test.use({ serverOptions: { demo: true } });

const SHOTS = 'test-results/screenshots';

/** A chart has drawn when its SVG holds the axis names it was given (the SVG renderer keeps text in the DOM). */
async function expectChartWithAxes(chart: Locator, axisNames: (string | RegExp)[]) {
  await expect(chart.locator('svg')).toBeVisible();
  for (const name of axisNames) await expect(chart.locator('svg text', { hasText: name }).first()).toBeAttached();
}

async function openAthleteByKeyboard(page: Page, search: string) {
  await expect(page.getByRole('table', { name: 'Athletes' }).getByRole('row').nth(1)).toBeVisible();
  await page.keyboard.press('/');
  await page.keyboard.type(search);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/athletes\/\d+$/);
}

/** Runs `body` with app settings changed, then puts them back for the next test on this server. */
async function withSettings(server: CoachServer, patch: Partial<Settings>, body: () => Promise<void>) {
  const before = (await server.call('app.info', {})).settings;
  await server.call('settings.update', patch);
  try {
    await body();
  } finally {
    await server.call('settings.update', before);
  }
}

test('Enter opens an athlete whose PMC, wellness, weekly and curve charts render with labelled axes', async ({
  app: page,
}) => {
  await openAthleteByKeyboard(page, 'Elias');
  await expect(page.getByRole('heading', { level: 1, name: 'Elias Wexmoor' })).toBeVisible();

  const pmc = page.getByRole('img', { name: /Daily training load with fitness/ });
  await expectChartWithAxes(pmc, ['Load, CTL, ATL (TSS/d)', 'TSB – form (TSS/d)', 'Today']);
  await expect(page.getByTestId('pmc-convention')).toContainText('smoothing');

  await expectChartWithAxes(page.getByRole('img', { name: /^HRV \(ln rMSSD\)/ }), ['HRV (ln rMSSD)']);
  await expectChartWithAxes(page.getByRole('img', { name: /^Resting HR/ }), ['Resting HR (bpm)']);
  await expectChartWithAxes(page.getByRole('img', { name: /^Sleep/ }), ['Sleep (h)']);
  await page.getByRole('group', { name: 'HRV scale' }).getByText('rMSSD (ms)').click();
  await expectChartWithAxes(page.getByRole('img', { name: /^HRV \(rMSSD, ms\)/ }), ['HRV (rMSSD, ms)']);

  await expectChartWithAxes(page.getByRole('img', { name: 'Weekly hours by sport' }), ['Hours per week (h)']);
  await page.getByRole('group', { name: 'Weekly measure' }).getByText('Load (TSS)').click();
  await expectChartWithAxes(page.getByRole('img', { name: 'Weekly load by sport' }), ['Load per week (TSS)']);

  const power = page.getByRole('img', { name: /Power duration curve/ });
  await expectChartWithAxes(power, [
    'Best mean power (W)',
    'Duration (log scale)',
    '5 s',
    '1 min',
    '5 min',
    '20 min',
    '1 h',
  ]);
  await expect(page.locator('.curve-facts dt', { hasText: 'CP' }).first()).toBeVisible();
  await page.getByLabel('Compare with').selectOption('previous');
  await expect(page.getByRole('heading', { name: 'Comparison' })).toBeVisible();
});

test('the athlete page in both themes, and the PMC settings switch the convention', async ({ app: page, server }) => {
  test.setTimeout(90_000);
  const [athlete] = await server.call('analytics.roster', {});
  for (const theme of ['light', 'dark'] as const) {
    await withSettings(server, { theme }, async () => {
      await openScreen(page, `#/athletes/${athlete!.id}`, athlete!.name);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByRole('img', { name: /Daily training load/ }).locator('svg')).toBeVisible();
      await expect(page.getByRole('img', { name: /Weekly hours/ }).locator('svg')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/athlete-charts-${theme}.png`, fullPage: true });
    });
  }

  await page.getByRole('button', { name: 'PMC settings' }).click();
  const panel = page.getByRole('form', { name: 'PMC settings' });
  await panel.getByText('GoldenCheetah').click();
  await panel.getByRole('button', { name: 'Save and recompute' }).click();
  await expect(page.getByTestId('pmc-convention')).toContainText('GoldenCheetah smoothing');
  await panel.getByRole('button', { name: 'Use defaults' }).click();
  await panel.getByRole('button', { name: 'Save and recompute' }).click();
  await expect(page.getByTestId('pmc-convention')).toContainText('TrainingPeaks smoothing');
});

test('an activity opens with its streams, laps and how its load was calculated', async ({ app: page, server }) => {
  // The demo keeps streams for its newest activities; which of Elias's rides have laps (structured
  // sessions) depends on the day the demo was generated for, so the ride is looked up, not assumed.
  const elias = (await server.call('athletes.list', {})).find((a) => a.name.startsWith('Elias'))!;
  const rides = (await server.call('activities.list', { athleteId: elias.id })).filter(
    (a) => a.sport === 'bike' && a.hasStreams,
  );
  let ride: (typeof rides)[number] | undefined;
  for (const candidate of rides) {
    if ((await server.call('activities.detail', { id: candidate.id })).laps.length > 0) {
      ride = candidate;
      break;
    }
  }
  expect(ride, 'a demo ride with streams and laps').toBeDefined();
  await openAthleteByKeyboard(page, 'Elias');
  const activities = page.getByRole('table', { name: 'Activities' });
  await activities.getByRole('row').filter({ hasText: ride!.name }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('How this load was calculated:')).toBeVisible();
  await expectChartWithAxes(dialog.getByRole('img', { name: /^Heart rate \(bpm\)/ }), [
    'Heart rate (bpm)',
    'Elapsed time (h:mm:ss)',
  ]);
  await expectChartWithAxes(dialog.getByRole('img', { name: /^Power \(W\)/ }), ['Power (W)']);
  await expectChartWithAxes(dialog.getByRole('img', { name: /^Speed \(km\/h\)/ }), ['Speed (km/h)']);
  await expect(dialog.getByText('Normalized Power')).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'Laps' }).getByRole('row').nth(1)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/activity-detail.png` });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('imperial units show pace per mile and a dated threshold joins the history', async ({ app: page, server }) => {
  await withSettings(server, { units: 'imperial' }, async () => {
    await page.reload();
    await openAthleteByKeyboard(page, 'Kira');
    const pace = page.getByRole('img', { name: /Pace duration curve \(min\/mi\)/ });
    await expectChartWithAxes(pace, ['Best pace (min/mi)']);
  });

  const athlete = await server.call('athletes.create', {
    name: 'Threshold Tester',
    sports: ['bike'],
    thresholds: { ftp: 250 },
  });
  await openScreen(page, `#/athletes/${athlete.id}`, 'Threshold Tester');
  const form = page.getByRole('form', { name: 'Add a threshold value' });
  await form.getByLabel('Value').fill('265');
  await form.getByLabel('Valid from').fill('2024-03-01');
  await form.getByRole('button', { name: 'Add value' }).click();
  const history = page.getByRole('table', { name: 'FTP history' });
  await expect(history.getByRole('row', { name: /1 Mar 2024.*265 W/ })).toBeVisible();
});

test('a race name with markup shows as text in the PMC tooltip, never as elements', async ({ app: page, server }) => {
  const planned = new Set((await server.call('plans.list', {})).map((p) => p.athleteId));
  const athlete = (await server.call('analytics.roster', {})).find((a) => !planned.has(a.id))!;
  const raceName = '<img src=x onerror=document.title=1><b>Bold</b> Marathon';
  await server.call('plans.create', {
    athleteId: athlete.id,
    raceDate: raceSundayAhead(10),
    raceType: 'marathon',
    raceName,
    weeks: 9,
  });

  await openScreen(page, `#/athletes/${athlete.id}`, athlete.name);
  const pmc = page.getByRole('img', { name: /Daily training load/ });
  await expect(pmc.locator('svg')).toBeVisible();
  // The chart opens on the recorded days and the whole planned future: its right edge is race day.
  const box = (await pmc.boundingBox())!;
  await page.mouse.move(box.x + box.width - 70, box.y + box.height / 2);
  const tooltip = pmc.locator('div', { hasText: '(planned:' }).last();
  await expect(tooltip).toContainText(`(planned: ${raceName}`);
  await expect(tooltip.locator('img, b')).toHaveCount(0);
});
