import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { DecodeRequest, DecodeResponse } from './decode-protocol';
import { decodeActivityFile } from './decoders';
import { isZip } from './decoders/archive';
import { DecodeError } from './decoders/types';
import { describeFsError } from './file-sources';
import { sha256Hex, storeOriginalSync } from './original-store';
import { prepareDecodeResult, transferListOf, type PreparedDecode } from './prepare';

/**
 * Worker-thread entry: one file per message. It reads the file when given its path, hashes it,
 * decodes it, prepares it for the writer (threshold-free metrics, encoded streams) and keeps the
 * original, so that nothing which needs no database runs on the main process. Sample arrays and
 * encoded streams are transferred, not copied, back to the writer. File operations are synchronous:
 * this thread has nothing else to do meanwhile, and libuv's thread-pool hand-offs cost more CPU than
 * the operations themselves.
 */
if (!parentPort) throw new Error('decode-worker must run in a worker thread');
const port = parentPort;

/** The pool posts the next file before this one is done: files are handled strictly one after another. */
let previous: Promise<void> = Promise.resolve();
port.on('message', (request: DecodeRequest) => {
  previous = previous
    .then(() => handle(request))
    .then(({ response, transfer }) => port.postMessage(response, transfer));
});

async function handle(request: DecodeRequest): Promise<{ response: DecodeResponse; transfer: ArrayBuffer[] }> {
  const failure = (reason: string, isArchive?: true) => ({
    response: { taskId: request.taskId, ok: false as const, reason, ...(isArchive && { isArchive }) },
    transfer: [],
  });
  let bytes: Uint8Array;
  if ('path' in request.input) {
    try {
      bytes = ownBytes(readFileSync(request.input.path));
    } catch (error) {
      return failure(`could not be read: ${describeFsError(error)}`);
    }
    if (isZip(bytes)) return failure('zip archive', true);
  } else {
    bytes = request.input.bytes;
  }
  const sha256 = ('sha256' in request.input && request.input.sha256) || sha256Hex(bytes);

  let prepared: PreparedDecode;
  try {
    const evidence = request.input.modifiedMs === undefined ? {} : { fileModifiedMs: request.input.modifiedMs };
    prepared = prepareDecodeResult(await decodeActivityFile(request.name, bytes, evidence));
  } catch (error) {
    // A DecodeError already names the problem; anything else is a parser bug on a malformed file.
    return failure(
      error instanceof DecodeError ? error.message : `the decoder failed on this file (${errorText(error)})`,
    );
  }
  if (request.keepOriginal && prepared.activities.length > 0) {
    try {
      storeOriginalSync(request.keepOriginal.dataDir, sha256, bytes);
      prepared.originalStored = true;
    } catch (error) {
      return failure(`could not be saved: ${describeFsError(error)}`);
    }
  }
  return {
    response: { taskId: request.taskId, ok: true, file: { sha256, byteLength: bytes.byteLength }, result: prepared },
    transfer: transferListOf(prepared),
  };
}

/**
 * A plain Uint8Array over memory of its own. readFileSync returns small files as slices of Node's
 * shared 8 KB buffer pool, and Buffer's slice() is a view, not a copy: a decoder must never see
 * the bytes around a file.
 */
function ownBytes(buffer: Buffer): Uint8Array {
  const whole = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
  return whole ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : new Uint8Array(buffer);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
