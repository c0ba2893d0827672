import { writeFile } from 'node:fs/promises';
import { crc32, createDeflateRaw, createGzip } from 'node:zlib';
import type { Transform } from 'node:stream';

/**
 * Decompression bombs for tests, made in a few seconds and about a megabyte each on disk: a gigabyte
 * of zeros deflates about a thousand to one. Written into the test's temp folder, never committed.
 */
const MB = 1024 * 1024;
const ZEROS = Buffer.alloc(MB);

/** A .zip holding one deflated entry named `entryName` that inflates to `expandedMb` megabytes of zeros. */
export async function writeZipBomb(path: string, entryName: string, expandedMb: number): Promise<void> {
  await writeZipOfZeros(path, [{ name: entryName, expandedMb }]);
}

/** A .zip whose deflated entries each inflate to their number of megabytes of zeros. */
export async function writeZipOfZeros(path: string, entries: { name: string; expandedMb: number }[]): Promise<void> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = await compressZeros(createDeflateRaw({ level: 1 }), entry.expandedMb);
    let crc = 0;
    for (let mb = 0; mb < entry.expandedMb; mb++) crc = crc32(ZEROS, crc);
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.expandedMb * MB;
    // APPNOTE 4.3.7 local header and 4.3.12 central directory header.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  // APPNOTE 4.3.16 end of central directory.
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  await writeFile(path, Buffer.concat([...locals, directory, end]));
}

/** A .gz file that gunzips to `expandedMb` megabytes of zeros. */
export async function writeGzipBomb(path: string, expandedMb: number): Promise<void> {
  await writeFile(path, await compressZeros(createGzip({ level: 1 }), expandedMb));
}

async function compressZeros(stream: Transform, megabytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => stream.on('end', resolve).on('error', reject));
  for (let mb = 0; mb < megabytes; mb++) {
    if (!stream.write(ZEROS)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await done;
  return Buffer.concat(chunks);
}
