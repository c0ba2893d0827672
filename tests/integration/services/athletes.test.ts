import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAthlete,
  deleteAthlete,
  getAthlete,
  listAthletes,
  setAthleteArchived,
  setThreshold,
  updateAthlete,
} from '../../../src-main/node/services/athletes';
import { addActivity, listActivities } from '../../../src-main/node/services/activities';
import { createTempApp, type TempApp } from '../../helpers/temp-app';
import type { ActivityRecord } from '../../../src-main/common/domain/activity';

let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now: new Date('2026-05-01T09:00:00Z') });
});
afterEach(() => app.dispose());

function ride(startTime: string, np: number, seconds = 3600): ActivityRecord {
  return {
    sport: 'bike',
    subSport: null,
    name: 'Ride',
    startTime,
    utcOffsetMinutes: 120,
    elapsedSeconds: seconds,
    timerSeconds: seconds,
    movingSeconds: seconds,
    distanceMeters: 30000,
    ascentMeters: 200,
    avgHr: 140,
    maxHr: 170,
    avgPower: np - 15,
    maxPower: 600,
    normalizedPower: np,
    avgCadence: 88,
    avgSpeed: 8.3,
    maxSpeed: 14,
    calories: 800,
    rpe: null,
    notes: '',
    laps: [],
    streams: null,
  };
}

describe('athlete service', () => {
  it('creates an athlete with tags and thresholds, listed with its sports', async () => {
    const a = await createAthlete(app.ctx, {
      name: 'Ana Ruiz',
      sports: ['run', 'bike'],
      tags: ['marathon group'],
      thresholds: { ftp: 250, lthr: 170 },
    });
    expect(a).toMatchObject({
      name: 'Ana Ruiz',
      sports: ['run', 'bike'],
      tags: ['marathon group'],
      thresholds: { ftp: 250, lthr: 170 },
      isDemo: false,
    });
    expect(a.thresholdHistory).toContainEqual({ metric: 'ftp', value: 250, validFrom: '2026-05-01' });
    expect(await listAthletes(app.ctx)).toMatchObject([{ id: a.id, activityCount: 0, lastActivityAt: null }]);
  });

  it('keeps dated threshold history and uses the value valid on each activity date for its load', async () => {
    const a = await createAthlete(app.ctx, {
      name: 'Ben',
      sports: ['bike'],
      thresholds: { ftp: 200 },
      thresholdsFrom: '2026-01-01',
    });
    await setThreshold(app.ctx, a.id, 'ftp', 250, '2026-03-01');
    await addActivity(app.ctx.db, a, ride('2026-02-10T07:00:00Z', 200), { now: app.ctx.now() });
    await addActivity(app.ctx.db, a, ride('2026-04-10T07:00:00Z', 200), { now: app.ctx.now() });
    const [april, february] = await listActivities(app.ctx, a.id, {});
    // One hour at NP = FTP is 100 TSS by definition; the same NP after the FTP rise is IF 0.8 → 64.
    expect(february!.load).toBeCloseTo(100, 5);
    expect(february!.loadExplanation).toBe(
      'TSS 100 from power: NP 200 W (device NP), IF 1.00, FTP 200 W set 1 Jan 2026',
    );
    expect(april!.load).toBeCloseTo(64, 5);
    expect(april!.localDate).toBe('2026-04-10');
    expect((await getAthlete(app.ctx, a.id)).thresholds.ftp).toBe(250);
  });

  it('updates, archives and hides archived athletes from the default list', async () => {
    const a = await createAthlete(app.ctx, { name: 'Cleo', sports: ['swim'] });
    await updateAthlete(app.ctx, a.id, { name: 'Cleo Park', tags: ['masters'] });
    const archived = await setAthleteArchived(app.ctx, a.id, true);
    expect(archived).toMatchObject({ name: 'Cleo Park', tags: ['masters'], archived: true });
    expect(await listAthletes(app.ctx)).toEqual([]);
    expect(await listAthletes(app.ctx, true)).toHaveLength(1);
  });

  it('deletes an athlete and all their data only when the name is confirmed', async () => {
    const a = await createAthlete(app.ctx, { name: 'Dan', sports: ['bike'], thresholds: { ftp: 300 } });
    await addActivity(app.ctx.db, a, ride('2026-04-10T07:00:00Z', 250), { now: app.ctx.now() });
    await expect(deleteAthlete(app.ctx, a.id, 'dan')).rejects.toThrow(/Type the athlete's name "Dan"/);
    expect(await deleteAthlete(app.ctx, a.id, 'Dan')).toEqual({ deleted: 1 });
    const left = app.database.sqlite
      .prepare('SELECT (SELECT count(*) FROM activities) + (SELECT count(*) FROM thresholds) AS n')
      .get();
    expect(left).toEqual({ n: 0 });
  });
});
