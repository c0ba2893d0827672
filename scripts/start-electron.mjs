#!/usr/bin/env node
// `npm start`: make the desktop app run on a fresh clone, then run it. Arguments after `--` go to
// the app, e.g. `npm start -- --db ~/coach-test.db`.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ensureElectronBinary,
  ensureNativeBinding,
  NATIVE_BINDING_ENV,
  readPackageVersion,
  SetupError,
} from './electron-native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function buildApp() {
  console.log('Building main, preload and renderer (electron-vite build)…');
  const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new SetupError('electron-vite build failed (its errors are above).');
}

function launch(electronBinary, nativeBinding) {
  const env = { ...process.env, [NATIVE_BINDING_ENV]: nativeBinding };
  // Set by some tools (and left over in shells); it would make the binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electronBinary, [root, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
  child.on('error', (error) => {
    console.error(`Could not start Electron (${electronBinary}): ${error.message}`);
    process.exit(1);
  });
  // Ctrl+C reaches Electron directly (same process group); we only pass its exit status on.
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

try {
  const electronBinary = ensureElectronBinary(root);
  const nativeBinding = ensureNativeBinding(root, { electronVersion: readPackageVersion(root, 'electron') });
  buildApp();
  launch(electronBinary, nativeBinding);
} catch (error) {
  if (!(error instanceof SetupError)) throw error;
  console.error(`\n${error.message}`);
  process.exit(1);
}
