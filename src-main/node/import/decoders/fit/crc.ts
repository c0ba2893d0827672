/**
 * The FIT CRC-16 (FIT protocol document, "CRC" section): a nibble-wise table-driven CRC-16 with the
 * polynomial 0xA001 (reflected 0x8005), initial value 0. It protects the 14-byte header (bytes 0–11)
 * and the whole file (header + data); a correct file's CRC over its bytes including the stored CRC is 0.
 *
 * @garmin/fitsdk exports the same CRC (CrcCalculator), but the decode workers do not use it: it runs the
 * nibble steps, measured about twice as slow as the byte table below, and its package entry loads the
 * SDK's 1 MB message profile (0.2–0.3 s on a busy 2-core machine) into every decode worker, which
 * nothing else in decoding needs: FIT files are parsed by fit-file-parser (parse-part.ts).
 */
const NIBBLE_TABLE = [
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401, 0xa001, 0x6c00, 0x7800, 0xb401, 0x5000, 0x9c01,
  0x8801, 0x4400,
];

/** The protocol's two nibble steps for one byte, as the FIT SDK writes them. */
function crcStep(crc: number, byte: number): number {
  let tmp = NIBBLE_TABLE[crc & 0xf]!;
  crc = (crc >> 4) & 0x0fff;
  crc = crc ^ tmp ^ NIBBLE_TABLE[byte & 0xf]!;
  tmp = NIBBLE_TABLE[crc & 0xf]!;
  crc = (crc >> 4) & 0x0fff;
  return crc ^ tmp ^ NIBBLE_TABLE[(byte >> 4) & 0xf]!;
}

/**
 * The same CRC a byte at a time: the two nibble steps are linear in (crc, byte), so one step is
 * crc >> 8 XOR a table entry for the low byte of crc XOR the data byte. Every file's bytes pass
 * through here once (the file CRC is checked before parsing), so it runs at a table lookup per byte.
 */
const BYTE_TABLE = Uint16Array.from({ length: 256 }, (_, i) => crcStep(i, 0));

export function fitCrc16(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let crc = 0;
  for (let i = start; i < end; i++) crc = (crc >>> 8) ^ BYTE_TABLE[(crc ^ bytes[i]!) & 0xff]!;
  return crc;
}
