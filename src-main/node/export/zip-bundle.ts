import { zipSync, type Zippable } from 'fflate';

/**
 * A .zip from in-memory files. Every entry carries the same modification time (the export time, passed
 * in), so the same bundle is byte-for-byte the same archive. Entry paths are built by the caller from
 * safe file names; a path with "..", a leading slash or a backslash is refused here as a last guard.
 */
export function zipFiles(files: readonly { path: string; bytes: Uint8Array }[], modifiedAt: Date): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    if (
      file.path.startsWith('/') ||
      file.path.includes('\\') ||
      file.path.split('/').some((part) => part === '..' || part === '')
    ) {
      throw new Error(`Refusing the zip entry "${file.path}": not a plain relative path`);
    }
    if (entries[file.path]) throw new Error(`Two files named "${file.path}" in one bundle`);
    entries[file.path] = [file.bytes, { mtime: modifiedAt }];
  }
  return zipSync(entries, { level: 6 });
}
