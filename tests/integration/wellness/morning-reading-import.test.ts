import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../../src-main/common/contract';
import { listActivities } from '../../../src-main/node/services/activities';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { importUploadedFiles } from '../../../src-main/node/services/imports';
import { listWellnessDays } from '../../../src-main/node/services/wellness';
import { importWellnessCsv } from '../../../src-main/node/services/wellness-import';
import { readFileSync } from 'node:fs';
import { writeFitActivity } from '../../helpers/fit-writer';
import { fixturePath, fixturesSkipReason, haveFixtures } from '../../helpers/fixtures';
import { createTempApp, type TempApp } from '../../helpers/temp-app';
import { writeMorningReadingFit } from './morning-reading-fit';

/** 1100 / 1160 ms alternating: every successive difference is 60 ms, so rMSSD is 60 and mean HR 53.1 bpm. */
const alternating = (n: number): number[] => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1100 : 1160));

let app: TempApp;
let athleteId: number;
let events: PushEvent[];
beforeEach(async () => {
  app = createTempApp();
  athleteId = (await createAthlete(app.ctx, { name: 'Ana Ruiz', sports: ['run'] })).id;
  events = [];
  app.ctx.events.subscribe((e) => events.push(e));
});
afterEach(() => app.dispose());

describe('a morning HRV reading in a FIT file', () => {
  it("writes the day's rMSSD and resting HR to wellness instead of creating an activity, keeping its other values", async () => {
    await importWellnessCsv(app.ctx, { athleteId, fileName: 'sleep.csv', text: 'date,sleep_hours\n2026-03-02,7.5' });
    const rr = alternating(160);
    rr.splice(80, 0, 400); // an ectopic beat the filter drops
    // 05:45 UTC at UTC+1: the reading's local date is 2026-03-02
    const bytes = writeMorningReadingFit({
      start: new Date(Date.UTC(2026, 2, 2, 5, 45)),
      rrMs: rr,
      utcOffsetMinutes: 60,
    });

    const report = await importUploadedFiles(app.ctx, [{ name: 'reading.fit', data: bytes }], { athleteId });
    expect(report.files[0]).toMatchObject({
      status: 'imported',
      activityIds: [],
      reason: 'morning HRV reading: rMSSD 60 ms on 2026-03-02 (resting HR 53 bpm, 160 of 161 beats clean) for Ana Ruiz',
    });
    expect(await listWellnessDays(app.ctx, athleteId, '2026-03-01', '2026-03-03')).toEqual([
      expect.objectContaining({ date: '2026-03-02', hrvRmssd: 60, restingHr: 53.1, sleepHours: 7.5 }),
    ]);
    expect(await listActivities(app.ctx, athleteId, {})).toEqual([]);
    expect(events).toContainEqual({ type: 'data.changed', scope: 'wellness' });
  });

  it('skips a reading with too few clean beats, saying why, and writes nothing', async () => {
    const bytes = writeMorningReadingFit({ start: new Date(Date.UTC(2026, 2, 3, 6, 0)), rrMs: alternating(30) });
    const report = await importUploadedFiles(app.ctx, [{ name: 'short.fit', data: bytes }], { athleteId });
    expect(report.files[0]).toMatchObject({
      status: 'skipped',
      reason: expect.stringContaining('30 clean RR intervals of 30; at least 40 are needed'),
    });
    expect(await listWellnessDays(app.ctx, athleteId, '2026-03-01', '2026-03-31')).toEqual([]);
  });

  it('still imports a recording longer than 10 minutes, or one with distance, as an activity', async () => {
    const long = writeMorningReadingFit({
      start: new Date(Date.UTC(2026, 2, 4, 6, 0)),
      rrMs: alternating(600),
      serial: 11,
    });
    const ride = writeFitActivity({ sport: 'bike', durationSeconds: 300, start: new Date(Date.UTC(2026, 2, 5, 6, 0)) });
    const report = await importUploadedFiles(
      app.ctx,
      [
        { name: 'long.fit', data: long },
        { name: 'ride.fit', data: ride },
      ],
      { athleteId },
    );
    expect(report.files.map((f) => [f.status, f.activityIds.length])).toEqual([
      ['imported', 1],
      ['imported', 1],
    ]);
    expect(await listWellnessDays(app.ctx, athleteId, '2026-03-01', '2026-03-31')).toEqual([]);
  });
});

describe.skipIf(!haveFixtures)(
  `the wellness FIT fixtures${haveFixtures ? '' : ` (skipped: ${fixturesSkipReason})`}`,
  () => {
    it('reports weight-scale, monitoring and settings files as holding no activity and writes no wellness', async () => {
      const names = [
        'fitparse__WeightScaleSingleUser.fit',
        'fitparse__MonitoringFile.fit',
        'tormoder-fit__Settings.fit',
      ];
      const files = names.map((name) => ({ name, data: new Uint8Array(readFileSync(fixturePath('wellness', name))) }));
      const report = await importUploadedFiles(app.ctx, files, { athleteId });
      expect(report.files.map((f) => [f.status, f.reason])).toEqual([
        ['failed', 'FIT file contains no activity (file type: weight)'],
        ['failed', 'FIT file contains no activity (file type: monitoring_b)'],
        ['failed', 'FIT file contains no activity (file type: settings)'],
      ]);
      expect(await listWellnessDays(app.ctx, athleteId, '2000-01-01', '2030-12-31')).toEqual([]);
    });
  },
);
