import { parentPort } from 'node:worker_threads';
import type { DecodeRequest, DecodeResponse } from './decode-protocol';
import { decodeActivityFile } from './decoders';
import { DecodeError, type DecodeResult } from './decoders/types';

/**
 * Worker-thread entry: decodes one file per message, so parsing never blocks the main process.
 * Sample arrays are transferred, not copied, back to the writer.
 */
if (!parentPort) throw new Error('decode-worker must run in a worker thread');
const port = parentPort;

port.on('message', (request: DecodeRequest) => {
  void decode(request).then(({ response, transfer }) => port.postMessage(response, transfer));
});

async function decode(request: DecodeRequest): Promise<{ response: DecodeResponse; transfer: ArrayBuffer[] }> {
  try {
    const result = await decodeActivityFile(request.name, request.bytes);
    return { response: { taskId: request.taskId, ok: true, result }, transfer: sampleBuffers(result) };
  } catch (error) {
    // A DecodeError already names the problem; anything else is a parser bug on a malformed file.
    const reason =
      error instanceof DecodeError ? error.message : `the decoder failed on this file (${error instanceof Error ? error.message : String(error)})`;
    return { response: { taskId: request.taskId, ok: false, reason }, transfer: [] };
  }
}

function sampleBuffers(result: DecodeResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const activity of result.activities) {
    for (const samples of Object.values(activity.record.streams ?? {})) {
      if (samples && samples.buffer instanceof ArrayBuffer) buffers.add(samples.buffer);
    }
  }
  return [...buffers];
}
