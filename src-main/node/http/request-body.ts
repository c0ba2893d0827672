import type { IncomingMessage } from 'node:http';
import { formatNumber } from '../../common/format';

/** A request the server refuses with this status and message (the route's error envelope carries it). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function tooLarge(limit: number): HttpError {
  return new HttpError(
    413,
    `Request body over ${formatNumber(limit / 1048576, 0)} MB: send fewer or smaller files at a time`,
  );
}

/** Refuses, before reading a byte of it, a body whose declared length is over the limit. */
export function checkDeclaredLength(req: IncomingMessage, limit: number): void {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
}

/**
 * Hands the request body to `onChunk` one chunk at a time, as it arrives; a chunk's promise pauses the
 * socket until it settles (a slow disk slows the client rather than filling memory). Past `limit`, or
 * when `onChunk` fails, it stops with that error and reads the rest of the body only to drop it: the
 * client then gets the error response instead of a reset connection.
 */
export function consumeBody(
  req: IncomingMessage,
  limit: number,
  onChunk: (chunk: Buffer) => void | Promise<void>,
): Promise<void> {
  checkDeclaredLength(req, limit);
  return new Promise((resolve, reject) => {
    let size = 0;
    let stopped = false;
    let ended = false;
    // The chunk being handled: 'end' may come while it still is (a paused stream still ends).
    let inFlight: Promise<void> = Promise.resolve();
    const stop = (error: unknown) => {
      if (stopped) return;
      stopped = true;
      req.off('data', onData);
      req.resume();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return stop(tooLarge(limit));
      let pending: void | Promise<void>;
      try {
        pending = onChunk(chunk);
      } catch (error) {
        return stop(error);
      }
      if (!pending) return;
      req.pause();
      inFlight = pending.then(() => {
        if (!stopped) req.resume();
      }, stop);
    };
    req.on('data', onData);
    req.once('end', () => {
      ended = true;
      void inFlight.then(() => {
        if (stopped) return;
        stopped = true;
        resolve();
      });
    });
    // The client went away mid-body: nobody will read an answer, but the route must not wait forever.
    req.once('close', () => {
      if (!ended) stop(new HttpError(400, 'The request body ended early (the connection closed)'));
    });
  });
}

/** The whole body in memory, for the small JSON bodies of API calls. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await consumeBody(req, limit, (chunk) => void chunks.push(chunk));
  return Buffer.concat(chunks);
}
