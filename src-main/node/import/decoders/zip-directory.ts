import { DecodeError } from './types';

/** One file as a zip archive's central directory describes it (APPNOTE.TXT 4.3.12). */
export interface ZipDirectoryEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not opened. */
  method: number;
  encrypted: boolean;
  /** Where its stored bytes start and how many there are. */
  dataOffset: number;
  compressedSize: number;
  /** The expanded size the archive claims: a hint for refusing early, never trusted as a bound. */
  declaredSize: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
/** The end record is 22 bytes followed by a comment of at most 65 535. */
const END_SEARCH_BYTES = 22 + 0xffff;

/**
 * Reads where every entry of a zip archive is, from its central directory, without expanding
 * anything: each entry can then be expanded alone, under a cap, and skipped when it is not wanted.
 * Throws DecodeError naming what is damaged.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    ({ count, size, offset } = readZip64End(view, end));
  if (offset + size > bytes.length)
    throw new DecodeError('damaged zip archive (its file list lies beyond the end of the file)');

  const entries: ZipDirectoryEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new DecodeError('damaged zip archive (its file list is cut short)');
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const sizes = {
      declaredSize: view.getUint32(at + 24, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, at + 46 + nameLength, extraLength, sizes);
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      encrypted: (flags & 0x1) !== 0,
      dataOffset: localDataOffset(view, sizes.localOffset, name),
      compressedSize: sizes.compressedSize,
      declaredSize: sizes.declaredSize,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  for (const entry of entries) {
    if (entry.dataOffset + entry.compressedSize > bytes.length)
      throw new DecodeError(`damaged zip archive (${entry.name} is cut short)`);
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - END_SEARCH_BYTES); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new DecodeError('damaged zip archive (no file list at its end; the download may be incomplete)');
}

/** Archives over 4 GB or 65 535 files keep their real counts in a Zip64 record (APPNOTE 4.3.14). */
function readZip64End(view: DataView, end: number): { count: number; size: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_END_LOCATOR)
    throw new DecodeError('damaged zip archive (its Zip64 record is missing)');
  const record = bigToNumber(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_END_OF_DIRECTORY) {
    throw new DecodeError('damaged zip archive (its Zip64 record is damaged)');
  }
  return {
    count: bigToNumber(view.getBigUint64(record + 32, true)),
    size: bigToNumber(view.getBigUint64(record + 40, true)),
    offset: bigToNumber(view.getBigUint64(record + 48, true)),
  };
}

/** A Zip64 extra field holds, in this order, the 64-bit values of the sizes and offset saturated at 0xFFFFFFFF. */
function applyZip64Extra(
  view: DataView,
  start: number,
  length: number,
  sizes: { declaredSize: number; compressedSize: number; localOffset: number },
): void {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ['declaredSize', 'compressedSize', 'localOffset'] as const) {
        if (sizes[key] !== 0xffffffff || field + 8 > at + 4 + size) continue;
        sizes[key] = bigToNumber(view.getBigUint64(field, true));
        field += 8;
      }
      return;
    }
    at += 4 + size;
  }
}

/** The local header repeats the name and may carry a different extra field: the data starts after both. */
function localDataOffset(view: DataView, offset: number, name: string): number {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== LOCAL_HEADER)
    throw new DecodeError(`damaged zip archive (${name} is missing)`);
  return offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
}

/** Names are UTF-8 when flagged, and in practice often when not (macOS); otherwise read as Latin-1. */
function decodeName(bytes: Uint8Array, flaggedUtf8: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal: !flaggedUtf8 }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

function bigToNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER))
    throw new DecodeError('damaged zip archive (a size beyond any real file)');
  return Number(value);
}
