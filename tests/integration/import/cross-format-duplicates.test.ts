import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listActivities } from '../../../src-main/node/services/activities';
import { annotateActivity } from '../../../src-main/node/services/activity-annotations';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { importUploadedFiles } from '../../../src-main/node/services/imports';
import { buildFitActivity, type GeneratedFitActivity } from '../../helpers/fit-writer';
import { fixturePath, fixturesSkipReason, haveFixtures } from '../../helpers/fixtures';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

/**
 * One activity exported twice — the watch's FIT and a platform's TCX, which writes a pool swim as
 * Sport="Other" — is stored once, as the richer record, whichever file comes first and whether they
 * come in one import or two (dedupe.ts, domain/same-activity.ts).
 */
let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now: new Date('2024-06-01T12:00:00Z') });
});
afterEach(() => app.dispose());

const athlete = () =>
  createAthlete(app.ctx, {
    name: 'Ana Ruiz',
    sports: ['swim'],
    thresholds: { lthr: 160, maxHr: 185, restingHr: 50 },
    thresholdsFrom: '2000-01-01',
  });
const sourceOf = async (activityId: number) =>
  (
    await app.ctx.db
      .selectFrom('activity_sources as s')
      .innerJoin('import_files as f', 'f.sha256', 's.file_sha256')
      .select('f.name')
      .where('s.activity_id', '=', activityId)
      .executeTakeFirstOrThrow()
  ).name;

const start = new Date(Date.UTC(2024, 4, 1, 6, 0, 0));
const fitSwim = buildFitActivity({ sport: 'swim', durationSeconds: 1500, start, seed: 5 });

/** The same samples as Garmin's TCX export writes them: Sport="Other", heart rate and distance only. */
function tcxOf(activity: GeneratedFitActivity): Uint8Array {
  let distance = 0;
  const points = activity.elapsed.map((s, i) => {
    distance += activity.speed[i]!;
    const time = new Date(start.getTime() + s * 1000).toISOString().replace('.000', '');
    return `<Trackpoint><Time>${time}</Time><DistanceMeters>${distance.toFixed(2)}</DistanceMeters><HeartRateBpm><Value>${activity.hr[i]}</Value></HeartRateBpm></Trackpoint>`;
  });
  return new TextEncoder().encode(`<?xml version="1.0"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities><Activity Sport="Other"><Id>${start.toISOString()}</Id>
<Lap StartTime="${start.toISOString()}"><TotalTimeSeconds>${activity.elapsed.length}</TotalTimeSeconds><DistanceMeters>${distance.toFixed(2)}</DistanceMeters><Track>${points.join('')}</Track></Lap>
</Activity></Activities></TrainingCenterDatabase>`);
}
const tcxSwim = tcxOf(fitSwim);
const fit = { name: 'swim.fit', data: fitSwim.bytes };
const tcx = { name: 'swim.tcx', data: tcxSwim };

describe('the same activity as FIT and as TCX (generated files)', () => {
  it('stores one swim, from the FIT, when both come in one import (whichever is written first)', async () => {
    const ana = await athlete();
    const report = await importUploadedFiles(app.ctx, [fit, tcx], { athleteId: ana.id });

    const stored = await listActivities(app.ctx, ana.id, {});
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ sport: 'swim', subSport: 'open_water' });
    expect(await sourceOf(stored[0]!.id)).toBe('swim.fit');
    expect(report.files.map((f) => f.activityIds)).toEqual([[stored[0]!.id], [stored[0]!.id]]);
    const [fitResult, tcxResult] = report.files;
    const replacedTcx =
      /, in place of #\d+ "Other 2024-05-01" \(other, 2024-05-01 06:00 UTC\) imported from "swim\.tcx", because this file's record is richer: it names the sport \(swim, not other\)$/;
    const keptFit =
      /^same activity as #\d+ .* imported from "swim\.fit", which was kept: it names the sport \(swim, not other\)$/;
    expect(replacedTcx.test(fitResult!.reason) || keptFit.test(tcxResult!.reason)).toBe(true);
  });

  it('keeps the FIT when the TCX comes later, and says which record was kept and why', async () => {
    const ana = await athlete();
    const first = await importUploadedFiles(app.ctx, [fit], { athleteId: ana.id });
    const second = await importUploadedFiles(app.ctx, [tcx], { athleteId: ana.id });

    expect(second.files[0]).toMatchObject({ status: 'duplicate', activityIds: first.files[0]!.activityIds });
    expect(second.files[0]!.reason).toMatch(
      /^same activity as #\d+ "Swim \(open water\)" \(swim, 2024-05-01 06:00 UTC\) imported from "swim\.fit", which was kept: it names the sport \(swim, not other\)$/,
    );
    expect(await listActivities(app.ctx, ana.id, {})).toHaveLength(1);
  });

  it("replaces an earlier TCX in place: same id, the FIT's sport, laps and streams, the coach's RPE and notes kept", async () => {
    const ana = await athlete();
    const first = await importUploadedFiles(app.ctx, [tcx], { athleteId: ana.id });
    const id = first.files[0]!.activityIds[0]!;
    await annotateActivity(app.ctx, { id, rpe: 6, notes: 'felt strong' });
    const before = (await listActivities(app.ctx, ana.id, {}))[0]!;
    expect(before.sport).toBe('other');

    const second = await importUploadedFiles(app.ctx, [fit], { athleteId: ana.id });

    expect(second.files[0]).toMatchObject({ status: 'imported', activityIds: [id] });
    const after = await listActivities(app.ctx, ana.id, {});
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      id,
      sport: 'swim',
      subSport: 'open_water',
      rpe: 6,
      notes: 'felt strong',
      hasStreams: true,
    });
    expect(await sourceOf(id)).toBe('swim.fit');
    const laps = await app.ctx.db.selectFrom('laps').select('lap_index').where('activity_id', '=', id).execute();
    expect(laps.map((l) => l.lap_index)).toEqual([0, 1, 2]);
    // The TCX was seen and kept; importing it again finds the FIT's record.
    const again = await importUploadedFiles(app.ctx, [tcx], { athleteId: ana.id });
    expect(again.files[0]).toMatchObject({ status: 'duplicate', activityIds: [id] });
  });
});

describe.skipIf(!haveFixtures)(
  `GarminHRMswim: the FIT and Garmin's TCX of one pool swim${haveFixtures ? '' : ` (skipped: ${fixturesSkipReason})`}`,
  () => {
    const real = {
      fit: {
        name: 'GarminHRMswim.FIT',
        data: new Uint8Array(
          haveFixtures ? readFileSync(fixturePath('activities', 'goldencheetah__GarminHRMswim.FIT')) : [],
        ),
      },
      tcx: {
        name: 'GarminHRMswim.tcx',
        data: new Uint8Array(
          haveFixtures ? readFileSync(fixturePath('other-formats', 'goldencheetah__GarminHRMswim.tcx')) : [],
        ),
      },
    };

    it.each([
      ['in one import', [[real.fit, real.tcx]]],
      ['FIT, then TCX', [[real.fit], [real.tcx]]],
      ['TCX, then FIT', [[real.tcx], [real.fit]]],
    ])('%s: one lap swim, from the FIT, counted once', async (_, imports) => {
      const ana = await athlete();
      for (const files of imports) await importUploadedFiles(app.ctx, files, { athleteId: ana.id });

      const stored = await listActivities(app.ctx, ana.id, {});
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        sport: 'swim',
        subSport: 'lap_swimming',
        startTime: '2015-11-23T19:11:49.000Z',
      });
      expect(await sourceOf(stored[0]!.id)).toBe('GarminHRMswim.FIT');
    });
  },
);
