import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Database } from './schema';
import { asDamage, requireIntact } from './damage';
import { migrate, refuseNewerSchema, type MigrationOutcome } from './migrate';
import { migrations } from './migrations';
import { withStatementCache } from './statement-cache';
import { BUSY_TIMEOUT_MS } from './storage-errors';
import { WriteLockingSqliteDialect } from './write-lock-dialect';

export interface OpenDatabaseOptions {
  /**
   * Path of a better_sqlite3.node built for the current runtime. Electron passes the copy built for
   * its ABI (see scripts/electron-native.mjs); Node uses the one npm built.
   */
  nativeBinding?: string;
  /** Run SQLite's quick_check before anything else reads the data (an app's start, after an unclean shutdown). */
  checkIntegrity?: boolean;
}

export interface DatabaseHandle {
  path: string;
  sqlite: SqliteDatabase.Database;
  db: Kysely<Database>;
  migration: MigrationOutcome;
  /** Why the database was opened read-only (it or its folder is not writable); null when it is writable. */
  readOnly: string | null;
  close(): Promise<void>;
}

/**
 * Opens the database in this order, so that a file the app must not change is never changed: a newer
 * app's schema is refused and a damaged file reported before the journal mode is set or a migration runs.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): DatabaseHandle {
  const onDisk = path !== ':memory:';
  if (onDisk && !existsSync(dirname(path))) mkdirSync(dirname(path), { recursive: true });
  const readOnly = onDisk ? whyReadOnly(path) : null;
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const sqlite =
    readOnly?.folder === 'read-only'
      ? new SqliteDatabase(readableCopy(path), { ...binding, readonly: true })
      : new SqliteDatabase(path, { ...binding, ...(readOnly && { readonly: true, fileMustExist: true }) });
  try {
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    refuseNewerSchema(sqlite);
    if (options.checkIntegrity && onDisk) requireIntact(sqlite, path);
    if (!readOnly) {
      sqlite.pragma('journal_mode = WAL');
      // WAL makes NORMAL durable against application crashes, which is what a desktop app meets.
      sqlite.pragma('synchronous = NORMAL');
    }
    sqlite.pragma('foreign_keys = ON');
    const migration = readOnly ? requireCurrentSchema(sqlite, path, readOnly.reason) : migrate(sqlite, path);
    const db = new Kysely<Database>({
      dialect: new WriteLockingSqliteDialect({ database: withStatementCache(sqlite) }, () => sqlite.inTransaction),
    });
    return {
      path,
      sqlite,
      db,
      migration,
      readOnly: readOnly?.reason ?? null,
      async close() {
        await db.destroy();
      },
    };
  } catch (error) {
    sqlite.close();
    throw (onDisk && asDamage(error, path)) || error;
  }
}

interface ReadOnlyState {
  reason: string;
  folder: 'writable' | 'read-only';
}

/**
 * SQLite quietly falls back to read-only on a file it cannot write, and then fails on the first
 * write — switching on WAL at open. Reading a WAL database also needs its -shm file, so a folder that
 * cannot be written matters too.
 */
function whyReadOnly(path: string): ReadOnlyState | null {
  if (!existsSync(path)) return null;
  if (!writable(dirname(path))) return { reason: `its folder ${dirname(path)} is not writable`, folder: 'read-only' };
  if (!writable(path)) return { reason: `${path} is not writable`, folder: 'writable' };
  return null;
}

/**
 * Where no -shm file can be created beside a WAL database, SQLite cannot read it in place (it would
 * need an `immutable` URI, which this build does not parse), so it is read from a copy in memory. The
 * copy's header says "rollback journal", which SQLite reads without -shm; the pages are the same. A
 * -wal file with content holds committed changes the file does not have yet: reading without it would
 * show stale data, so that case is refused.
 */
function readableCopy(path: string): Buffer {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new Error(
      `${path} cannot be read: its folder is not writable, and ${wal} holds changes not yet written into it. Make the folder writable and open it again.`,
    );
  }
  const bytes = readFileSync(path);
  // Offsets 18 and 19: the file format write and read versions, 2 for WAL, 1 for a rollback journal.
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20);
  return bytes;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A read-only database cannot be upgraded: it is used as it is when its schema is current. */
function requireCurrentSchema(sqlite: SqliteDatabase.Database, path: string, reason: string): MigrationOutcome {
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)!.version;
  if (version < latest) {
    throw new Error(
      `${path} can only be opened read-only (${reason}), and its schema (version ${version}) needs upgrading to ${latest}: make it writable first.`,
    );
  }
  return { from: version, to: version, backupPath: null };
}
