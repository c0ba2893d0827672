import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ensureElectronBinary,
  ensureNativeBinding,
  findElectronBinary,
  isNativeBindingCurrent,
  nativeBindingPath,
  nodeGypCandidates,
} from '../../../scripts/electron-native.mjs';

const target = { electronVersion: '39.8.10', platform: 'linux', arch: 'x64' };
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fake checkout: just the package.json files and binaries these functions look at. */
function fakeCheckout(): string {
  const root = mkdtempSync(join(tmpdir(), 'coach-checkout-'));
  dirs.push(root);
  writeFile(join(root, 'node_modules', 'better-sqlite3', 'package.json'), JSON.stringify({ version: '12.11.1' }));
  return root;
}

function writeFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function installElectronBinary(root: string): string {
  writeFile(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
  const executable = join(root, 'node_modules', 'electron', 'dist', 'electron');
  writeFile(executable, '');
  return executable;
}

function placeBinding(root: string, betterSqlite3: string): string {
  const binding = nativeBindingPath(root, target);
  writeFile(binding, '');
  writeFile(
    join(dirname(binding), 'build-info.json'),
    JSON.stringify({ betterSqlite3, electron: target.electronVersion }),
  );
  return binding;
}

describe('nativeBindingPath', () => {
  it('keeps one binding per Electron version, platform and architecture under .native', () => {
    expect(nativeBindingPath('/repo', target)).toBe(
      join('/repo', '.native', 'electron-39.8.10-linux-x64', 'better_sqlite3.node'),
    );
    expect(nativeBindingPath('/repo', { ...target, arch: 'arm64' })).not.toBe(nativeBindingPath('/repo', target));
  });
});

describe('findElectronBinary', () => {
  it('is undefined when install.js never ran (ELECTRON_SKIP_BINARY_DOWNLOAD, or denied by allowScripts)', () => {
    expect(findElectronBinary(fakeCheckout(), {})).toBeUndefined();
  });

  it('is undefined when path.txt names an executable that is missing', () => {
    const root = fakeCheckout();
    writeFile(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    expect(findElectronBinary(root, {})).toBeUndefined();
  });

  it('finds the downloaded executable, also under ELECTRON_OVERRIDE_DIST_PATH', () => {
    const root = fakeCheckout();
    expect(findElectronBinary(root, {})).toBeUndefined();
    const executable = installElectronBinary(root);
    expect(findElectronBinary(root, {})).toBe(executable);
    const override = join(root, 'custom-dist');
    writeFile(join(override, 'electron'), '');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(join(override, 'electron'));
  });
});

describe('ensureElectronBinary', () => {
  it('uses an installed binary without downloading anything', () => {
    const root = fakeCheckout();
    const executable = installElectronBinary(root);
    const log = vi.fn();
    expect(ensureElectronBinary(root, log)).toBe(executable);
    expect(log).not.toHaveBeenCalled();
  });
});

describe('isNativeBindingCurrent', () => {
  it('accepts a binding stamped with the installed better-sqlite3 version', () => {
    expect(isNativeBindingCurrent(placeBinding(fakeCheckout(), '12.11.1'), '12.11.1')).toBe(true);
  });

  it('asks for a rebuild after better-sqlite3 was upgraded', () => {
    expect(isNativeBindingCurrent(placeBinding(fakeCheckout(), '12.10.0'), '12.11.1')).toBe(false);
  });

  it('asks for a rebuild when the binding or its stamp is missing (an interrupted build)', () => {
    const root = fakeCheckout();
    expect(isNativeBindingCurrent(nativeBindingPath(root, target), '12.11.1')).toBe(false);
    const binding = nativeBindingPath(root, target);
    writeFile(binding, '');
    expect(isNativeBindingCurrent(binding, '12.11.1')).toBe(false);
  });
});

describe('ensureNativeBinding', () => {
  it('reuses a current binding without building', () => {
    const root = fakeCheckout();
    const binding = placeBinding(root, '12.11.1');
    const log = vi.fn();
    expect(ensureNativeBinding(root, { ...target, log })).toBe(binding);
    expect(log).not.toHaveBeenCalled();
  });
});

describe('nodeGypCandidates', () => {
  it("prefers npm's own node-gyp, then the project's, then the copy bundled with npm beside node", () => {
    const candidates = nodeGypCandidates(
      '/repo',
      { npm_config_node_gyp: '/npm/node-gyp.js' },
      '/usr/bin/node',
      'linux',
    );
    expect(candidates).toEqual([
      '/npm/node-gyp.js',
      join('/repo', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
      join('/usr', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    ]);
  });

  it('skips an empty npm_config_node_gyp (npm not running the script)', () => {
    expect(nodeGypCandidates('/repo', { npm_config_node_gyp: '' }, '/usr/bin/node', 'linux')).toHaveLength(2);
  });
});
