import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Athlete, PmcSeries } from '../../../src-main/common/contract';
import { dispatch } from '../../../src-main/node/api/dispatch';
import { createCoachApp } from '../../../src-main/node/app';
import { listLaps } from '../../../src-main/node/db/repositories/activities';
import { listActivities } from '../../../src-main/node/services/activities';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { coach } from '../../helpers/cli';
import { writeFitActivity } from '../../helpers/fit-writer';
import { writeTcxRun } from '../../helpers/tcx-writer';
import { createTempApp } from '../../helpers/temp-app';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-tz-'));
  db = join(dir, 'coach.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function json<T>(...argv: string[]): Promise<T> {
  const result = await coach(...argv, '--db', db, '--json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('an athlete’s time zone', () => {
  it('is set with --tz when the athlete is added, stored under its canonical name, and refused with a clear reason when it names no zone', async () => {
    const added = await json<Athlete>('athletes', 'add', '--name', 'Lena Vogel', '--tz', 'europe/berlin');
    expect(added.timeZone).toBe('Europe/Berlin');

    const bad = await coach('athletes', 'add', '--db', db, '--name', 'X', '--tz', 'Mars/Olympus_Mons');
    expect(bad).toMatchObject({
      code: 2,
      stderr:
        'coach athletes: --tz: "Mars/Olympus_Mons" is not an IANA time zone (for example Europe/Berlin, America/Los_Angeles or UTC)',
    });
    const offset = await coach('athletes', 'update', '--db', db, '--id', String(added.id), '--tz', '+02:00');
    expect(offset.code).toBe(2);
    expect(offset.stderr).toMatch(/"\+02:00" is not an IANA time zone/);
  });

  it('is refused by the API with the field named, like any other bad input', async () => {
    const app = createTempApp();
    try {
      const result = await dispatch(app.handlers, 'athletes.create', { name: 'Ana', timeZone: 'Europe/Atlantis' });
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          field: 'timeZone',
          message: expect.stringContaining('"Europe/Atlantis" is not an IANA time zone'),
        },
      });
      const created = await dispatch(app.handlers, 'athletes.create', { name: 'Ana', timeZone: 'Asia/Tokyo' });
      expect(created).toMatchObject({ ok: true, value: { timeZone: 'Asia/Tokyo' } });
      const updated = await dispatch(app.handlers, 'athletes.update', { id: 1, patch: { timeZone: 'nowhere' } });
      expect(updated).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'patch.timeZone' } });
    } finally {
      await app.dispose();
    }
  });

  it('re-dates, when changed with --tz, the activities whose day came from the zone, with their load, and leaves those dated by their own file', async () => {
    // Thresholds from before the activities, so each has a load for the PMC to move.
    const setup = createCoachApp(db);
    const athlete = await createAthlete(setup.ctx, {
      name: 'Lena Vogel',
      timeZone: 'Europe/Berlin',
      thresholds: { thresholdPace: 300 },
      thresholdsFrom: '2011-01-01',
    });
    await setup.close();
    const paths = [
      file('utc.tcx', writeTcxRun({ start: '2011-06-30T22:45:00Z', seconds: 900 })),
      file('floating.tcx', writeTcxRun({ start: '2011-07-02T20:29:00', seconds: 900 })),
      file(
        'own-offset.fit',
        writeFitActivity({
          sport: 'run',
          durationSeconds: 900,
          start: new Date('2011-06-28T04:30:00Z'),
          utcOffsetMinutes: -420,
          serial: 12,
        }),
      ),
    ];
    await json('import', ...paths, '--athlete', String(athlete.id));
    expect(await activitiesOf(athlete.id)).toEqual([
      { startTime: '2011-06-28T04:30:00.000Z', localDate: '2011-06-27', lapStart: '2011-06-28T04:30:00.000Z' },
      { startTime: '2011-06-30T22:45:00.000Z', localDate: '2011-07-01', lapStart: '2011-06-30T22:45:00.000Z' },
      { startTime: '2011-07-02T18:29:00.000Z', localDate: '2011-07-02', lapStart: '2011-07-02T18:29:00.000Z' },
    ]);

    const moved = await json<Athlete>('athletes', 'update', '--id', String(athlete.id), '--tz', 'America/New_York');
    expect(moved.timeZone).toBe('America/New_York');
    expect(await activitiesOf(athlete.id)).toEqual([
      // Its file said UTC−7: unchanged.
      { startTime: '2011-06-28T04:30:00.000Z', localDate: '2011-06-27', lapStart: '2011-06-28T04:30:00.000Z' },
      // 22:45Z is 18:45 EDT: back to 30 June.
      { startTime: '2011-06-30T22:45:00.000Z', localDate: '2011-06-30', lapStart: '2011-06-30T22:45:00.000Z' },
      // "20:29" with no offset is now New York's 20:29 EDT, six hours after Berlin's; its lap moves with it.
      { startTime: '2011-07-03T00:29:00.000Z', localDate: '2011-07-02', lapStart: '2011-07-03T00:29:00.000Z' },
    ]);

    // The load moved with the day: the PMC was marked stale and recomputed.
    const pmc = await json<PmcSeries>(
      'pmc',
      '--athlete',
      String(athlete.id),
      '--from',
      '2011-06-30',
      '--to',
      '2011-07-01',
    );
    expect(pmc.days.map((d) => [d.date, d.load > 0])).toEqual([
      ['2011-06-30', true],
      ['2011-07-01', false],
    ]);
  });
});

/** Each activity's start, day and first lap's start, read from the database file the CLI wrote. */
async function activitiesOf(athleteId: number): Promise<{ startTime: string; localDate: string; lapStart: string }[]> {
  const app = createCoachApp(db);
  try {
    const activities = await listActivities(app.ctx, athleteId, {});
    const withLaps = await Promise.all(
      activities.map(async (a) => ({
        startTime: a.startTime,
        localDate: a.localDate,
        lapStart: (await listLaps(app.ctx.db, a.id))[0]!.startTime,
      })),
    );
    return withLaps.sort((a, b) => a.startTime.localeCompare(b.startTime));
  } finally {
    await app.close();
  }
}
