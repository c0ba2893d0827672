import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/node/db/migrate';
import { migrations } from '../../../src-main/node/db/migrations';
import { loadRrIntervals } from '../../../src-main/node/db/repositories/rr-intervals';
import { decodeActivityFile } from '../../../src-main/node/import/decoders';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { importUploadedFiles } from '../../../src-main/node/services/imports';
import { fixturePath, fixturesSkipReason, haveFixtures } from '../../helpers/fixtures';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

describe('migration 4 (RR intervals)', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('upgrades a version-3 database holding an activity, which then accepts RR intervals', () => {
    dir = mkdtempSync(join(tmpdir(), 'coach-m4-'));
    const path = join(dir, 'coach.db');
    const sqlite = new SqliteDatabase(path);
    sqlite.pragma('foreign_keys = ON');
    migrate(
      sqlite,
      path,
      migrations.filter((m) => m.version <= 3),
    );
    sqlite.exec(`
      INSERT INTO athletes (id, name, created_at, updated_at) VALUES (1, 'Ana Ruiz', '2026-01-01', '2026-01-01');
      INSERT INTO activities (id, athlete_id, sport, start_time, local_date, elapsed_seconds, timer_seconds, load, created_at)
        VALUES (1, 1, 'bike', '2026-03-01T06:00:00.000Z', '2026-03-01', 3600, 3600, 70, '2026-03-01');
    `);

    expect(
      migrate(
        sqlite,
        path,
        migrations.filter((m) => m.version <= 4),
      ),
    ).toMatchObject({ from: 3, to: 4 });
    expect(sqlite.prepare('SELECT load FROM activities WHERE id = 1').get()).toEqual({ load: 70 });
    sqlite.prepare("INSERT INTO activity_rr_intervals (activity_id, interval_count, data) VALUES (1, 0, x'')").run();
    sqlite.prepare('DELETE FROM activities WHERE id = 1').run();
    expect(sqlite.prepare('SELECT count(*) AS n FROM activity_rr_intervals').get()).toEqual({ n: 0 });
    sqlite.close();
  });
});

describe.skipIf(!haveFixtures)(
  `RR intervals from a real chest strap (${haveFixtures ? 'fixtures present' : fixturesSkipReason})`,
  () => {
    let app: TempApp;
    beforeEach(() => {
      app = createTempApp();
    });
    afterEach(() => app.dispose());

    it('stores every beat-to-beat interval the Edge 530 recorded, to the millisecond', async () => {
      const bytes = new Uint8Array(readFileSync(fixturePath('activities', 'fitparse-rs__hrv-activity.fit')));
      const decoded = await decodeActivityFile('hrv-activity.fit', bytes);
      const expected = decoded.activities[0]!.rrIntervalsMs!;
      expect(expected.length).toBeGreaterThan(1000);

      const athlete = await createAthlete(app.ctx, { name: 'Strap Rider', sports: ['bike'] });
      const report = await importUploadedFiles(app.ctx, [{ name: 'hrv-activity.fit', data: bytes }], {
        athleteId: athlete.id,
      });
      const stored = await loadRrIntervals(app.ctx.db, report.files[0]!.activityIds[0]!);

      expect(stored).toEqual(expected.map((ms) => Math.round(ms)));
      // Plausible beats for a hard interval session: 0.3–1.5 s.
      expect(stored!.every((ms) => ms >= 250 && ms <= 1500)).toBe(true);
    });
  },
);
