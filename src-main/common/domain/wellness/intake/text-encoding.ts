/**
 * A CSV file's text. Apps export UTF-8, but a file saved again from Excel on Windows is Windows-1252:
 * read as UTF-8 its accented notes ("Spätabends") would turn into replacement characters, so bytes
 * that are not valid UTF-8 are read as Windows-1252 instead. Windows' "Unicode text" exports are
 * UTF-16, told by their byte-order mark or, without one, by the zero high bytes of their ASCII.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return decodeUtf16(utf16.body, utf16.littleEndian);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** How many leading bytes are sampled to recognise UTF-16 without a byte-order mark. */
const SNIFF_BYTES = 1024;

function utf16ByteOrder(bytes: Uint8Array): { body: Uint8Array; littleEndian: boolean } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { body: bytes.subarray(2), littleEndian: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { body: bytes.subarray(2), littleEndian: false };
  // A CSV header is ASCII: in UTF-16 every other byte of it is zero, which no UTF-8 or Windows-1252 text has.
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs === 0) return null;
  let zeroLow = 0;
  let zeroHigh = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0 && bytes[2 * i + 1] !== 0) zeroLow++;
    if (bytes[2 * i + 1] === 0 && bytes[2 * i] !== 0) zeroHigh++;
  }
  // The other way round stays rare: only a character like U+0100 ('Ā') has a zero low byte.
  if (zeroHigh > pairs / 2 && zeroLow < pairs / 10) return { body: bytes, littleEndian: true };
  if (zeroLow > pairs / 2 && zeroHigh < pairs / 10) return { body: bytes, littleEndian: false };
  return null;
}

/**
 * UTF-16 code units as they are. TextDecoder would turn a lone surrogate into U+FFFD without a word;
 * kept, it reaches the import's text check, which refuses the file and says where it is.
 */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const units = new Array<number>(4096);
  for (let at = 0; at + 1 < bytes.length;) {
    let count = 0;
    for (; count < units.length && at + 1 < bytes.length; at += 2) units[count++] = view.getUint16(at, littleEndian);
    parts.push(String.fromCharCode(...units.slice(0, count)));
  }
  return parts.join('');
}
