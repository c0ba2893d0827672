import { afterEach, describe, expect, it } from 'vitest';
import { createCoachApp } from '../../../src-main/node/app';
import { listActivities } from '../../../src-main/node/services/activities';
import { updateAthlete } from '../../../src-main/node/services/athletes';
import { databaseAtVersion, type MigratedDatabase } from '../../helpers/migrated-database';

let db: MigratedDatabase;
afterEach(() => db.dispose());

/** Rows as the importers before migration 009 left them: the UTC instant, the FIT file's own offset or 0, no time source. */
function seedVersion9Rows() {
  db = databaseAtVersion(9);
  db.sqlite.exec(`
    INSERT INTO athletes (id, name, time_zone, created_at, updated_at) VALUES
      (1, 'Ana Ruiz', 'Europe/Madrid', '2024-01-01', '2024-01-01'),
      (2, 'Ben Ode', 'Europe/London', '2024-01-01', '2024-01-01');
    INSERT INTO import_files (sha256, name, bytes, format, first_seen_at) VALUES
      ('a', 'with-offset.fit', 1, 'fit', 'x'), ('b', 'no-offset.fit', 1, 'fit', 'x'), ('c', 'london.fit', 1, 'fit', 'x'),
      ('d', 'route.tcx', 1, 'tcx', 'x'), ('e', 'power-on.fit', 1, 'fit', 'x');
    INSERT INTO activities (id, athlete_id, sport, start_time, utc_offset_minutes, local_date, time_source, elapsed_seconds, timer_seconds, created_at) VALUES
      (1, 1, 'run', '2025-03-01T23:30:00.000Z', 60, '2025-03-02', NULL, 1800, 1800, 'x'),
      (2, 1, 'run', '2025-03-01T23:30:00.000Z', 0, '2025-03-01', NULL, 1800, 1800, 'x'),
      (3, 2, 'run', '2025-01-10T23:30:00.000Z', 0, '2025-01-10', NULL, 1800, 1800, 'x'),
      (4, 1, 'run', '2025-03-05T23:30:00.000Z', 0, '2025-03-05', NULL, 1800, 1800, 'x'),
      (5, 1, 'run', '2025-03-07T23:30:00.000Z', 60, '2025-03-08', NULL, 1800, 1800, 'x'),
      (6, 1, 'run', '1990-07-09T06:00:00.000Z', 0, '1990-07-09', NULL, 1800, 1800, 'x'),
      (7, 1, 'run', '2025-03-09T23:30:00.000Z', 60, '2025-03-10', 'floating', 1800, 1800, 'x');
    INSERT INTO activity_sources (activity_id, file_sha256, activity_index, imported_at) VALUES
      (1, 'a', 0, 'x'), (2, 'b', 0, 'x'), (3, 'c', 0, 'x'), (4, 'd', 0, 'x'), (6, 'e', 0, 'x');
  `);
}

describe('migration 10 (activity warnings; time sources of rows imported before zones)', () => {
  it('gives old rows a time source from what they stored, and warns of a power-on date', () => {
    seedVersion9Rows();
    expect(db.upgradeTo(10)).toMatchObject({ from: 9, to: 10 });

    expect(db.sqlite.prepare('SELECT id, time_source, warnings FROM activities ORDER BY id').all()).toEqual([
      // A non-zero offset can only have come from the file.
      { id: 1, time_source: 'file-offset', warnings: '[]' },
      // FIT offset 0 where the athlete's zone is UTC+1: the file had no local_timestamp.
      { id: 2, time_source: 'utc', warnings: '[]' },
      // FIT offset 0 in London in January: the file's own offset (both readings agree on the day).
      { id: 3, time_source: 'file-offset', warnings: '[]' },
      // TCX never stated an offset before 009.
      { id: 4, time_source: 'utc', warnings: '[]' },
      // No imported file (demo, hand-entered): the offset it was given.
      { id: 5, time_source: 'file-offset', warnings: '[]' },
      { id: 6, time_source: 'utc', warnings: '[{"kind":"date-unknown"}]' },
      { id: 7, time_source: 'floating', warnings: '[]' },
    ]);
    expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('lets a change of zone re-date the old rows whose day came from a zone, and only those', async () => {
    seedVersion9Rows();
    db.sqlite.close();
    const app = createCoachApp(db.path, { now: () => new Date('2025-04-01T12:00:00Z') });
    try {
      await updateAthlete(app.ctx, 1, { timeZone: 'Asia/Tokyo' });
      const days = Object.fromEntries((await listActivities(app.ctx, 1, {})).map((a) => [a.id, a.localDate]));
      expect(days).toEqual({
        1: '2025-03-02', // its file's offset: stays
        2: '2025-03-02', // 23:30 UTC is the next morning in Tokyo
        4: '2025-03-06',
        5: '2025-03-08',
        6: '1990-07-09',
        7: '2025-03-10', // floating 00:30 stays 00:30 local
      });
    } finally {
      await app.close();
    }
  });
});
