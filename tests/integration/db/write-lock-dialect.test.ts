import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../src-main/node/db/connection';

let dir: string;
let handle: DatabaseHandle;
let other: SqliteDatabase.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-write-lock-'));
  handle = openDatabase(join(dir, 'coach.db'));
  // Another process's connection, as far as SQLite's locks go; it does not wait for the lock.
  other = new SqliteDatabase(join(dir, 'coach.db'));
  other.pragma('busy_timeout = 0');
});
afterEach(async () => {
  other.close();
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('transactions on a database other processes write to', () => {
  it('hold the write lock from their first statement, so a read then a write never meets a stale snapshot', async () => {
    await handle.db.transaction().execute(async (trx) => {
      await trx.selectFrom('athletes').select('id').execute();
      expect(() => other.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run()).toThrow(/database is locked/);
      await trx.insertInto('settings').values({ key: 'y', value: '2' }).execute();
    });
    expect(other.prepare("SELECT value FROM settings WHERE key = 'y'").get()).toEqual({ value: '2' });
  });

  it('report the error that made SQLite roll back by itself, not "cannot rollback"', async () => {
    const attempt = handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('settings').values({ key: 'z', value: '3' }).execute();
      // What SQLite does on some errors (a full disk, an I/O error) before the error reaches the caller.
      await sql`rollback`.execute(trx);
      throw new Error('database or disk is full');
    });
    await expect(attempt).rejects.toThrow('database or disk is full');
  });
});
