import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Activity files and the archives that may hold them; anything else in a folder is not the importer's business. */
const IMPORTABLE = /\.(fit|tcx|gpx|zip|gz)$/i;

export function isImportableName(name: string): boolean {
  return IMPORTABLE.test(name);
}

export interface FileSource {
  path: string;
  bytes: number;
  /** Last modification time (ms since 1970): dates a file whose device clock was unset. */
  modifiedMs: number;
}

export interface CollectedSources {
  files: FileSource[];
  /** Paths that could not be read at all (missing, permission denied), with the reason. */
  unreadable: { path: string; reason: string }[];
  /** Named folders that hold no importable file, so the report can say so instead of staying silent. */
  emptyFolders: string[];
}

/**
 * Expands the paths a coach named into files: folders recursively (only importable extensions,
 * hidden entries skipped), files as given whatever their name, in a stable sorted order.
 */
export async function collectFileSources(paths: string[]): Promise<CollectedSources> {
  const result: CollectedSources = { files: [], unreadable: [], emptyFolders: [] };
  const seen = new Set<string>();
  for (const path of paths) {
    const before = result.files.length + result.unreadable.length;
    await visit(path, true, result, seen);
    if (result.files.length + result.unreadable.length === before && (await isFolder(path))) result.emptyFolders.push(path);
  }
  return result;
}

async function visit(path: string, named: boolean, result: CollectedSources, seen: Set<string>): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    result.unreadable.push({ path, reason: describeFsError(error) });
    return;
  }
  if (info.isDirectory()) {
    let entries;
    try {
      entries = await readdir(path);
    } catch (error) {
      result.unreadable.push({ path, reason: describeFsError(error) });
      return;
    }
    for (const entry of entries.sort()) {
      if (entry.startsWith('.')) continue;
      await visit(join(path, entry), false, result, seen);
    }
    return;
  }
  if (!info.isFile() || (!named && !isImportableName(path)) || seen.has(path)) return;
  seen.add(path);
  result.files.push({ path, bytes: info.size, modifiedMs: info.mtimeMs });
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ENOSPC') return 'disk full';
  return error instanceof Error ? error.message : String(error);
}
