import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/node/api/dispatch';
import { openDatabase, type DatabaseHandle } from '../../../src-main/node/db/connection';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { importPaths } from '../../../src-main/node/services/imports';
import { writeFitActivity } from '../../helpers/fit-writer';
import { createTempApp } from '../../helpers/temp-app';

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
      expect(() => other.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run()).toThrow(
        /database is locked/,
      );
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

describe('a database another process holds for longer than the busy timeout', () => {
  it(
    'answers a call with BUSY and one sentence that says so, and an import reports it for every file',
    { timeout: 60_000 },
    async () => {
      const app = createTempApp();
      const holder = new SqliteDatabase(join(app.dir, 'coach.db'));
      try {
        const athleteId = (await createAthlete(app.ctx, { name: 'Busy Db', sports: ['run'] })).id;
        const folder = join(app.dir, 'card');
        mkdirSync(folder);
        for (let i = 0; i < 3; i++)
          writeFileSync(
            join(folder, `run-${i}.fit`),
            writeFitActivity({
              sport: 'run',
              durationSeconds: 120,
              seed: i + 1,
              start: new Date(Date.UTC(2024, 0, 1 + i, 6)),
            }),
          );
        holder.exec('BEGIN IMMEDIATE');

        const call = await dispatch(app.handlers, 'notes.add', { athleteId, date: '2024-02-01', text: 'Waiting' });
        expect(call).toEqual({
          ok: false,
          error: {
            code: 'BUSY',
            message: expect.stringMatching(/^The database is in use by another Coach Workstation process/),
          },
        });
        const report = await importPaths(app.ctx, [folder], { athleteId });
        expect(new Set(report.files.map((f) => `${f.status}: ${f.reason.split(';')[0]}`))).toEqual(
          new Set([
            'failed: could not be saved: The database is in use by another Coach Workstation process (the app, browser mode or a coach command), which has held it for over 5 s',
          ]),
        );
      } finally {
        holder.close();
        await app.dispose();
      }
    },
  );
});
