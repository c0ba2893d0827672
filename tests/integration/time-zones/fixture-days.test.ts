import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listActivities } from '../../../src-main/node/services/activities';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { importPaths } from '../../../src-main/node/services/imports';
import { fixturePath, fixturesSkipReason } from '../../helpers/fixtures';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

const missing = !existsSync(fixturePath('activities'));
const suffix = missing ? ` (skipped: ${fixturesSkipReason})` : '';

let app: TempApp;
beforeEach(() => {
  app = createTempApp();
});
afterEach(() => app.dispose());

async function importFor(timeZone: string, ...file: string[]) {
  const athlete = await createAthlete(app.ctx, { name: `Athlete in ${timeZone}`, timeZone });
  const report = await importPaths(app.ctx, [fixturePath(...file)], { athleteId: athlete.id, workers: 1 });
  expect(report.summary.imported).toBe(1);
  return (await listActivities(app.ctx, athlete.id, {}))[0]!;
}

describe.skipIf(missing)(`real files are dated by their own offset, else by the athlete's zone${suffix}`, () => {
  it('dates a FIT file without local_timestamp (started 00:10Z on 19 Feb 2025) on 18 Feb for a Los Angeles athlete, not on the UTC date', async () => {
    const activity = await importFor('America/Los_Angeles', 'activities', 'goldencheetah__14582164182.fit.gz');
    expect(activity.startTime).toBe('2025-02-19T00:10:45.000Z');
    expect(activity.localDate).toBe('2025-02-18');
  });

  it('keeps the day a FIT file’s own local offset gives, whatever the athlete’s zone', async () => {
    // fenix 6 open-water swim at 10:03Z, local_timestamp UTC+2: 28 Aug, though Kiritimati (UTC+14) was on the 29th.
    const activity = await importFor('Pacific/Kiritimati', 'activities', 'fitfiler__garmin-fenix6-swim.fit');
    expect(activity.startTime).toBe('2020-08-28T10:03:37.000Z');
    expect(activity.localDate).toBe('2020-08-28');
  });

  it('dates a TCX file’s UTC times (19:11Z on 23 Nov 2015) by the athlete’s zone: the 24th in Tokyo', async () => {
    const activity = await importFor('Asia/Tokyo', 'other-formats', 'goldencheetah__GarminHRMswim.tcx');
    expect(activity.startTime).toBe('2015-11-23T19:11:49.000Z');
    expect(activity.localDate).toBe('2015-11-24');
  });
});
