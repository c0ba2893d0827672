import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { explainDatabaseOpenFailure, findNativeBinding } from '../../../src-main/electron-main/native-binding';

const target = { electronVersion: '39.8.10', platform: 'linux', arch: 'x64' };
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coach-native-'));
  dirs.push(dir);
  return dir;
}

describe('findNativeBinding', () => {
  it('prefers the binding npm start names in the environment', () => {
    expect(findNativeBinding({ COACH_SQLITE_BINDING: '/x/better_sqlite3.node' }, checkout(), target)).toBe(
      '/x/better_sqlite3.node',
    );
  });

  it('falls back to the copy already built in the checkout for this Electron', () => {
    const root = checkout();
    const built = join(root, '.native', 'electron-39.8.10-linux-x64', 'better_sqlite3.node');
    mkdirSync(dirname(built), { recursive: true });
    writeFileSync(built, '');
    expect(findNativeBinding({}, root, target)).toBe(built);
  });

  it('leaves better-sqlite3 to its own build when there is neither (a packaged app)', () => {
    expect(findNativeBinding({}, checkout(), target)).toBeUndefined();
  });
});

describe('explainDatabaseOpenFailure', () => {
  it('explains an ABI mismatch and how to fix it', () => {
    const error = new Error(
      "The module 'better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 140.",
    );
    const advice = explainDatabaseOpenFailure(error);
    expect(advice).toContain('NODE_MODULE_VERSION 115');
    expect(advice).toContain('npm start');
  });

  it('says which setting names a binding that does not exist', () => {
    const error = new Error("Cannot find module '/gone/.native/electron-39.8.10-linux-x64/better_sqlite3.node'");
    expect(explainDatabaseOpenFailure(error)).toContain('COACH_SQLITE_BINDING');
  });

  it('passes other errors through unchanged', () => {
    expect(explainDatabaseOpenFailure(new Error('SQLITE_CANTOPEN: unable to open database file'))).toBe(
      'SQLITE_CANTOPEN: unable to open database file',
    );
  });
});
