import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/node/db/connection';
import { migrate } from '../../../src-main/node/db/migrate';
import { migrations } from '../../../src-main/node/db/migrations';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coach-migrate-'));
  dirs.push(dir);
  return join(dir, 'coach.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const latest = migrations.at(-1)!.version;

describe('migrations', () => {
  it('creates the full schema on a new file, in WAL mode with foreign keys on, without a backup', async () => {
    const path = tempDb();
    const handle = openDatabase(path);
    expect(handle.migration).toEqual({ from: 0, to: latest, backupPath: null });
    expect(handle.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = handle.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((r) => (r as { name: string }).name);
    for (const t of [
      'athletes',
      'thresholds',
      'devices',
      'activities',
      'laps',
      'activity_streams',
      'wellness',
      'events',
      'tags',
      'athlete_tags',
    ]) {
      expect(tables).toContain(t);
    }
    await handle.close();
  });

  it('does nothing when reopened at the latest version', async () => {
    const path = tempDb();
    await openDatabase(path).close();
    const again = openDatabase(path);
    expect(again.migration).toEqual({ from: latest, to: latest, backupPath: null });
    await again.close();
  });

  it('backs up an existing database before upgrading it, keeping its data in both', () => {
    const path = tempDb();
    const sqlite = new SqliteDatabase(path);
    migrate(sqlite, path, migrations);
    sqlite
      .prepare("INSERT INTO athletes (name, sports, created_at, updated_at) VALUES ('Ana Ruiz', '[\"run\"]', 'x', 'x')")
      .run();
    const next = { version: latest + 1, name: 'test column', sql: 'ALTER TABLE athletes ADD COLUMN nickname TEXT' };
    const outcome = migrate(sqlite, path, [...migrations, next], () => new Date('2026-01-02T03:04:05Z'));
    expect(outcome.from).toBe(latest);
    expect(outcome.to).toBe(latest + 1);
    expect(outcome.backupPath).toMatch(/coach\.db\.v\d+-2026-01-02T03-04-05-000Z\.backup$/);
    expect(existsSync(outcome.backupPath!)).toBe(true);
    const backup = new SqliteDatabase(outcome.backupPath!, { readonly: true });
    expect(backup.prepare('SELECT name FROM athletes').get()).toEqual({ name: 'Ana Ruiz' });
    expect(backup.pragma('user_version', { simple: true })).toBe(latest);
    backup.close();
    expect(sqlite.prepare('SELECT nickname FROM athletes').get()).toEqual({ nickname: null });
    sqlite.close();
  });

  it('rolls back a failing migration and leaves the version where it was', () => {
    const path = tempDb();
    const sqlite = new SqliteDatabase(path);
    migrate(sqlite, path, migrations);
    const broken = {
      version: latest + 1,
      name: 'broken',
      sql: 'CREATE TABLE t (a); INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => migrate(sqlite, path, [...migrations, broken])).toThrow(/no_such_table/);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(latest);
    expect(sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 't'").get()).toEqual({ n: 0 });
    sqlite.close();
  });

  it('refuses a database written by a newer version of the app', () => {
    const path = tempDb();
    const sqlite = new SqliteDatabase(path);
    sqlite.pragma(`user_version = ${latest + 5}`);
    expect(() => migrate(sqlite, path, migrations)).toThrow(/newer than this app understands/);
    sqlite.close();
  });
});
