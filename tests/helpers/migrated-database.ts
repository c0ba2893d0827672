import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { migrate } from '../../src-main/node/db/migrate';
import { migrations } from '../../src-main/node/db/migrations';

export type MigratedDatabase = ReturnType<typeof databaseAtVersion>;

/**
 * A database file in a temporary folder, migrated up to `version`, for a migration test to fill with the
 * rows of that version and then upgrade; `dispose` closes it (if the test has not) and removes the folder.
 */
export function databaseAtVersion(version: number) {
  const dir = mkdtempSync(join(tmpdir(), `coach-v${version}-`));
  const path = join(dir, 'coach.db');
  const sqlite = new SqliteDatabase(path);
  sqlite.pragma('foreign_keys = ON');
  const upgradeTo = (to: number) =>
    migrate(
      sqlite,
      path,
      migrations.filter((m) => m.version <= to),
    );
  upgradeTo(version);
  return {
    sqlite,
    path,
    upgradeTo,
    dispose: () => {
      if (sqlite.open) sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
