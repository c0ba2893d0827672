import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listActivities } from '../../../src-main/node/services/activities';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { importUploadedFiles } from '../../../src-main/node/services/imports';
import { writeTcxRun } from '../../helpers/tcx-writer';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

/** A GPX track without a <name>, one point a second, its times written as `at(second)` gives them. */
function unnamedGpx(at: (second: number) => string): Uint8Array {
  const points = Array.from(
    { length: 600 },
    (_, s) => `<trkpt lat="${(40 + s * 0.00003).toFixed(6)}" lon="-3.700000"><time>${at(s)}</time></trkpt>`,
  ).join('');
  return new TextEncoder().encode(
    `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>${points}</trkseg></trk></gpx>`,
  );
}

let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now: new Date('2026-04-01T12:00:00Z') });
});
afterEach(() => app.dispose());

describe('a TCX or GPX file that names no activity', () => {
  it('is named for its day in the athlete’s zone when its times are UTC, not for the UTC date', async () => {
    const athlete = await createAthlete(app.ctx, {
      name: 'Kenji Sato',
      sports: ['run'],
      thresholds: {},
      timeZone: 'Asia/Tokyo',
    });
    // 20:00 UTC on 1 March is 05:00 on 2 March in Tokyo.
    const tcx = writeTcxRun({ start: '2026-03-01T20:00:00Z', seconds: 600 });
    const gpx = unnamedGpx((s) => new Date(Date.parse('2026-03-05T22:00:00Z') + s * 1000).toISOString());
    await importUploadedFiles(
      app.ctx,
      [
        { name: 'run.tcx', data: tcx },
        { name: 'run.gpx', data: gpx },
      ],
      { athleteId: athlete.id },
    );

    const activities = await listActivities(app.ctx, athlete.id, {});
    expect(activities.map((a) => [a.name, a.localDate])).toEqual([
      ['GPX track 2026-03-06', '2026-03-06'],
      ['Running 2026-03-02', '2026-03-02'],
    ]);
  });

  it('is dated, and named, by the local offset its times state', async () => {
    const athlete = await createAthlete(app.ctx, {
      name: 'Ana Ruiz',
      sports: ['run'],
      thresholds: {},
      timeZone: 'UTC',
    });
    // 00:30 at UTC+2 on 1 March: still 28 February in UTC, the athlete's zone.
    const gpx = unnamedGpx(
      (s) => `${new Date(Date.parse('2026-03-01T00:30:00Z') + s * 1000).toISOString().slice(0, 19)}+02:00`,
    );
    const tcx = writeTcxRun({ start: '2026-03-10T06:00:00-07:00', seconds: 600 });
    await importUploadedFiles(
      app.ctx,
      [
        { name: 'run.gpx', data: gpx },
        { name: 'run.tcx', data: tcx },
      ],
      { athleteId: athlete.id },
    );

    const activities = await listActivities(app.ctx, athlete.id, {});
    expect(activities.map((a) => [a.name, a.localDate, a.startTime])).toEqual([
      ['Running 2026-03-10', '2026-03-10', '2026-03-10T13:00:00.000Z'],
      ['GPX track 2026-03-01', '2026-03-01', '2026-02-28T22:30:00.000Z'],
    ]);
  });
});
