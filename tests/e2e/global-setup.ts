import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureRenderer } from '../../scripts/prebuilt.mjs';
import { DEMO_TEMPLATE_DB } from './server';

function newestModification(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isNewerThanSources(file: string, sourceDirs: string[]): boolean {
  return existsSync(file) && statSync(file).mtimeMs > Math.max(...sourceDirs.map(newestModification));
}

/** One demo roster for every test that needs data; each server copies it (generating takes 20 s or more). */
async function ensureDemoTemplate(): Promise<void> {
  if (isNewerThanSources(DEMO_TEMPLATE_DB, ['src-main'])) return;
  rmSync(DEMO_TEMPLATE_DB, { force: true });
  const child = spawn(process.execPath, ['bin/coach.mjs', 'demo', '--db', DEMO_TEMPLATE_DB], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) {
    rmSync(DEMO_TEMPLATE_DB, { force: true });
    throw new Error(`coach demo failed (${code}): ${stderr}`);
  }
}

export default async function globalSetup(): Promise<void> {
  // Building the UI here, once, keeps the parallel servers from each starting a build of their own.
  await Promise.all([ensureDemoTemplate(), ensureRenderer()]);
}
