import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWellnessCsv } from '../../../../../src-main/common/domain/wellness/intake';
import { fixturePath, fixturesSkipReason, haveFixtures } from '../../../../helpers/fixtures';

const suffix = haveFixtures ? '' : ` (skipped: ${fixturesSkipReason})`;
const read = (name: string) => parseWellnessCsv(readFileSync(fixturePath('wellness', name), 'utf8'));
const dayOf = (parsed: ReturnType<typeof read>, date: string) => parsed.days.find((d) => d.date === date);

// Expected values were read by hand from the files in ../shared/fixtures/wellness.
describe.skipIf(!haveFixtures)(`real HRV4Training and Elite HRV exports${suffix}`, () => {
  it('reads the older iPhone export, dated by timestamp_measurement, with rMSSD in ms', () => {
    const parsed = read('goldencheetah__2017_7_28_myMeasurements.csv');
    expect(parsed.format).toEqual({ id: 'hrv4training', label: 'HRV4Training (iPhone)' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.days).toHaveLength(119);
    // line 2: 2017-04-01 09:56:21 +0000,43.92,1364.75,84.05,67.54,…
    expect(dayOf(parsed, '2017-04-01')).toMatchObject({ hrvRmssd: 67.54, restingHr: 43.92 });
    // last line: 2017-07-28 08:23:04 +0000,40.69,…,103.94,…
    expect(dayOf(parsed, '2017-07-28')).toMatchObject({ hrvRmssd: 103.94, restingHr: 40.69 });
  });

  it('reads the Spanish-locale iPhone export with CR line ends, sleep as hh:mm and 0–10 scores mapped to 1–5', () => {
    const parsed = read('goldencheetah__2018_7_8_myMeasurements.csv');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rowCount).toBe(73);
    // 2018-04-27 … 2018-05-17 and other days hold only "-" placeholders and sleep 00:00
    expect(parsed.emptyRows).toBe(29);
    expect(parsed.days).toHaveLength(44);
    // line 23: HR 64.45, rMSSD 32.62, sleep_quality 5.9, sleep_time 07:57, muscle_soreness 3.5, fatigue "-"
    expect(dayOf(parsed, '2018-05-18')).toMatchObject({
      hrvRmssd: 32.62,
      restingHr: 64.45,
      sleepHours: 7.95,
      sleepQuality: 3.4,
      soreness: 2.4,
      fatigue: null,
    });
    // line 51: no reading that day, only sleep_time 07:36
    expect(dayOf(parsed, '2018-06-15')).toMatchObject({ hrvRmssd: null, sleepHours: 7.6 });
  });

  it('reads the Android export in year-day-month order and treats its 0 HR / 0 rMSSD rows as no reading', () => {
    const parsed = read('goldencheetah__MyMeasurements_Android.csv');
    expect(parsed.format?.label).toBe('HRV4Training (Android)');
    expect(parsed.mapping?.dateOrder).toBe('ydm');
    expect(parsed.errors).toEqual([]);
    expect(parsed.emptyRows).toBe(20);
    // line 23: 2017-29-08,09:01,73.49…,…,rMSSD 48.029…
    expect(dayOf(parsed, '2017-08-29')).toMatchObject({ hrvRmssd: 48.03, restingHr: 73.49, sleepQuality: 3 });
    // line 56: "2017-01-10" is the 1st of October in this file
    expect(dayOf(parsed, '2017-10-01')).toMatchObject({ hrvRmssd: 49.26 });
    expect(dayOf(parsed, '2017-01-10')).toBeUndefined();
  });

  it('ignores the unquoted locale decimals in the trailing columns of Android rows longer than the header', () => {
    const parsed = read('goldencheetah__MyMeasurements_Android_1.csv');
    expect(parsed.errors).toEqual([]);
    expect(parsed.days).toHaveLength(68);
    // line 2: 2017-27-07,07:39,45.70…,…,84.24…; muscle_soreness 5 → 3 on our scale
    expect(parsed.days[0]).toMatchObject({ date: '2017-07-27', hrvRmssd: 84.24, restingHr: 45.71, soreness: 3 });
  });

  it('joins a note split by an unquoted comma and keeps the other notes', () => {
    const parsed = read('goldencheetah__MyMeasurements_Android_2.csv');
    expect(parsed.errors).toEqual([]);
    expect(dayOf(parsed, '2017-10-02')?.note).toBe('Halsschmerzen, verschleimt.');
    expect(parsed.notices).toContainEqual({ line: 78, message: expect.stringContaining('unquoted comma') });
    expect(dayOf(parsed, '2017-09-03')).toMatchObject({ note: 'Spätabends gemessen.', hrvRmssd: 25.72, fatigue: 4.3 });
    // line 23: sleep_quality 0, the bottom of the 0–10 slider
    expect(dayOf(parsed, '2017-08-08')?.sleepQuality).toBe(1);
  });

  it('reads the Elite HRV export: Rmssd in ms, not the lnRmssd or HRV score beside it', () => {
    const parsed = read('goldencheetah__ElitHRV_Export_-_2017-10-02.csv');
    expect(parsed.format?.id).toBe('elite-hrv');
    expect(parsed.errors).toEqual([]);
    expect(parsed.days).toHaveLength(23);
    // Martin,2017-09-06,2017-09-06 06:23:22,readiness,57,3.7105…,40.87,…,HR 50.46
    expect(parsed.days[0]).toMatchObject({ date: '2017-09-06', hrvRmssd: 40.87, restingHr: 50.46 });
    expect(dayOf(parsed, '2017-10-02')).toMatchObject({ hrvRmssd: 67.63, restingHr: 54.14 });
    expect(dayOf(parsed, '2017-09-10')).toBeUndefined();
  });
});
