import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decoder, Stream } from '@garmin/fitsdk';
import { unzipSync } from 'fflate';
import { addDays } from '../../src-main/common/domain/dates';
import { formatDate } from '../../src-main/common/format';
import { expect, openScreen, test } from './server';
import { raceSundayAhead } from './race-dates';

test.use({ serverOptions: { demo: true } });

const SHOTS = 'test-results/screenshots';

test("exports a demo athlete's two-week bundle from the planner: calendar, PDF and FIT + ZWO workouts", async ({
  app: page,
  server,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const athletes = await server.call('athletes.list', {});
  const triathlete =
    athletes.find((a) => a.sports.includes('bike') && a.sports.includes('run')) ??
    athletes.find((a) => a.sports.includes('bike'))!;
  const plan = await server.call('plans.create', {
    athleteId: triathlete.id,
    raceDate: raceSundayAhead(13),
    raceType: triathlete.sports.includes('swim') ? '70.3' : 'gran-fondo',
    raceName: 'Lakeside',
    weeks: 12,
  });
  const from = plan.weeks[1]!.startDate;
  const to = addDays(plan.weeks[2]!.startDate, 6);
  const inRange = plan.days.filter((d) => d.date >= from && d.date <= to).flatMap((d) => d.workouts);

  await openScreen(page, `#/planner/${plan.id}`, plan.name);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: `Export for ${triathlete.name}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/Bundle for the athlete/)).toBeChecked();
  await expect(dialog.getByLabel(/Include coach notes/)).not.toBeChecked();
  await dialog.getByLabel('From', { exact: true }).fill(from);
  await dialog.getByLabel('To', { exact: true }).fill(to);
  await dialog.getByLabel('Zwift (ZWO, bike and run)').check();
  await dialog.getByLabel('Plain text').uncheck();
  await expect(dialog.getByLabel('Garmin / Wahoo / Coros (FIT)')).toBeChecked();
  await dialog.screenshot({ path: `${SHOTS}/export-dialog.png` });

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${triathlete.name} ${from} to ${to}.zip`);
  await expect(dialog.getByRole('status')).toContainText(`Downloaded: ${triathlete.name} ${from} to ${to}.zip`);
  await expect(dialog.getByRole('status')).toContainText(`${inRange.length} sessions`);

  const dir = mkdtempSync(join(tmpdir(), 'coach-e2e-export-'));
  try {
    const zipPath = join(dir, 'bundle.zip');
    await download.saveAs(zipPath);
    const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const names = Object.keys(entries);
    expect(names).toEqual(expect.arrayContaining(['README.txt', 'calendar.ics', 'plan.pdf', 'sessions.csv']));
    expect(names.filter((n) => n.startsWith('workouts/fit/'))).toHaveLength(inRange.length);
    expect(names.filter((n) => n.startsWith('workouts/zwo/'))).toHaveLength(
      inRange.filter((w) => w.sport === 'bike' || w.sport === 'run').length,
    );
    expect(names.some((n) => n.startsWith('workouts/txt/'))).toBe(false);
    for (const name of names.filter((n) => n.endsWith('.fit')))
      expect(new Decoder(Stream.fromByteArray(entries[name]!)).read().errors).toEqual([]);

    const pdf = join(dir, 'plan.pdf');
    writeFileSync(pdf, entries['plan.pdf']!);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(plan.name);
    expect(text).toContain(triathlete.name);
    expect(text).toContain(`${formatDate(from)} to ${formatDate(to)}`);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'first-page')]);
    renameSync(join(dir, 'first-page.png'), `${SHOTS}/export-plan-pdf-page1.png`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const remembered = await server.call('exports.preferences', { athleteId: triathlete.id });
  expect(remembered).toMatchObject({ saved: true, workoutFormats: ['fit', 'zwo'] });
});

test('exports the session selected on the calendar as one FIT workout', async ({ app: page, server }) => {
  const athlete = (await server.call('athletes.list', {})).find((a) => a.sports.includes('run'))!;
  const plan = await server.call('plans.create', {
    athleteId: athlete.id,
    raceDate: raceSundayAhead(11),
    raceType: 'half-marathon',
    weeks: 10,
  });
  const session = plan.days.flatMap((d) => d.workouts).find((w) => w.date > plan.today)!;

  await openScreen(page, `#/planner/${plan.id}`, plan.name);
  await page.locator(`[data-date="${session.date}"] .workout-card`).first().click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: `Export for ${athlete.name}` });
  await dialog.getByLabel(/Selected session as a workout file/).check();
  await expect(dialog).toContainText(`${session.name} on ${session.date}`);
  await dialog.getByLabel('Workout format').selectOption('fit');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${session.date} .+\\.fit$`));
  const dir = mkdtempSync(join(tmpdir(), 'coach-e2e-fit-'));
  try {
    const path = join(dir, 'w.fit');
    await download.saveAs(path);
    const { messages, errors } = new Decoder(Stream.fromByteArray(new Uint8Array(readFileSync(path)))).read();
    expect(errors).toEqual([]);
    expect(messages.workoutMesgs?.[0]?.wktName).toBe(session.name);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
