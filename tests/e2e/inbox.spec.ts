import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openScreen, test, type CoachServer } from './server';
import { raceSundayAhead } from './race-dates';

test.use({ serverOptions: { demo: true } });

const SHOTS = 'test-results/screenshots';

async function stateOf(server: CoachServer, id: number) {
  const all = await server.call('anomalies.list', { state: 'all' });
  return all.find((a) => a.id === id);
}

function options(page: Page) {
  return page.getByRole('listbox', { name: 'Anomalies' }).getByRole('option');
}

test('triages three anomalies with the keyboard: acknowledge, snooze, resolve with a cause', async ({
  app: page,
  server,
}) => {
  test.setTimeout(120_000);
  const active = await server.call('anomalies.list', { state: 'active' });
  const open = active.filter((a) => a.state === 'open');
  expect(open.length, 'the demo roster raises open anomalies').toBeGreaterThanOrEqual(3);
  // The UI lists them in the server's order; the first three still open are the ones to triage.
  expect(active.slice(0, 3).map((a) => a.state)).toEqual(['open', 'open', 'open']);
  const [first, second, third] = active;

  await openScreen(page, '#/inbox', /Inbox/);
  await expect(options(page)).toHaveCount(active.length);
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { level: 2, name: first!.ruleLabel })).toBeVisible();

  // The buttons name the key that does the same thing.
  await expect(page.getByRole('button', { name: 'Acknowledge E' })).toBeVisible();
  await page.keyboard.press('e');
  await expect(options(page).first()).toContainText('acknowledged');
  await expect.poll(async () => (await stateOf(server, first!.id))?.state).toBe('acknowledged');

  await page.keyboard.press('j');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('s');
  // Snoozed anomalies leave "Needs attention"; the next one moves up into the selection.
  await expect(options(page)).toHaveCount(active.length - 1);
  await expect.poll(async () => (await stateOf(server, second!.id))?.state).toBe('snoozed');
  expect((await stateOf(server, second!.id))?.snoozedUntil).not.toBeNull();
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { level: 2, name: third!.ruleLabel })).toBeVisible();

  await page.keyboard.press('r');
  const dialog = page.getByRole('dialog', { name: /Resolve/ });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Cause').selectOption('travel');
  await dialog.getByLabel('Note (optional)').fill('Flew back from a race abroad');
  await dialog.getByLabel('Note (optional)').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(options(page)).toHaveCount(active.length - 2);
  const resolved = await stateOf(server, third!.id);
  expect(resolved).toMatchObject({
    state: 'resolved',
    cause: 'travel',
    resolutionNote: 'Flew back from a race abroad',
  });

  // The resolved one is still there under its state filter, with its cause.
  await page.getByLabel('State').selectOption('resolved');
  await options(page).filter({ hasText: third!.athleteName }).filter({ hasText: third!.ruleLabel }).first().click();
  await expect(page.getByTestId('anomaly-state')).toContainText('cause: Travel');

  // The tagged cause is drawn on the athlete's charts.
  await page.goto(new URL(`#/athletes/${third!.athleteId}`, page.url()).href);
  const pmc = page.getByRole('img', { name: /Daily training load/ });
  await expect(pmc.locator('svg text', { hasText: 'Travel' }).first()).toBeAttached();
  mkdirSync(SHOTS, { recursive: true });
  await pmc.screenshot({ path: `${SHOTS}/athlete-pmc-tagged-cause.png` });
});

/** Opens the inbox on the newest HRV finding (any state) and returns it as the server lists it. */
async function openFirstHrvFinding(page: Page, server: CoachServer) {
  const hrv = (await server.call('anomalies.list', { state: 'all', rule: 'hrv-suppressed' }))[0];
  expect(hrv, 'the demo roster has an HRV finding').toBeDefined();
  await openScreen(page, '#/inbox', /Inbox/);
  await page.getByLabel('State').selectOption('all');
  await page.getByLabel('Rule').selectOption('hrv-suppressed');
  await options(page).first().click();
  return hrv!;
}

test('the detail pane shows the evidence chart with its band and units, and the context', async ({
  app: page,
  server,
}) => {
  const hrv = await openFirstHrvFinding(page, server);
  const chart = page.getByRole('img', { name: /on the days behind this finding/ });
  await expect(chart.locator('svg')).toBeVisible();
  await expect(chart.locator('svg text', { hasText: `(${hrv.evidence.unit})` }).first()).toBeAttached();
  if (hrv.evidence.baseline) await expect(chart.locator('svg text', { hasText: 'Normal band' }).first()).toBeAttached();
  await expect(page.getByRole('heading', { name: 'Context' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Logged events' })).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/inbox-detail.png`, fullPage: true });
});

test("a finding's chart link opens the athlete's charts on the evidence range, shaded", async ({
  app: page,
  server,
}) => {
  const hrv = await openFirstHrvFinding(page, server);
  await page.getByRole('link', { name: /^Open .*'s wellness charts$/ }).click();
  await expect(page).toHaveURL(
    new RegExp(`#/athletes/${hrv.athleteId}\\?section=wellness-title&from=\\d{4}-\\d{2}-\\d{2}&to=`),
  );
  for (const name of [/Daily training load/, /^HRV \(ln rMSSD\)/]) {
    await expect(
      page.getByRole('img', { name }).locator('svg text', { hasText: 'Inbox evidence' }).first(),
    ).toBeAttached();
  }
  await page.getByRole('img', { name: /Daily training load/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/athlete-pmc-evidence.png` });
});

test('logs an injury from a note the inbox flagged, and the athlete page shows it', async ({ app: page, server }) => {
  const candidates = (await server.call('anomalies.list', { state: 'all', rule: 'injury-note' })).filter(
    (a) => a.evidence.note?.category === 'pain' && a.evidence.note.location,
  );
  expect(candidates.length, 'the demo roster has a pain note with a body part').toBeGreaterThan(0);
  const finding = candidates[0]!;
  const location = finding.evidence.note!.location!;

  await openScreen(page, `#/inbox?athlete=${finding.athleteId}`, /Inbox/);
  await page.getByLabel('State').selectOption('all');
  await page.getByLabel('Rule').selectOption('injury-note');
  const row = options(page).nth(
    (
      await server.call('anomalies.list', { state: 'all', rule: 'injury-note', athleteId: finding.athleteId })
    ).findIndex((a) => a.id === finding.id),
  );
  await row.click();
  await expect(page.locator('.note-quote mark')).toHaveText(
    finding.evidence.note!.text.slice(finding.evidence.note!.highlight.start, finding.evidence.note!.highlight.end),
  );
  await page.getByRole('button', { name: 'Log injury' }).click();
  const form = page.getByRole('form', { name: 'New injury' });
  await expect(form.getByLabel('Body part')).toHaveValue(new RegExp(`^${location.bodyPart}$`, 'i'));
  await expect(form.getByLabel('Side')).toHaveValue(location.side ?? '');
  await expect(form.getByLabel('Started on')).toHaveValue(finding.episodeStart);
  await form.getByLabel('Severity').fill('4');
  await form.getByLabel('Status').selectOption('active');
  await form.getByRole('button', { name: 'Save injury' }).click();
  await expect(page.getByText('Logged as an injury')).toBeVisible();

  const injuries = await server.call('injuries.list', { athleteId: finding.athleteId });
  const logged = injuries.find((i) => i.sourceAnomalyId === finding.id);
  expect(logged).toMatchObject({ severity: 4, status: 'active' });
  expect(logged!.bodyPart.toLowerCase()).toBe(location.bodyPart.toLowerCase());

  await page.getByRole('link', { name: "See the athlete's injury log" }).click();
  const log = page.getByRole('region', { name: 'Injuries' });
  await expect(log.getByText(location.bodyPart, { exact: false }).first()).toBeVisible();
  await expect(log.getByText('severity 4/10')).toBeVisible();
  await log.getByRole('button', { name: 'Add an update' }).first().click();
  await log.getByLabel('Severity').fill('2');
  await log.getByLabel('How is it?').fill('Easy jog pain-free');
  await log.getByRole('button', { name: 'Add update' }).click();
  await expect(log.getByText('Easy jog pain-free')).toBeVisible();
  await expect(
    page
      .getByRole('img', { name: /Daily training load/ })
      .locator('svg text', { hasText: 'Injury:' })
      .first(),
  ).toBeAttached();
  await log.scrollIntoViewIfNeeded();
  mkdirSync(SHOTS, { recursive: true });
  await log.screenshot({ path: `${SHOTS}/athlete-injuries.png` });
});

test('applies a suggested plan change from the inbox; the plan and its change log show it', async ({
  app: page,
  server,
}) => {
  test.setTimeout(120_000);
  const loadRules = [
    'hrv-suppressed',
    'resting-hr-elevated',
    'tsb-low',
    'ctl-ramp',
    'acwr-spike',
    'monotony-strain',
    'sleep-deficit',
  ];
  // An athlete ill or travelling now has those days planned as rest, so nothing would be left to adjust.
  const candidates = (await server.call('anomalies.list', { state: 'active' })).filter(
    (a) => a.adjustment !== null && loadRules.includes(a.rule) && a.suggestionState === null,
  );
  let finding: (typeof candidates)[number] | undefined;
  for (const candidate of candidates) {
    const events = await server.call('events.list', { athleteId: candidate.athleteId });
    const limitedNow = events.some(
      (e) =>
        (e.kind === 'illness' || e.kind === 'travel') &&
        e.startDate <= candidate.date &&
        (e.endDate === null || e.endDate >= candidate.date),
    );
    if (!limitedNow) {
      finding = candidate;
      break;
    }
  }
  expect(finding, 'the demo roster has a load or recovery finding with an adjustment').toBeDefined();
  const athlete = await server.call('athletes.get', { id: finding!.athleteId });
  const plan = await server.call('plans.create', {
    athleteId: athlete.id,
    raceDate: raceSundayAhead(11),
    raceType: athlete.sports.includes('run') ? 'half-marathon' : 'gran-fondo',
    weeks: 12,
  });
  const detail = await server.call('anomalies.get', { id: finding!.id });
  expect(detail.suggestion, `no suggestion: ${detail.suggestionUnavailable}`).not.toBeNull();
  const edit = detail.suggestion!.edits[0]!;

  await openScreen(page, `#/inbox?athlete=${athlete.id}`, /Inbox/);
  await options(page).filter({ hasText: finding!.ruleLabel }).first().click();
  await expect(page.getByText(detail.suggestion!.summary)).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/inbox-suggestion.png`, fullPage: true });
  await page.getByRole('button', { name: 'Apply to plan' }).click();
  await expect(page.getByText(/Suggestion applied to the plan/)).toBeVisible();

  const after = await server.call('plans.get', { id: plan.id });
  const day = after.days.find((d) => d.date === edit.date);
  const names = (day?.workouts ?? []).map((w) => w.name);
  if (edit.kind === 'replace') expect(names).toContain(edit.to!.name);
  else expect(names).not.toContain(edit.from);
  expect(after.changes.some((c) => c.actor === 'suggestion')).toBe(true);

  await page.getByRole('link', { name: 'Open the plan' }).first().click();
  await expect(page).toHaveURL(new RegExp(`#/planner/${plan.id}$`));
  const changeLog = page.getByRole('region', { name: 'Change log' });
  await expect(changeLog.getByText('Applied suggestion').first()).toBeVisible();
  if (edit.kind === 'replace')
    await expect(
      page
        .getByRole('grid', { name: /Calendar of/ })
        .getByText(edit.to!.name)
        .first(),
    ).toBeVisible();
  await changeLog.screenshot({ path: `${SHOTS}/plan-change-log-suggestion.png` });
});

test('rule thresholds are edited for every athlete in Settings and overridden for one athlete on their page', async ({
  app: page,
  server,
}) => {
  const athlete = (await server.call('athletes.list', {}))[0]!;
  await openScreen(page, '#/settings', 'Settings');
  const global = page.getByRole('form', { name: 'Anomaly rules for every athlete' });
  const noUploads = global.getByRole('group', { name: 'No uploads' });
  await expect(noUploads.getByLabel('Days without an activity')).toHaveValue('7');
  await noUploads.getByLabel('Days without an activity').fill('9');
  await global.getByRole('group', { name: 'Sleep deficit' }).getByRole('checkbox').uncheck();
  await global.getByRole('button', { name: 'Save rule settings' }).click();
  await expect(page.getByText('Saved. The inbox re-checks with these settings.')).toBeVisible();
  const saved = await server.call('anomalies.settings.get', { athleteId: null });
  expect(saved.global.noUploads.days).toBe(9);
  expect(saved.global.sleepDeficit.enabled).toBe(false);

  await openScreen(page, `#/athletes/${athlete.id}`, new RegExp(athlete.name));
  await page.getByRole('button', { name: 'Edit thresholds' }).click();
  const own = page.getByRole('form', { name: "This athlete's anomaly rules" });
  await expect(own.getByRole('group', { name: 'No uploads' }).getByLabel('Days without an activity')).toHaveValue('9');
  await own.getByRole('group', { name: 'Resting HR elevated' }).getByLabel('Rise above baseline').fill('8');
  await own.getByRole('button', { name: 'Save rule settings' }).click();
  await expect(own.getByText('this athlete only')).toBeVisible();
  const overridden = await server.call('anomalies.settings.get', { athleteId: athlete.id });
  // Only the changed value is the athlete's own; the rest still follows the global settings.
  expect(overridden.patch).toEqual({ restingHrElevated: { bpmAboveBaseline: 8 } });
  expect(overridden.effective.noUploads.days).toBe(9);

  await own.getByRole('button', { name: 'Use the global settings' }).click();
  await expect(own.getByText('this athlete only')).toHaveCount(0);
  expect((await server.call('anomalies.settings.get', { athleteId: athlete.id })).patch).toEqual({});
  // Back to the defaults, for the tests that share this server.
  await server.call('anomalies.settings.update', {
    athleteId: null,
    patch: { noUploads: { days: 7 }, sleepDeficit: { enabled: true } },
  });
});
