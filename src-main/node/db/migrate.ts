import type SqliteDatabase from 'better-sqlite3';
import { migrations as defaultMigrations } from './migrations';
import type { Migration } from './migrations/migration';

export interface MigrationOutcome {
  from: number;
  to: number;
  /** Copy of the database taken before the first pending migration ran; null when nothing ran or the file was new. */
  backupPath: string | null;
}

/**
 * Brings the schema to the newest version. A database that already holds a schema is copied first
 * (VACUUM INTO gives a consistent single-file copy even in WAL mode), so a failed upgrade never
 * costs the coach their data; each migration runs in its own transaction.
 */
export function migrate(
  sqlite: SqliteDatabase.Database,
  path: string,
  migrations: readonly Migration[] = defaultMigrations,
  now: () => Date = () => new Date(),
): MigrationOutcome {
  const from = refuseNewerSchema(sqlite, migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backupPath: null };

  let backupPath: string | null = null;
  if (from > 0 && path !== ':memory:') {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    backupPath = `${path}.v${from}-${stamp}.backup`;
    sqlite.prepare('VACUUM INTO ?').run(backupPath);
  }
  for (const migration of pending) {
    // With the write lock held, a process that opened the same database at the same time may have run it already.
    sqlite
      .transaction(() => {
        if (schemaVersion(sqlite) >= migration.version) return;
        sqlite.exec(migration.sql);
        migration.migrateData?.(sqlite);
        sqlite.pragma(`user_version = ${migration.version}`);
      })
      .immediate();
  }
  return { from, to: latest, backupPath };
}

/**
 * Reads the schema version and refuses a database written by a newer app. Reading changes nothing, so
 * it runs before anything that would (the journal mode, a migration): a newer app's file stays as it was.
 */
export function refuseNewerSchema(
  sqlite: SqliteDatabase.Database,
  migrations: readonly Migration[] = defaultMigrations,
): number {
  const version = schemaVersion(sqlite);
  const latest = migrations.at(-1)?.version ?? 0;
  if (version > latest) {
    throw new Error(
      `Database schema version ${version} is newer than this app understands (${latest}); update Coach Workstation. The file was not changed.`,
    );
  }
  return version;
}

function schemaVersion(sqlite: SqliteDatabase.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}
