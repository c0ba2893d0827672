import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';
import { migrate, type MigrationOutcome } from './migrate';
import { withStatementCache } from './statement-cache';

export interface OpenDatabaseOptions {
  /**
   * Path of a better_sqlite3.node built for the current runtime. Electron passes the copy built for
   * its ABI (see scripts/electron-native.mjs); Node uses the one npm built.
   */
  nativeBinding?: string;
}

export interface DatabaseHandle {
  path: string;
  sqlite: SqliteDatabase.Database;
  db: Kysely<Database>;
  migration: MigrationOutcome;
  close(): Promise<void>;
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): DatabaseHandle {
  if (path !== ':memory:' && !existsSync(dirname(path))) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // WAL makes NORMAL durable against application crashes, which is what a desktop app meets.
  sqlite.pragma('synchronous = NORMAL');
  const migration = migrate(sqlite, path);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    path,
    sqlite,
    db,
    migration,
    async close() {
      await db.destroy();
    },
  };
}
