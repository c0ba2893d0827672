import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion, type MigratedDatabase } from '../../helpers/migrated-database';

let db: MigratedDatabase;
afterEach(() => db.dispose());

describe('migration 7 (export preferences)', () => {
  it('upgrades a version-6 database holding a plan, and export rows go with their athlete and plan', () => {
    db = databaseAtVersion(6);
    const { sqlite } = db;
    sqlite.exec(`
      INSERT INTO athletes (id, name, created_at, updated_at) VALUES (1, 'Ana Ruiz', '2024-01-01', '2024-01-01');
      INSERT INTO plans (id, athlete_id, name, race_date, race_type, start_date, weeks, input_json, targets_json, created_at, updated_at)
        VALUES (1, 1, 'Spring marathon', '2025-04-27', 'marathon', '2024-12-23', 18, '{}', '[]', 'now', 'now');
    `);

    expect(db.upgradeTo(7)).toMatchObject({ from: 6, to: 7 });
    expect(sqlite.prepare('SELECT name FROM plans WHERE id = 1').get()).toEqual({ name: 'Spring marathon' });
    sqlite.exec(`
      INSERT INTO export_preferences (athlete_id, workout_formats_json, updated_at) VALUES (1, '["fit","zwo"]', 'now');
      INSERT INTO export_calendar_events (plan_id, uid, content_hash, sequence, date, summary, status, exported_at)
        VALUES (1, 'plan-1-session-5@coach-workstation', 'abcd1234', 0, '2024-12-24', 'Run: Easy run (45 min)', 'confirmed', 'now');
    `);
    expect(sqlite.prepare('SELECT pool_length_m FROM export_preferences').get()).toEqual({ pool_length_m: 25 });
    expect(() =>
      sqlite.exec(`INSERT INTO export_calendar_events (plan_id, uid, content_hash, sequence, date, summary, status, exported_at)
        VALUES (1, 'x', 'h', 0, '2024-12-25', 's', 'moved', 'now')`),
    ).toThrow(/CHECK/);

    sqlite.exec('DELETE FROM athletes WHERE id = 1');
    for (const table of ['export_preferences', 'export_calendar_events']) {
      expect(sqlite.prepare('SELECT count(*) AS n FROM ' + table).get()).toEqual({ n: 0 });
    }
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
  });
});
