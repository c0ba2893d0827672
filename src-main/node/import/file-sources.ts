import { readdir, realpath, stat } from 'node:fs/promises';
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
  /** Links to a folder they are inside, not followed: the report names each and where it leads. */
  loops: { path: string; target: string }[];
}

/** What a walk has seen, by real path: a folder or file reached again through a link is not read twice. */
interface Walk {
  result: CollectedSources;
  files: Set<string>;
  folders: Set<string>;
}

/**
 * Expands the paths a coach named into files: folders recursively (only importable extensions,
 * hidden entries skipped), files as given whatever their name, in a stable sorted order. Links are
 * followed once: a folder is walked only the first time its real path is reached, so links back up
 * the tree (a loop) or to a folder already walked never make the walk endless or a file count twice.
 */
export async function collectFileSources(paths: string[]): Promise<CollectedSources> {
  const walk: Walk = {
    result: { files: [], unreadable: [], emptyFolders: [], loops: [] },
    files: new Set(),
    folders: new Set(),
  };
  const { result } = walk;
  for (const path of paths) {
    const before = result.files.length + result.unreadable.length;
    await visit(path, true, walk, []);
    if (result.files.length + result.unreadable.length === before && (await isFolder(path)))
      result.emptyFolders.push(path);
  }
  return result;
}

/** `inside`: the real paths of the folders this path was reached through, to tell a loop from a second link. */
async function visit(path: string, named: boolean, walk: Walk, inside: string[]): Promise<void> {
  const { result } = walk;
  let info;
  let real;
  try {
    info = await stat(path);
    real = await realpath(path);
  } catch (error) {
    result.unreadable.push({ path, reason: describeFsError(error) });
    return;
  }
  if (info.isDirectory()) {
    if (inside.includes(real)) result.loops.push({ path, target: real });
    if (walk.folders.has(real)) return;
    walk.folders.add(real);
    let entries;
    try {
      entries = await readdir(path);
    } catch (error) {
      result.unreadable.push({ path, reason: describeFsError(error) });
      return;
    }
    const within = [...inside, real];
    for (const entry of entries.sort()) {
      if (entry.startsWith('.')) continue;
      await visit(join(path, entry), false, walk, within);
    }
    return;
  }
  if (!info.isFile() || (!named && !isImportableName(path)) || walk.files.has(real)) return;
  walk.files.add(real);
  result.files.push({ path, bytes: info.size, modifiedMs: info.mtimeMs });
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'a symbolic link that leads back to itself';
  if (code === 'ENOSPC') return 'disk full';
  return error instanceof Error ? error.message : String(error);
}
