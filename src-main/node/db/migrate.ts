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
  const from = sqlite.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new Error(
      `Database schema version ${from} is newer than this app understands (${latest}); update Coach Workstation.`,
    );
  }
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backupPath: null };

  let backupPath: string | null = null;
  if (from > 0 && path !== ':memory:') {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    backupPath = `${path}.v${from}-${stamp}.backup`;
    sqlite.prepare('VACUUM INTO ?').run(backupPath);
  }
  for (const migration of pending) {
    sqlite.transaction(() => {
      sqlite.exec(migration.sql);
      migration.migrateData?.(sqlite);
      sqlite.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: latest, backupPath };
}
