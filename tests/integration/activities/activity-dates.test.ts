import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/node/api/dispatch';
import { listActivities } from '../../../src-main/node/services/activities';
import { getActivityDetail } from '../../../src-main/node/services/activity-detail';
import { getPmcSeries } from '../../../src-main/node/services/analytics';
import { loadRoster } from '../../../src-main/node/services/analytics-roster';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { importUploadedFiles, reassignActivity } from '../../../src-main/node/services/imports';
import { writeFitActivity } from '../../helpers/fit-writer';
import { fixturePath, fixturesSkipReason } from '../../helpers/fixtures';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

/** FIT times below 0x10000000 s count from the device's power-on; read as dates they land in 1990–1998. */
const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);
const systemTime = (seconds: number) => new Date(FIT_EPOCH_MS + seconds * 1000);

let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now: new Date('2026-12-07T12:00:00Z') });
});
afterEach(() => app.dispose());

async function athleteWithUndatedRun() {
  const athlete = await createAthlete(app.ctx, {
    name: 'Ana Ruiz',
    sports: ['run'],
    thresholds: { lthr: 170, maxHr: 190, restingHr: 50 },
    timeZone: 'Europe/Madrid',
    thresholdsFrom: '2020-01-01',
  });
  const dated = writeFitActivity({
    sport: 'run',
    durationSeconds: 3600,
    start: new Date('2026-11-20T08:00:00Z'),
    seed: 1,
    utcOffsetMinutes: 60,
  });
  const undated = writeFitActivity({
    sport: 'run',
    durationSeconds: 2700,
    start: systemTime(3_000_000),
    seed: 2,
    lapSeconds: 900,
  });
  const report = await importUploadedFiles(
    app.ctx,
    [
      { name: 'dated.fit', data: dated },
      { name: 'undated.fit', data: undated },
    ],
    { athleteId: athlete.id },
  );
  expect(report.files.map((f) => f.status)).toEqual(['imported', 'imported']);
  const undatedId = report.files[1]!.activityIds[0]!;
  return { athlete, undatedId, datedId: report.files[0]!.activityIds[0]! };
}

describe('an activity whose device clock was never set', () => {
  it('carries a "date unknown" warning and counts in no load, nor starts the PMC in 1990', async () => {
    const { athlete, undatedId } = await athleteWithUndatedRun();
    const { activity } = await getActivityDetail(app.ctx, undatedId);
    expect(activity.localDate).toBe('1990-02-03');
    expect(activity.warnings).toEqual([{ kind: 'date-unknown' }]);
    // No threshold was valid in 1990, so it has no load there either; counted or not, it must not start the PMC.
    expect(activity.load).toBeNull();

    const pmc = await getPmcSeries(app.ctx, athlete.id, {});
    expect(pmc.days[0]!.date).toBe('2026-11-20');
    expect(pmc.days.reduce((sum, d) => sum + d.load, 0)).toBeCloseTo(
      (await listActivities(app.ctx, athlete.id, { from: '2026-01-01' }))[0]!.load!,
      6,
    );
    const [row] = await loadRoster(app.ctx);
    expect(row!.activityCount).toBe(1);
    expect(row!.load28d).toBeCloseTo(
      pmc.days.reduce((sum, d) => sum + d.load, 0),
      6,
    );
  });

  it('is moved by the coach to the start given in the athlete’s zone, rescored there, and the PMC follows from that day', async () => {
    const { athlete, undatedId } = await athleteWithUndatedRun();
    const before = await getActivityDetail(app.ctx, undatedId);

    const result = await dispatch(app.handlers, 'activities.setStart', {
      id: undatedId,
      localStart: '2026-12-01T07:30',
    });

    expect(result.ok).toBe(true);
    const after = await getActivityDetail(app.ctx, undatedId);
    // Madrid is UTC+1 in December.
    expect(after.activity.startTime).toBe('2026-12-01T06:30:00.000Z');
    expect(after.activity.localDate).toBe('2026-12-01');
    expect(after.activity.warnings).toEqual([
      { kind: 'date-set-by-coach', setAt: '2026-12-07T12:00:00.000Z', previousStartTime: before.activity.startTime },
    ]);
    // The laps move by the same amount as the start.
    const shift = Date.parse(after.activity.startTime) - Date.parse(before.activity.startTime);
    expect(after.laps.map((l) => Date.parse(l.startTime))).toEqual(
      before.laps.map((l) => Date.parse(l.startTime) + shift),
    );
    // Scored again with the thresholds valid on its new day (none were in 1990).
    expect(before.activity.load).toBeNull();
    expect(after.activity.load).toBeGreaterThan(20);
    expect(after.activity.loadExplanation).toMatch(/LTHR 170/);

    const pmc = await getPmcSeries(app.ctx, athlete.id, { from: '2026-11-28', to: '2026-12-02' });
    expect(pmc.days.find((d) => d.date === '2026-12-01')!.load).toBeCloseTo(after.activity.load!, 6);
    expect(pmc.days.find((d) => d.date === '2026-11-30')!.load).toBe(0);

    // Set again (the coach mistyped): the warning still remembers where it was filed first.
    await dispatch(app.handlers, 'activities.setStart', { id: undatedId, localStart: '2026-11-30T18:00' });
    const again = await getActivityDetail(app.ctx, undatedId);
    expect(again.activity.localDate).toBe('2026-11-30');
    expect(again.activity.warnings).toEqual([
      { kind: 'date-set-by-coach', setAt: '2026-12-07T12:00:00.000Z', previousStartTime: before.activity.startTime },
    ]);
    const moved = await getPmcSeries(app.ctx, athlete.id, { from: '2026-11-30', to: '2026-12-01' });
    expect(moved.days.map((d) => d.load > 0)).toEqual([true, false]);
  });

  it('refuses a date that is not one, a future start, and an activity its file dated — each naming the field, nothing changed', async () => {
    const { undatedId, datedId } = await athleteWithUndatedRun();
    const before = await getActivityDetail(app.ctx, undatedId);

    const impossible = await dispatch(app.handlers, 'activities.setStart', {
      id: undatedId,
      localStart: '2026-02-30T07:30',
    });
    expect(impossible).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'localStart', message: 'localStart: No such date or time of day' },
    });
    const noTime = await dispatch(app.handlers, 'activities.setStart', { id: undatedId, localStart: '2026-12-01' });
    expect(noTime).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'localStart' } });
    const future = await dispatch(app.handlers, 'activities.setStart', {
      id: undatedId,
      localStart: '2026-12-08T07:30',
    });
    expect(future).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'localStart',
        message: expect.stringContaining('is in the future for Ana Ruiz'),
      },
    });
    const ancient = await dispatch(app.handlers, 'activities.setStart', {
      id: undatedId,
      localStart: '1991-05-01T07:30',
    });
    expect(ancient).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'localStart' } });
    const dated = await dispatch(app.handlers, 'activities.setStart', { id: datedId, localStart: '2026-12-01T07:30' });
    expect(dated).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'id', message: expect.stringContaining('was dated by its own file') },
    });

    expect(await getActivityDetail(app.ctx, undatedId)).toEqual(before);
  });
});

describe('an activity whose date the coach set', () => {
  it('keeps that start when it moves to another athlete (its file still holds the power-on count)', async () => {
    const { undatedId } = await athleteWithUndatedRun();
    await dispatch(app.handlers, 'activities.setStart', { id: undatedId, localStart: '2026-12-01T07:30' });
    const other = await createAthlete(app.ctx, {
      name: 'Ben Ode',
      sports: ['run'],
      thresholds: { lthr: 165, maxHr: 188, restingHr: 48 },
      timeZone: 'Europe/Madrid',
      thresholdsFrom: '2020-01-01',
    });

    await reassignActivity(app.ctx, undatedId, other.id);

    const { activity, laps } = await getActivityDetail(app.ctx, undatedId);
    expect(activity).toMatchObject({
      athleteId: other.id,
      startTime: '2026-12-01T06:30:00.000Z',
      localDate: '2026-12-01',
    });
    expect(laps[0]!.startTime).toBe('2026-12-01T06:30:00.000Z');
    expect(activity.loadExplanation).toMatch(/LTHR 165/);
  });
});

const nick = fixturePath('corrupt', 'fitparse__nick.fit');
const haveNick = existsSync(nick);

describe.skipIf(!haveNick)(
  `a damaged file's recovered part${haveNick ? '' : ` (skipped: ${fixturesSkipReason})`}`,
  () => {
    it('keeps "recovered, N bytes unreadable" with the activity, not only in the import report', async () => {
      const athlete = await createAthlete(app.ctx, { name: 'Nick', sports: ['bike'], thresholds: {} });
      const report = await importUploadedFiles(
        app.ctx,
        [{ name: 'nick.fit', data: new Uint8Array(readFileSync(nick)) }],
        { athleteId: athlete.id },
      );
      expect(report.files[0]!.reason).toContain('recovered, 19 bytes unreadable');
      const { activity } = await getActivityDetail(app.ctx, report.files[0]!.activityIds[0]!);
      expect(activity.warnings).toEqual([{ kind: 'recovered', unreadableBytes: 19 }]);
    });
  },
);
