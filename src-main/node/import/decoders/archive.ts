import { gunzipSync, unzipSync } from 'fflate';
import { DecodeError } from './types';

export interface ArchiveEntry {
  name: string;
  bytes: Uint8Array;
}

/** Activity exports are small; this bounds what one archive may expand to (zip bombs). */
const MAX_EXPANDED_BYTES = 2 * 1024 ** 3;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The files inside a .zip archive (directories and macOS resource forks skipped), or null when the
 * bytes are not a zip. Nested .gz entries (Strava bulk exports) are left compressed: decodeActivityFile
 * gunzips them.
 */
export async function expandArchive(fileName: string, bytes: Uint8Array): Promise<ArchiveEntry[] | null> {
  if (!isZip(bytes)) return null;
  let files: Record<string, Uint8Array>;
  try {
    let total = 0;
    files = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_EXPANDED_BYTES) throw new Error(`expands to more than ${MAX_EXPANDED_BYTES / 1024 ** 3} GB`);
        return !file.name.endsWith('/') && !file.name.startsWith('__MACOSX/') && !/(^|\/)\._/.test(file.name);
      },
    });
  } catch (error) {
    throw new DecodeError(`${fileName}: damaged zip archive (${(error as Error).message})`);
  }
  return Object.entries(files).map(([name, content]) => ({ name, bytes: content }));
}

/** Gunzips a .gz file; the inner name is the outer one without ".gz". */
export function gunzipFile(fileName: string, bytes: Uint8Array): ArchiveEntry {
  try {
    return { name: fileName.replace(/\.gz$/i, ''), bytes: gunzipSync(bytes) };
  } catch (error) {
    throw new DecodeError(`damaged gzip file (${(error as Error).message})`);
  }
}
