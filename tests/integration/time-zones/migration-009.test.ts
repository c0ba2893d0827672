import { afterEach, describe, expect, it } from 'vitest';
import { machineTimeZone } from '../../../src-main/node/machine-time-zone';
import { databaseAtVersion, type MigratedDatabase } from '../../helpers/migrated-database';

let db: MigratedDatabase;
afterEach(() => db.dispose());

describe('migration 9 (athlete time zones)', () => {
  it('upgrades a version-8 database: athletes get the coach’s zone, activities keep their day, today no longer follows an activity’s offset', () => {
    db = databaseAtVersion(8);
    const { sqlite } = db;
    sqlite.exec(`
      INSERT INTO athletes (id, name, created_at, updated_at) VALUES (1, 'Ana Ruiz', '2024-01-01', '2024-01-01'), (2, 'Ben Ode', '2024-01-01', '2024-01-01');
      INSERT INTO activities (id, athlete_id, sport, start_time, utc_offset_minutes, local_date, elapsed_seconds, timer_seconds, created_at)
        VALUES (1, 1, 'run', '2025-03-01T23:30:00.000Z', 60, '2025-03-02', 1800, 1800, 'x');
      INSERT INTO daily_load_state (athlete_id, dirty_from, computed_through, refreshed_for, activity_count, last_activity_at, utc_offset_minutes, wellness_dirty)
        VALUES (1, NULL, '2025-03-02', '2025-03-02', 1, '2025-03-01T23:30:00.000Z', 60, 0);
    `);

    expect(db.upgradeTo(9)).toMatchObject({ from: 8, to: 9 });

    const zone = machineTimeZone();
    expect(sqlite.prepare('SELECT id, time_zone FROM athletes ORDER BY id').all()).toEqual([
      { id: 1, time_zone: zone },
      { id: 2, time_zone: zone },
    ]);
    // Imported before zones were known: no time source, so a later change of zone leaves its day alone.
    expect(
      sqlite.prepare('SELECT start_time, utc_offset_minutes, local_date, time_source FROM activities').get(),
    ).toEqual({
      start_time: '2025-03-01T23:30:00.000Z',
      utc_offset_minutes: 60,
      local_date: '2025-03-02',
      time_source: null,
    });
    expect(sqlite.prepare('SELECT * FROM daily_load_state').get()).toEqual({
      athlete_id: 1,
      dirty_from: null,
      computed_through: '2025-03-02',
      refreshed_for: '2025-03-02',
      activity_count: 1,
      last_activity_at: '2025-03-01T23:30:00.000Z',
      wellness_dirty: 0,
      wellness_status: null,
    });
    expect(() => sqlite.exec("UPDATE activities SET time_source = 'local' WHERE id = 1")).toThrow(/CHECK constraint/);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
  });
});
