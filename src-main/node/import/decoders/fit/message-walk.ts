/**
 * Finds where the complete FIT messages of a data section end, reading only record headers and
 * definitions (FIT protocol document, "Record Header" and "Definition Message"), so a file whose tail
 * is damaged can still give up the messages before the damage. A data message's size comes from its
 * local type's definition; a data message of a local type never defined, or a definition with an
 * impossible architecture byte, means the bytes are no longer FIT messages.
 */
export interface MessageWalk {
  /** Byte offset just after the last complete message (`start` when there is none). */
  end: number;
  messages: number;
  /** Why the walk stopped before `limit`: null when every byte up to `limit` was a complete message. */
  stoppedBecause: 'cut off' | 'not a FIT message' | null;
}

const NORMAL_HEADER_DEFINITION = 0x40;
const NORMAL_HEADER_DEVELOPER_DATA = 0x20;
const COMPRESSED_TIMESTAMP_HEADER = 0x80;
const DEFINITION_FIXED_BYTES = 5;
const FIELD_DEFINITION_BYTES = 3;

export function walkCompleteMessages(bytes: Uint8Array, start: number, limit: number): MessageWalk {
  /** Data message size (header byte excluded) per local message type, once defined. */
  const sizes = new Map<number, number>();
  let at = start;
  let messages = 0;
  while (at < limit) {
    const header = bytes[at]!;
    let next: number;
    if (header & COMPRESSED_TIMESTAMP_HEADER || !(header & NORMAL_HEADER_DEFINITION)) {
      const localType = header & COMPRESSED_TIMESTAMP_HEADER ? (header >> 5) & 0x03 : header & 0x0f;
      const size = sizes.get(localType);
      if (size === undefined) return { end: at, messages, stoppedBecause: 'not a FIT message' };
      next = at + 1 + size;
    } else {
      const definition = readDefinition(bytes, at + 1, limit, (header & NORMAL_HEADER_DEVELOPER_DATA) !== 0);
      if (definition === 'cut off' || definition === 'not a FIT message')
        return { end: at, messages, stoppedBecause: definition };
      sizes.set(header & 0x0f, definition.dataSize);
      next = definition.end;
    }
    if (next > limit) return { end: at, messages, stoppedBecause: 'cut off' };
    at = next;
    messages++;
  }
  return { end: at, messages, stoppedBecause: null };
}

function readDefinition(
  bytes: Uint8Array,
  at: number,
  limit: number,
  hasDeveloperFields: boolean,
): { end: number; dataSize: number } | 'cut off' | 'not a FIT message' {
  if (at + DEFINITION_FIXED_BYTES > limit) return 'cut off';
  const architecture = bytes[at + 1]!;
  if (architecture > 1) return 'not a FIT message';
  let cursor = at + DEFINITION_FIXED_BYTES;
  let dataSize = 0;
  const addFields = (count: number): boolean => {
    if (cursor + count * FIELD_DEFINITION_BYTES > limit) return false;
    for (let i = 0; i < count; i++) dataSize += bytes[cursor + i * FIELD_DEFINITION_BYTES + 1]!;
    cursor += count * FIELD_DEFINITION_BYTES;
    return true;
  };
  if (!addFields(bytes[at + 4]!)) return 'cut off';
  if (hasDeveloperFields) {
    if (cursor + 1 > limit) return 'cut off';
    const count = bytes[cursor]!;
    cursor += 1;
    if (!addFields(count)) return 'cut off';
  }
  return { end: cursor, dataSize };
}
