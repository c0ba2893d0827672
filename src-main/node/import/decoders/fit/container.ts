import { fitCrc16 } from './crc';
import { walkCompleteMessages, type MessageWalk } from './message-walk';

/**
 * Splits a file into the FIT files chained inside it and checks each one's framing before any parser
 * sees it: header size and ".FIT" signature, header CRC (0 means "not computed", which the protocol
 * allows), declared data size against the bytes present, and the file CRC. fit-file-parser reads only
 * the first chained file and skips these checks in force mode, so this is where corrupt input is named.
 *
 * A first part whose data is cut short or fails its file CRC is not thrown away whole: a device that
 * lost power mid-write leaves hours of complete messages before the damage. Its complete messages
 * become the part (re-framed with their own size and CRC), and `recovered` says what was lost.
 *
 * @garmin/fitsdk's Decoder cannot do this job for the importer: checkIntegrity() answers true or false
 * for the file at the start of its stream only, without the reason, the stored and computed CRCs or the
 * declared and present sizes the import report gives; read() walks chained files but merges every
 * part's messages into one set, and stops at the first broken part keeping what it had read of it
 * (trailing zero padding included, as "not a FIT file"), where a broken later part must be dropped
 * whole and the parts before it kept. Neither re-frames a damaged part's complete messages for a parser.
 */
export interface FitPart {
  /** Byte offset of this part's header in the whole file. */
  offset: number;
  /** Header + data + file CRC of this part alone, ready for a parser. */
  bytes: Uint8Array;
  /** Set when the part as written was damaged and only its complete messages are in `bytes`. */
  recovered?: FitRecovery;
}

export interface FitRecovery {
  /** The framing problem of the part as written. */
  problem: string;
  /** Bytes of the file after the last complete message, which could not be read. */
  unreadableBytes: number;
  /** Where and why the readable messages end (`stoppedBecause` null: all complete, only the CRC disagreed). */
  walk: MessageWalk;
}

export interface FitSplit {
  parts: FitPart[];
  /** Reason the first part failed; when set, `parts` is empty. */
  fatal: string | null;
  /** Problems with later parts, which were dropped while the intact parts before them were kept. */
  warnings: string[];
}

const MIN_HEADER_SIZE = 12;
const FILE_CRC_SIZE = 2;
/** Real files chain a handful of parts; the cap keeps a hostile file from producing millions. */
const MAX_PARTS = 256;

export function looksLikeFit(bytes: Uint8Array): boolean {
  return bytes.length >= MIN_HEADER_SIZE && hasSignatureAt(bytes, 0);
}

export function splitChainedFit(bytes: Uint8Array): FitSplit {
  const parts: FitPart[] = [];
  const warnings: string[] = [];
  let offset = 0;
  while (offset < bytes.length && parts.length < MAX_PARTS) {
    const framed = frameAt(bytes, offset);
    if ('problem' in framed) {
      const recovered =
        parts.length === 0 && framed.damagedData
          ? recoverCompleteMessages(bytes, offset, framed.problem, framed.damagedData)
          : null;
      if (recovered) {
        parts.push(recovered.part);
        if (recovered.next === null) break;
        offset = recovered.next;
        continue;
      }
      if (parts.length === 0) return { parts, fatal: framed.problem, warnings };
      if (!isZeroPadding(bytes, offset)) {
        warnings.push(
          `chained FIT file ${parts.length + 1} at byte ${offset} was skipped: ${framed.problem}; kept the ${parts.length} intact part(s) before it`,
        );
      }
      break;
    }
    parts.push({ offset, bytes: bytes.subarray(offset, framed.end) });
    offset = framed.end;
  }
  if (parts.length === MAX_PARTS && offset < bytes.length)
    warnings.push(`more than ${MAX_PARTS} chained FIT files; the rest were skipped`);
  return { parts, fatal: null, warnings };
}

/** A part whose header is sound but whose data is cut short or fails the file CRC. */
interface DamagedData {
  headerSize: number;
  /** End of the data as the header declares it, and as far as the file actually goes. */
  declaredEnd: number;
  presentEnd: number;
}

function frameAt(bytes: Uint8Array, offset: number): { end: number } | { problem: string; damagedData?: DamagedData } {
  const remaining = bytes.length - offset;
  if (remaining < MIN_HEADER_SIZE)
    return { problem: `truncated FIT header: ${remaining} bytes, a header needs at least ${MIN_HEADER_SIZE}` };
  const headerSize = bytes[offset]!;
  if (headerSize < MIN_HEADER_SIZE || !hasSignatureAt(bytes, offset))
    return { problem: 'corrupt FIT header (no ".FIT" signature)' };
  if (remaining < headerSize)
    return { problem: `truncated FIT header: ${remaining} bytes, header declares ${headerSize}` };
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, headerSize);
  if (headerSize >= 14) {
    const storedHeaderCrc = view.getUint16(12, true);
    if (storedHeaderCrc !== 0 && storedHeaderCrc !== fitCrc16(bytes, offset, offset + 12))
      return { problem: 'FIT header CRC mismatch' };
  }
  const dataSize = view.getUint32(4, true);
  if (dataSize === 0) return { problem: 'FIT file has a header but no data' };
  const dataPresent = remaining - headerSize;
  const declaredEnd = offset + headerSize + dataSize;
  if (dataSize + FILE_CRC_SIZE > dataPresent) {
    const available = Math.max(0, dataPresent - FILE_CRC_SIZE);
    return {
      problem: `truncated FIT file: header declares ${dataSize} data bytes, file has ${available}`,
      damagedData: { headerSize, declaredEnd, presentEnd: Math.min(declaredEnd, bytes.length) },
    };
  }
  const end = declaredEnd + FILE_CRC_SIZE;
  const storedCrc = bytes[end - 2]! | (bytes[end - 1]! << 8);
  const computedCrc = fitCrc16(bytes, offset, end - FILE_CRC_SIZE);
  if (storedCrc !== computedCrc) {
    return {
      problem: `FIT file CRC mismatch (stored 0x${hex(storedCrc)}, computed 0x${hex(computedCrc)})`,
      damagedData: { headerSize, declaredEnd, presentEnd: declaredEnd },
    };
  }
  return { end };
}

/**
 * The complete messages of a damaged part, re-framed as a part of their own (data size and both
 * CRCs rewritten so a parser reads exactly them), or null when not one message is complete. When
 * every declared message is complete and only the CRC disagrees, whatever follows the stored CRC is
 * framed as the next part; otherwise the rest of the file is unreadable.
 */
function recoverCompleteMessages(
  bytes: Uint8Array,
  offset: number,
  problem: string,
  damaged: DamagedData,
): { part: FitPart; next: number | null } | null {
  const dataStart = offset + damaged.headerSize;
  const walk = walkCompleteMessages(bytes, dataStart, damaged.presentEnd);
  if (walk.messages === 0) return null;
  const allComplete = walk.stoppedBecause === null && walk.end === damaged.declaredEnd;
  const next = allComplete ? damaged.declaredEnd + FILE_CRC_SIZE : null;
  const unreadableBytes = allComplete ? 0 : bytes.length - walk.end;

  const dataSize = walk.end - dataStart;
  const framed = new Uint8Array(damaged.headerSize + dataSize + FILE_CRC_SIZE);
  framed.set(bytes.subarray(offset, walk.end));
  const view = new DataView(framed.buffer);
  view.setUint32(4, dataSize, true);
  if (damaged.headerSize >= 14) view.setUint16(12, fitCrc16(framed, 0, 12), true);
  view.setUint16(framed.length - FILE_CRC_SIZE, fitCrc16(framed, 0, framed.length - FILE_CRC_SIZE), true);
  return {
    part: { offset, bytes: framed, recovered: { problem, unreadableBytes, walk } },
    next: next !== null && next < bytes.length ? next : null,
  };
}

function hasSignatureAt(bytes: Uint8Array, offset: number): boolean {
  // ".FIT" at bytes 8–11 of the header.
  return (
    bytes[offset + 8] === 0x2e &&
    bytes[offset + 9] === 0x46 &&
    bytes[offset + 10] === 0x49 &&
    bytes[offset + 11] === 0x54
  );
}

/** Some devices pad the file with zeros after the last part; that is not a broken chained file. */
function isZeroPadding(bytes: Uint8Array, offset: number): boolean {
  for (let i = offset; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

const hex = (v: number) => v.toString(16).padStart(4, '0');
