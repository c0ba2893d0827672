import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion, type MigratedDatabase } from '../../helpers/migrated-database';

let db: MigratedDatabase;
afterEach(() => db.dispose());

describe('migration 8 (race priority)', () => {
  it('upgrades a version-7 database: race priorities move out of the titles, race types are read from them, other events stay as they were', () => {
    db = databaseAtVersion(7);
    const { sqlite } = db;
    sqlite.exec(`
      INSERT INTO athletes (id, name, created_at, updated_at) VALUES (1, 'Ana Ruiz', '2024-01-01', '2024-01-01');
      INSERT INTO events (id, athlete_id, kind, start_date, title, body, created_at) VALUES
        (1, 1, 'race', '2025-03-09', 'Riverside Half Marathon (B race)', 'Finished in 1:32:10.', 'x'),
        (2, 1, 'race', '2025-04-13', 'Harbour City Marathon (A race)', '', 'x'),
        (3, 1, 'race', '2025-05-04', 'Lakeside Half Ironman (C race)', '', 'x'),
        (4, 1, 'race', '2025-06-01', 'Park 5K', '', 'x'),
        (5, 1, 'travel', '2025-03-01', 'Flight to Tokyo (A race)', 'Back on the 8th.', 'x');
      UPDATE events SET end_date = '2025-03-08' WHERE id = 5;
    `);

    const outcome = db.upgradeTo(8);

    expect(outcome).toMatchObject({ from: 7, to: 8 });
    expect(
      sqlite
        .prepare('SELECT id, kind, start_date, end_date, title, body, priority, race_type FROM events ORDER BY id')
        .all(),
    ).toEqual([
      {
        id: 1,
        kind: 'race',
        start_date: '2025-03-09',
        end_date: null,
        title: 'Riverside Half Marathon',
        body: 'Finished in 1:32:10.',
        priority: 'B',
        race_type: 'half-marathon',
      },
      {
        id: 2,
        kind: 'race',
        start_date: '2025-04-13',
        end_date: null,
        title: 'Harbour City Marathon',
        body: '',
        priority: 'A',
        race_type: 'marathon',
      },
      {
        id: 3,
        kind: 'race',
        start_date: '2025-05-04',
        end_date: null,
        title: 'Lakeside Half Ironman',
        body: '',
        priority: 'C',
        race_type: '70.3',
      },
      // No suffix: the default priority of a new race, and no type the title names.
      {
        id: 4,
        kind: 'race',
        start_date: '2025-06-01',
        end_date: null,
        title: 'Park 5K',
        body: '',
        priority: 'B',
        race_type: null,
      },
      {
        id: 5,
        kind: 'travel',
        start_date: '2025-03-01',
        end_date: '2025-03-08',
        title: 'Flight to Tokyo (A race)',
        body: 'Back on the 8th.',
        priority: null,
        race_type: null,
      },
    ]);
    expect(() => sqlite.exec("UPDATE events SET priority = 'D' WHERE id = 1")).toThrow(/CHECK constraint/);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
  });
});
