import { promisify } from 'node:util';
import { gunzipSync, inflateRaw } from 'node:zlib';
import { formatFileSize } from '../../../common/format';
import { archiveExpansionCap, MAX_ACTIVITY_FILE_BYTES, MAX_ARCHIVE_EXPANSION_RATIO } from '../size-caps';
import { DecodeError } from './types';
import { readZipDirectory, type ZipDirectoryEntry } from './zip-directory';

export interface ArchiveEntry {
  name: string;
  bytes: Uint8Array;
}

const inflateRawAsync = promisify(inflateRaw);
const STORED = 0;
const DEFLATED = 8;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Refused for the whole archive: its files together expand past what real activity files ever do.
 * The pipeline stops reading it there and says so once, for the archive.
 */
export class ArchiveRefused extends DecodeError {}

/**
 * A zip archive opened from its central directory: its files are listed without expanding any, and
 * each is expanded only when read, alone, on zlib's thread pool (not the main thread), and stopped
 * as soon as it passes its cap. So an import holds one expanded file of an archive at a time, and a
 * bomb costs at most one cap's worth of memory before it is refused.
 */
export class ZipArchive {
  /** Its files, in archive order: folders and macOS resource forks (__MACOSX/, ._name) left out. */
  readonly files: readonly ZipDirectoryEntry[];
  private readonly expansionCap: number;
  private expanded = 0;

  constructor(
    readonly fileName: string,
    private readonly bytes: Uint8Array,
  ) {
    this.files = readZipDirectory(bytes).filter(
      (e) => !e.name.endsWith('/') && !e.name.startsWith('__MACOSX/') && !/(^|\/)\._/.test(e.name),
    );
    this.expansionCap = archiveExpansionCap(bytes.byteLength);
  }

  /**
   * One file's expanded bytes. Throws DecodeError when this file is refused (too large, encrypted,
   * an archive itself) and ArchiveRefused when the archive as a whole has expanded too far. Files are
   * read one after another: each one's budget is what the ones before left.
   */
  async read(entry: ZipDirectoryEntry): Promise<Uint8Array> {
    if (/\.zip$/i.test(entry.name)) throw new DecodeError(nestedArchiveReason(this.fileName));
    if (entry.encrypted)
      throw new DecodeError(
        `password-protected in ${this.fileName}: unzip it with its password, then import the files`,
      );
    if (entry.declaredSize > MAX_ACTIVITY_FILE_BYTES) throw new DecodeError(tooLargeReason());
    // This file may expand to its own cap or to what is left of the archive's, whichever is less.
    const budget = Math.min(MAX_ACTIVITY_FILE_BYTES, this.expansionCap - this.expanded);
    if (budget <= 0) throw new ArchiveRefused(archiveTooLargeReason(this.expansionCap));
    const bytes = await this.expand(entry, budget);
    this.expanded += bytes?.byteLength ?? budget + 1;
    if (this.expanded > this.expansionCap) throw new ArchiveRefused(archiveTooLargeReason(this.expansionCap));
    if (!bytes) throw new DecodeError(tooLargeReason());
    return bytes;
  }

  /** The entry's bytes, or null once they pass `budget` (zlib stops there rather than expand the rest). */
  private async expand(entry: ZipDirectoryEntry, budget: number): Promise<Uint8Array | null> {
    const stored = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    if (entry.method === STORED) return stored.byteLength > budget ? null : stored;
    if (entry.method !== DEFLATED) {
      throw new DecodeError(
        `compressed with a method this app does not read (zip method ${entry.method}): re-zip it with ordinary (deflate) compression`,
      );
    }
    try {
      return ownBytes(await inflateRawAsync(stored, { maxOutputLength: budget }));
    } catch (error) {
      if (isOverLimit(error)) return null;
      throw new DecodeError(`damaged zip archive (${entry.name}: ${(error as Error).message})`);
    }
  }
}

/** The archive in `bytes`, or null when they are not a zip archive. Throws DecodeError when it is damaged. */
export function openZipArchive(fileName: string, bytes: Uint8Array): ZipArchive | null {
  return isZip(bytes) ? new ZipArchive(fileName, bytes) : null;
}

/**
 * Gunzips a .gz file, stopping as soon as it passes the activity-file cap; the inner name is the
 * outer one without ".gz". Runs in a decode worker, never on the main thread.
 */
export function gunzipFile(fileName: string, bytes: Uint8Array): ArchiveEntry {
  let expanded: Buffer;
  try {
    expanded = gunzipSync(bytes, { maxOutputLength: MAX_ACTIVITY_FILE_BYTES });
  } catch (error) {
    if (isOverLimit(error)) throw new DecodeError(tooLargeReason());
    throw new DecodeError(`damaged gzip file (${(error as Error).message})`);
  }
  return { name: fileName.replace(/\.gz$/i, ''), bytes: ownBytes(expanded) };
}

/** Said of a zip archive found inside an archive: Garmin's full data export packs its activities so. */
export function nestedArchiveReason(outerName: string): string {
  return `a zip archive inside another archive is not opened: unzip ${outerName} first, then import the folder it makes`;
}

function tooLargeReason(): string {
  return `expands to more than ${formatFileSize(MAX_ACTIVITY_FILE_BYTES)}, far beyond any real activity file: refused as a possible zip bomb`;
}

function archiveTooLargeReason(cap: number): string {
  return (
    `refused as a possible zip bomb: its files expand to more than ${formatFileSize(cap)}, over ${MAX_ARCHIVE_EXPANSION_RATIO} times ` +
    'the archive’s own size, which real activity files never do; the files after this point were not read'
  );
}

/** zlib stops at maxOutputLength with this error instead of expanding further. */
function isOverLimit(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
}

/** A small result may be a slice of Node's shared buffer pool: a decoder must never see the bytes around a file. */
function ownBytes(buffer: Buffer): Uint8Array {
  return buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength
    ? new Uint8Array(buffer.buffer, 0, buffer.byteLength)
    : new Uint8Array(buffer);
}
