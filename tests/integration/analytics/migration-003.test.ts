import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion, type MigratedDatabase } from '../../helpers/migrated-database';
import { createCoachApp } from '../../../src-main/node/app';

let db: MigratedDatabase;
afterEach(() => db.dispose());

describe('migration 3 (daily load)', () => {
  it('upgrades a version-2 database holding activities, whose PMC is then computed on first read', async () => {
    db = databaseAtVersion(2);
    const { sqlite, path } = db;
    sqlite.exec(`
      INSERT INTO athletes (id, name, created_at, updated_at) VALUES (1, 'Ana Ruiz', '2026-01-01', '2026-01-01');
      INSERT INTO activities (id, athlete_id, sport, start_time, local_date, elapsed_seconds, timer_seconds, load, created_at)
        VALUES (1, 1, 'run', '2026-03-01T06:00:00.000Z', '2026-03-01', 3600, 3600, 70, '2026-03-01'),
               (2, 1, 'run', '2026-03-03T06:00:00.000Z', '2026-03-03', 3600, 3600, 50, '2026-03-03');
      INSERT INTO wellness (athlete_id, date, hrv_rmssd, resting_hr) VALUES (1, '2026-03-02', 62, 48);
    `);

    const outcome = db.upgradeTo(3);

    expect(outcome).toMatchObject({ from: 2, to: 3 });
    expect(sqlite.prepare('SELECT count(*) AS n FROM activities').get()).toEqual({ n: 2 });
    expect(sqlite.prepare('SELECT hrv_rmssd FROM wellness').get()).toEqual({ hrv_rmssd: 62 });
    for (const table of ['daily_load', 'analytics_settings', 'daily_load_state']) {
      expect(sqlite.prepare('SELECT count(*) AS n FROM ' + table).get()).toEqual({ n: 0 });
    }
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();

    const app = createCoachApp(path, { now: () => new Date('2026-03-05T12:00:00Z') });
    const pmc = await app.handlers['analytics.pmc']({ athleteId: 1 });
    expect(pmc.days.map((d) => [d.date, d.load])).toEqual([
      ['2026-03-01', 70],
      ['2026-03-02', 0],
      ['2026-03-03', 50],
      ['2026-03-04', 0],
      ['2026-03-05', 0],
    ]);
    const [row] = await app.handlers['analytics.roster']({});
    expect(row).toMatchObject({ id: 1, activityCount: 2, today: '2026-03-05', daysSinceUpload: 2 });
    await app.close();
  });
});
