import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion, type MigratedDatabase } from '../../helpers/migrated-database';

let db: MigratedDatabase;
afterEach(() => db.dispose());

describe('migration 5 (planner)', () => {
  it('upgrades a version-4 database holding an athlete and activities, and plans cascade with their athlete', () => {
    db = databaseAtVersion(4);
    const { sqlite } = db;
    sqlite.exec(`
      INSERT INTO athletes (id, name, created_at, updated_at) VALUES (1, 'Ana Ruiz', '2024-01-01', '2024-01-01');
      INSERT INTO activities (id, athlete_id, sport, start_time, local_date, elapsed_seconds, timer_seconds, created_at)
        VALUES (1, 1, 'run', '2024-05-01T06:00:00.000Z', '2024-05-01', 3600, 3600, '2024-05-01');
    `);

    const outcome = db.upgradeTo(5);

    expect(outcome).toMatchObject({ from: 4, to: 5 });
    expect(sqlite.prepare('SELECT count(*) AS n FROM activities WHERE athlete_id = 1').get()).toEqual({ n: 1 });
    sqlite.exec(`
      INSERT INTO plans (id, athlete_id, name, race_date, race_type, start_date, weeks, input_json, targets_json, created_at, updated_at)
        VALUES (1, 1, 'Spring marathon', '2025-04-27', 'marathon', '2024-12-23', 18, '{}', '[]', 'now', 'now');
      INSERT INTO planned_workouts (plan_id, date, name, sport, category, definition_json, planned_seconds, planned_load, band_json, hard, origin)
        VALUES (1, '2024-12-24', 'Easy run', 'run', 'endurance', '{}', 2700, 35, '{}', 0, 'generated');
      INSERT INTO plan_locked_days (plan_id, date) VALUES (1, '2024-12-24');
      INSERT INTO plan_changes (plan_id, at, actor, kind, summary, reason) VALUES (1, 'now', 'generator', 'create', 'created', '');
    `);
    expect(() =>
      sqlite.exec(`INSERT INTO plans (athlete_id, name, race_date, race_type, start_date, weeks, input_json, targets_json, created_at, updated_at)
      VALUES (99, 'x', '2025-01-01', 'custom', '2024-12-01', 8, '{}', '[]', 'now', 'now')`),
    ).toThrow(/FOREIGN KEY/);

    sqlite.exec('DELETE FROM athletes WHERE id = 1');
    for (const table of ['plans', 'planned_workouts', 'plan_locked_days', 'plan_changes']) {
      expect(sqlite.prepare('SELECT count(*) AS n FROM ' + table).get()).toEqual({ n: 0 });
    }
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
  });
});
