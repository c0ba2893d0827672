import { expect, openScreen, test } from './server';

const MALFORMED = [
  'date,hrv_rmssd,resting_hr,sleep_hours,soreness,note',
  '2026-03-01,52,48,7.5,2,easy day',
  '2026-03-02;55;47;8;1;x',
  '2026-03-03,50,49',
  '2026-02-30,51,49,7,2,',
  '2026-03-04,400,49,7,2,',
  '2026-03-05,49,50,6.5,4,"legs heavy, slept badly"',
].join('\n');

test('a malformed wellness CSV imports its good rows and lists the bad ones by line', async ({ app: page, server }) => {
  const athlete = await server.call('athletes.create', { name: 'Wellness Runner', sports: ['run'] });
  await openScreen(page, '#/imports', 'Imports');
  const card = page.getByTestId('wellness-csv-card');
  await card.getByLabel('Wellness of').selectOption(String(athlete.id));
  await card
    .getByLabel('CSV file')
    .setInputFiles({ name: 'mixed.csv', mimeType: 'text/csv', buffer: Buffer.from(MALFORMED) });

  await expect(card.getByTestId('wellness-detected')).toContainText('Detected Wellness template, comma-separated');
  await expect(card.getByRole('table', { name: 'First days to import' }).getByRole('row')).toHaveCount(3);
  const problems = card.getByRole('table', { name: 'Problems found in the file' });
  await expect(problems.getByRole('row')).toHaveCount(5);

  await card.getByRole('button', { name: 'Import 2 days for Wellness Runner' }).click();
  const report = card.getByTestId('wellness-report');
  await expect(report).toContainText('2 days imported');
  await expect(report).toContainText('4 rows skipped');
  const skipped = report.getByRole('table', { name: 'Rows not imported' });
  await expect(skipped.getByRole('row', { name: /^3 / })).toContainText('wrong delimiter');
  await expect(skipped.getByRole('row', { name: /^4 / })).toContainText('missing columns');
  await expect(skipped.getByRole('row', { name: /^5 date/ })).toContainText('not a calendar date');
  await expect(skipped.getByRole('row', { name: /^6 hrv_rmssd/ })).toContainText('outside 5–300 ms');

  const days = await server.call('wellness.list', { athleteId: athlete.id, from: '2026-03-01', to: '2026-03-31' });
  expect(days.map((d) => [d.date, d.hrvRmssd, d.note])).toEqual([
    ['2026-03-01', 52, 'easy day'],
    ['2026-03-05', 49, 'legs heavy, slept badly'],
  ]);
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: 'test-results/screenshots/wellness-import.png' });
});

test('an unknown header is read through the mapping the coach picks', async ({ app: page, server }) => {
  const athlete = await server.call('athletes.create', { name: 'Mapping Runner', sports: ['run'] });
  await openScreen(page, '#/imports', 'Imports');
  const card = page.getByTestId('wellness-csv-card');
  await card.getByLabel('Wellness of').selectOption(String(athlete.id));
  await card.getByLabel('CSV file').setInputFiles({
    name: 'phone.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Day;RMSSD;Pulse\n02/03/2026;52,5;48\n25/03/2026;55;47\n'),
  });
  await expect(card.getByTestId('wellness-detected')).toContainText('header was not recognised');
  await card.getByLabel('Day').selectOption('date');
  await card.getByLabel('RMSSD').selectOption('hrv_rmssd');
  await card.getByLabel('Pulse').selectOption('resting_hr');
  await expect(card.getByTestId('wellness-detected')).toContainText(
    'Custom column mapping, semicolon-separated, dates day/month/year',
  );
  await card.getByRole('button', { name: 'Import 2 days for Mapping Runner' }).click();
  await expect(card.getByTestId('wellness-report')).toContainText('2 days imported');
  const days = await server.call('wellness.list', { athleteId: athlete.id, from: '2026-03-01', to: '2026-03-31' });
  expect(days.map((d) => [d.date, d.hrvRmssd, d.restingHr])).toEqual([
    ['2026-03-02', 52.5, 48],
    ['2026-03-25', 55, 47],
  ]);
});
