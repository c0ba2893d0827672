import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion, type MigratedDatabase } from '../../helpers/migrated-database';

let db: MigratedDatabase;
afterEach(() => db.dispose());

describe('migration 11 (efficiency factor and best 20-min power as columns)', () => {
  it('copies both out of the metrics stored before it, and leaves them empty where the metrics have none', () => {
    db = databaseAtVersion(10);
    const ride = {
      efficiencyFactor: 1.42,
      meanMaxPower: [
        { durationSeconds: 300, value: 310 },
        { durationSeconds: 1200, value: 268.5 },
      ],
    };
    const run = { efficiencyFactor: 0.0123, meanMaxPower: [] };
    db.sqlite.exec(`
      INSERT INTO athletes (id, name, time_zone, created_at, updated_at) VALUES (1, 'Ana Ruiz', 'Europe/Madrid', '2024-01-01', '2024-01-01');
      INSERT INTO activities (id, athlete_id, sport, start_time, local_date, elapsed_seconds, timer_seconds, metrics, created_at) VALUES
        (1, 1, 'bike', '2025-03-01T08:00:00.000Z', '2025-03-01', 3600, 3600, '${JSON.stringify(ride)}', 'x'),
        (2, 1, 'run', '2025-03-02T08:00:00.000Z', '2025-03-02', 1800, 1800, '${JSON.stringify(run)}', 'x'),
        (3, 1, 'swim', '2025-03-03T08:00:00.000Z', '2025-03-03', 1800, 1800, '{}', 'x');
    `);
    expect(db.upgradeTo(11)).toMatchObject({ from: 10, to: 11 });
    expect(
      db.sqlite.prepare('SELECT id, efficiency_factor, best_20min_power FROM activities ORDER BY id').all(),
    ).toEqual([
      { id: 1, efficiency_factor: 1.42, best_20min_power: 268.5 },
      { id: 2, efficiency_factor: 0.0123, best_20min_power: null },
      { id: 3, efficiency_factor: null, best_20min_power: null },
    ]);
    expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
