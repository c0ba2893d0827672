import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion, type MigratedDatabase } from '../../helpers/migrated-database';

let db: MigratedDatabase;
afterEach(() => db.dispose());

describe('migration 2 (import pipeline)', () => {
  it('upgrades a version-1 database holding athletes, devices and activities without touching them', () => {
    db = databaseAtVersion(1);
    const { sqlite } = db;
    sqlite.exec(`
      INSERT INTO athletes (id, name, created_at, updated_at) VALUES (1, 'Ana Ruiz', '2024-01-01', '2024-01-01');
      INSERT INTO devices (id, serial, product, athlete_id, created_at) VALUES (1, '3999', 'fr965', 1, '2024-01-01');
      INSERT INTO activities (id, athlete_id, device_id, sport, start_time, local_date, elapsed_seconds, timer_seconds, created_at)
        VALUES (1, 1, 1, 'run', '2024-05-01T06:00:00.000Z', '2024-05-01', 3600, 3600, '2024-05-01');
    `);

    const outcome = db.upgradeTo(2);

    expect(outcome).toMatchObject({ from: 1, to: 2 });
    expect(
      sqlite.prepare('SELECT athletes.name, sport FROM activities JOIN athletes ON athletes.id = athlete_id').get(),
    ).toEqual({ name: 'Ana Ruiz', sport: 'run' });
    expect(sqlite.prepare('SELECT serial, athlete_id FROM devices').get()).toEqual({ serial: '3999', athlete_id: 1 });
    for (const table of ['import_files', 'activity_sources', 'assignment_queue', 'watch_folders']) {
      expect(sqlite.prepare('SELECT count(*) AS n FROM ' + table).get()).toEqual({ n: 0 });
    }
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
  });
});
