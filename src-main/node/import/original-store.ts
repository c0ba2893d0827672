import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessAlive } from '../process-alive';

/**
 * Imported files are kept byte for byte under <dataDir>/originals/<aa>/<sha256>, so an activity can
 * be re-processed (new thresholds, a better parser, another athlete) without the device. Content
 * addressing makes a re-import of the same bytes free and a crash mid-write harmless: a file is
 * written under a temporary name and renamed into place, so a stored original is always complete.
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function originalPath(dataDir: string, sha256: string): string {
  return join(dataDir, 'originals', sha256.slice(0, 2), sha256);
}

export async function storeOriginal(dataDir: string, sha256: string, bytes: Uint8Array): Promise<void> {
  const target = originalPath(dataDir, sha256);
  if (existsSync(target)) return;
  await mkdir(join(target, '..'), { recursive: true });
  const temporary = temporaryName(target);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } catch (error) {
    // A write cut short (a full disk) leaves a partial file behind: it is nobody's, so it goes now.
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * The same, synchronously: for a decode worker, whose thread has nothing else to do meanwhile. The
 * asynchronous version hands each of its five file operations to libuv's thread pool, and those
 * hand-offs cost more CPU than the writes (bench:import).
 */
export function storeOriginalSync(dataDir: string, sha256: string, bytes: Uint8Array): void {
  const target = originalPath(dataDir, sha256);
  if (existsSync(target)) return;
  const temporary = temporaryName(target);
  try {
    try {
      writeFileSync(temporary, bytes);
    } catch (error) {
      // Its folder is missing only the first time a hash prefix comes up: create it then, not every time.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(temporary, bytes);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Unique per write: two decode workers may store the same file (two copies in one import) at once. The
 * writer's process id in the name tells, later, whether the write may still be going on.
 */
function temporaryName(target: string): string {
  return `${target}.${process.pid}.${randomBytes(6).toString('hex')}${PARTIAL}`;
}

const PARTIAL = '.partial';

/**
 * Removes the temporary files of writes whose process has gone (killed, crashed) and so will never
 * finish them. Those of live processes — another import on the same database — are left alone.
 */
export function removeAbandonedPartials(dataDir: string): number {
  const root = join(dataDir, 'originals');
  if (!existsSync(root)) return 0;
  let removed = 0;
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(root, entry.name);
    for (const name of readdirSync(folder)) {
      if (!name.endsWith(PARTIAL)) continue;
      const pid = Number(name.split('.')[1]);
      if (Number.isInteger(pid) && isProcessAlive(pid)) continue;
      rmSync(join(folder, name), { force: true });
      removed++;
    }
  }
  return removed;
}

export async function readOriginal(dataDir: string, sha256: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(originalPath(dataDir, sha256)));
}

/** Removes a kept original that no imported file names any more (its file failed or was cancelled). */
export function discardOriginal(dataDir: string, sha256: string): void {
  rmSync(originalPath(dataDir, sha256), { force: true });
}
