/**
 * Run by machine-zone.test.ts in a child process under a given TZ: imports the same files for an athlete
 * in Europe/Berlin and prints, as JSON, every day and instant the app derived from them, so the test can
 * check they do not depend on the zone of the machine. Not a test file itself (vitest does not collect it).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listActivities } from '../../../src-main/node/services/activities';
import { athleteToday } from '../../../src-main/node/services/analytics';
import { createAthlete, getAthlete } from '../../../src-main/node/services/athletes';
import { importPaths } from '../../../src-main/node/services/imports';
import { writeFitActivity } from '../../helpers/fit-writer';
import { writeTcxRun } from '../../helpers/tcx-writer';
import { createTempApp } from '../../helpers/temp-app';

// 22:30 UTC on 2 July 2011: already 3 July in Berlin (00:30 CEST), still 2 July in Los Angeles.
const app = createTempApp({ now: new Date('2011-07-02T22:30:00Z') });
try {
  const berlin = await createAthlete(app.ctx, {
    name: 'Lena Berlin',
    timeZone: 'Europe/Berlin',
    thresholds: { lthr: 170 },
  });
  const coachs = await createAthlete(app.ctx, { name: 'Default Zone' });
  const files = {
    // Offset-less times: Berlin wall-clock 20:29 CEST = 18:29Z.
    'floating.tcx': writeTcxRun({ start: '2011-07-02T20:29:00', seconds: 600 }),
    // UTC times: 22:45Z on 30 June is 00:45 on 1 July in Berlin.
    'utc.tcx': writeTcxRun({ start: '2011-06-30T22:45:00Z', seconds: 600 }),
    // A FIT file without local_timestamp: 22:30Z on 28 June is 29 June in Berlin.
    'no-local-time.fit': writeFitActivity({
      sport: 'run',
      durationSeconds: 600,
      start: new Date('2011-06-28T22:30:00Z'),
      utcOffsetMinutes: null,
      serial: 11,
    }),
    // A FIT file with its own offset (UTC−7): it keeps its own day, 27 June, though Berlin's is 28 June.
    'own-offset.fit': writeFitActivity({
      sport: 'run',
      durationSeconds: 600,
      start: new Date('2011-06-28T04:30:00Z'),
      utcOffsetMinutes: -420,
      serial: 12,
    }),
  };
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(app.dir, name);
    writeFileSync(path, bytes);
    return path;
  });
  const report = await importPaths(app.ctx, paths, { athleteId: berlin.id, workers: 1 });
  const activities = await listActivities(app.ctx, berlin.id, {});
  const laps = await app.ctx.db
    .selectFrom('laps')
    .innerJoin('activities', 'activities.id', 'laps.activity_id')
    .select(['activities.name', 'laps.start_time'])
    .execute();
  process.stdout.write(
    JSON.stringify({
      machineZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      defaultAthleteZone: (await getAthlete(app.ctx, coachs.id)).timeZone,
      imported: report.summary.imported,
      activities: activities
        .map((a) => ({ startTime: a.startTime, localDate: a.localDate }))
        .sort((a, b) => a.startTime.localeCompare(b.startTime)),
      lapStarts: laps.map((l) => l.start_time).sort(),
      berlinToday: await athleteToday(app.ctx, berlin.id),
      berlinThresholdsFrom: (await getAthlete(app.ctx, berlin.id)).thresholdHistory.map((t) => t.validFrom),
    }),
  );
} finally {
  await app.dispose();
}
