import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type SqliteDatabase from 'better-sqlite3';

/** The database file is damaged; the message names the latest automatic backup to restore, if any. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly path: string,
    readonly finding: string,
    readonly backupPath: string | null,
  ) {
    super(
      `${path} is damaged (SQLite's check says: ${finding}). ` +
        (backupPath
          ? `The latest automatic backup is ${backupPath}, from ${statSync(backupPath).mtime.toISOString().slice(0, 16).replace('T', ' ')}: ` +
            `quit Coach Workstation, move the damaged file (and any -wal and -shm files beside it) away, and copy the backup to ${path}.`
          : `No automatic backup exists beside it: restore your own copy, or try "sqlite3 ${path} .recover".`),
    );
    this.name = 'DatabaseDamagedError';
  }
}

/**
 * SQLite's quick_check: every page and b-tree is read and checked, without comparing indexes to their
 * tables, which is what makes it quick enough to run at start-up.
 */
export function requireIntact(sqlite: SqliteDatabase.Database, path: string): void {
  const findings = (sqlite.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
  if (findings[0] !== 'ok') throw new DatabaseDamagedError(path, findings.slice(0, 3).join('; '), latestBackup(path));
}

/** A damaged file can also fail before any check runs: reading its header or its schema. */
export function asDamage(error: unknown, path: string): DatabaseDamagedError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !(code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) return null;
  return new DatabaseDamagedError(path, (error as Error).message, latestBackup(path));
}

/** The newest of the copies the app writes beside the database (`coach.db.v<N>-<time>.backup`). */
export function latestBackup(path: string): string | null {
  const prefix = `${basename(path)}.`;
  let newest: { path: string; mtimeMs: number } | null = null;
  for (const name of readdirSync(dirname(path))) {
    if (!name.startsWith(prefix) || !name.endsWith('.backup')) continue;
    const candidate = join(dirname(path), name);
    const { mtimeMs } = statSync(candidate);
    if (!newest || mtimeMs > newest.mtimeMs) newest = { path: candidate, mtimeMs };
  }
  return newest?.path ?? null;
}
