import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoachApp } from '../../../src-main/node/app';
import { openDatabase } from '../../../src-main/node/db/connection';
import { migrations } from '../../../src-main/node/db/migrations';
import { dataDirFor } from '../../../src-main/node/paths';
import { repoRoot } from '../../../src-main/node/repo-root';
import { createAthlete } from '../../../src-main/node/services/athletes';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-db-states-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

async function databaseWithAthletes(path: string, count: number): Promise<void> {
  const app = createCoachApp(path);
  for (let i = 0; i < count; i++)
    await createAthlete(app.ctx, { name: `Athlete ${i} ${'x'.repeat(100)}`, sports: ['run'] });
  await app.close();
}

/** A process id that is certainly not running: one that has just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('a database from a newer app', () => {
  it('is refused before anything in the file changes, journal mode included', () => {
    const path = join(dir, 'newer.db');
    const raw = new SqliteDatabase(path);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${migrations.at(-1)!.version + 1}`);
    raw.close();
    const before = sha256(path);

    expect(() => openDatabase(path)).toThrow(/newer than this app understands/);
    expect(sha256(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    const after = new SqliteDatabase(path, { readonly: true });
    expect(after.pragma('journal_mode', { simple: true })).toBe('delete');
    after.close();
  });
});

describe('a read-only database', () => {
  it.each(['file', 'folder'])(
    '(%s read-only) is opened read-only, lists its athletes and says so; a change is refused clearly',
    async (what) => {
      const path = join(dir, 'ro.db');
      await databaseWithAthletes(path, 2);
      chmodSync(path, 0o444);
      chmodSync(dir, what === 'folder' ? 0o555 : 0o777);
      // root writes anything whatever the mode says: run the command as an unprivileged user then.
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const run = (...args: string[]) =>
        new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
          const child = spawn(process.execPath, [join(repoRoot, 'bin', 'coach.mjs'), ...args], {
            cwd: repoRoot,
            ...asUser,
          });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
          child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
          child.on('exit', (code) => resolve({ code, stdout, stderr }));
        });

      const list = await run('athletes', '--db', path, '--json');
      expect(list.stderr).toMatch(/read-only \(.*not writable\)/);
      expect(list.code).toBe(0);
      expect((JSON.parse(list.stdout) as unknown[]).length).toBe(2);

      const add = await run('athletes', 'add', '--db', path, '--name', 'New One', '--sport', 'run', '--json');
      expect(add.code).toBe(1);
      expect(add.stderr).toMatch(/open read-only, so nothing can be changed/);
    },
    60_000,
  );
});

describe('a database damaged mid-file', () => {
  async function damagedDatabase(): Promise<{ path: string; backup: string }> {
    const path = join(dir, 'coach.db');
    await databaseWithAthletes(path, 400);
    const backup = `${path}.v${migrations.at(-1)!.version}-2026-01-01T00-00-00-000Z.backup`;
    copyFileSync(path, backup);
    const pageSize = 4096;
    const middle = Math.floor(statSync(path).size / pageSize / 2);
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, middle * pageSize);
    closeSync(fd);
    return { path, backup };
  }

  it('is reported at start-up, naming the latest automatic backup to restore', async () => {
    const { path, backup } = await damagedDatabase();
    expect(() => createCoachApp(path, { startupCheck: 'every-start' })).toThrow(
      new RegExp(`is damaged .*The latest automatic backup is ${backup.replace(/[.]/g, '\\.')}`),
    );
  });

  it('is reported by a one-shot command after an unclean shutdown', async () => {
    const { path } = await damagedDatabase();
    const sessions = join(dataDirFor(path), 'sessions');
    mkdirSync(sessions, { recursive: true });
    writeFileSync(join(sessions, `${deadPid()}-0000`), '');
    expect(() => createCoachApp(path)).toThrow(/is damaged/);
  });
});

describe('after an unclean shutdown', () => {
  it('half-written originals of dead processes are removed, those of live ones kept', async () => {
    const path = join(dir, 'coach.db');
    await databaseWithAthletes(path, 1);
    const folder = join(dataDirFor(path), 'originals', 'ab');
    mkdirSync(folder, { recursive: true });
    const abandoned = join(folder, `ab12.${deadPid()}.0a0b0c0d0e0f.partial`);
    const inProgress = join(folder, `ab34.${process.pid}.0a0b0c0d0e0f.partial`);
    writeFileSync(abandoned, 'half');
    writeFileSync(inProgress, 'half');
    mkdirSync(join(dataDirFor(path), 'sessions'), { recursive: true });
    writeFileSync(join(dataDirFor(path), 'sessions', `${deadPid()}-0000`), '');

    const app = createCoachApp(path);
    await app.close();
    expect(app.notices).toEqual(['Removed 1 half-written file left by an interrupted import.']);
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(inProgress)).toBe(true);
  });
});
