import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion, type MigratedDatabase } from '../../helpers/migrated-database';

let db: MigratedDatabase;
afterEach(() => db.dispose());

describe('migration 6 (anomalies)', () => {
  it('upgrades a version-5 database with data, enforces one anomaly per rule and episode, and cascades with the athlete', () => {
    db = databaseAtVersion(5);
    const { sqlite } = db;
    sqlite.exec(`
      INSERT INTO athletes (id, name, created_at, updated_at) VALUES (1, 'Ana Ruiz', '2024-01-01', '2024-01-01');
      INSERT INTO wellness (athlete_id, date, hrv_rmssd, note) VALUES (1, '2024-05-01', 61, 'slept badly');
    `);

    expect(db.upgradeTo(6)).toMatchObject({ from: 5, to: 6 });
    expect(sqlite.prepare('SELECT note FROM wellness WHERE athlete_id = 1').get()).toEqual({ note: 'slept badly' });

    sqlite.exec(`
      INSERT INTO notes (athlete_id, date, author, text, created_at) VALUES (1, '2024-05-02', 'coach', 'Knee sore', 'now');
      INSERT INTO anomalies (id, athlete_id, rule, episode_start, date, severity, reason, evidence_json, raised_at, updated_at)
        VALUES (1, 1, 'injury-note', '2024-05-02', '2024-05-02', 'warning', 'Knee sore', '{}', 'now', 'now');
      INSERT INTO injuries (id, athlete_id, body_part, side, severity, status, started_on, source_anomaly_id, created_at)
        VALUES (1, 1, 'knee', 'left', 4, 'monitoring', '2024-05-02', 1, 'now');
      INSERT INTO injury_updates (injury_id, date, severity, status, created_at) VALUES (1, '2024-05-02', 4, 'monitoring', 'now');
      INSERT INTO athlete_rule_settings (athlete_id, patch_json) VALUES (1, '{}');
      INSERT INTO call_schedules (athlete_id, cadence_days) VALUES (1, 14);
      INSERT INTO calls (athlete_id, held_on, created_at) VALUES (1, '2024-05-03', 'now');
    `);
    expect(() =>
      sqlite.exec(`INSERT INTO anomalies (athlete_id, rule, episode_start, date, severity, reason, evidence_json, raised_at, updated_at)
        VALUES (1, 'injury-note', '2024-05-02', '2024-05-03', 'critical', 'again', '{}', 'now', 'now')`),
    ).toThrow(/UNIQUE/);
    expect(() => sqlite.exec(`UPDATE injuries SET severity = 11 WHERE id = 1`)).toThrow(/CHECK/);
    expect(() => sqlite.exec(`UPDATE anomalies SET state = 'closed' WHERE id = 1`)).toThrow(/CHECK/);

    // Deleting the anomaly keeps the injury logged from it.
    sqlite.exec('DELETE FROM anomalies WHERE id = 1');
    expect(sqlite.prepare('SELECT source_anomaly_id FROM injuries WHERE id = 1').get()).toEqual({
      source_anomaly_id: null,
    });

    sqlite.exec('DELETE FROM athletes WHERE id = 1');
    for (const table of [
      'notes',
      'anomalies',
      'injuries',
      'injury_updates',
      'athlete_rule_settings',
      'call_schedules',
      'calls',
    ]) {
      expect(sqlite.prepare('SELECT count(*) AS n FROM ' + table).get()).toEqual({ n: 0 });
    }
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
  });
});
