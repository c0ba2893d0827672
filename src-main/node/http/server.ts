import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { PushEvent, Result } from '../../common/contract';
import { dispatch } from '../api/dispatch';
import type { CoachApp } from '../app';
import { HttpError, readBody } from './request-body';
import { serveStatic } from './static-files';
import { LaunchSession } from './token-guard';
import { receiveUpload } from './upload-route';

const MAX_JSON_BYTES = 5 * 1024 * 1024;
const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
const MAX_BATCH_CALLS = 64;

/** A batch of calls, answered one NDJSON line each (see /api/batch below). */
const batchSchema = z
  .array(z.object({ method: z.string(), input: z.unknown() }))
  .min(1)
  .max(MAX_BATCH_CALLS);

/** Same policy as the Electron window (see src-renderer/index.html). */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export interface BrowserModeServer {
  /** The launch URL to print: its token works once (see LaunchSession). */
  url: string;
  port: number;
  /** The session cookie's name, which carries the port. */
  cookieName: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  port?: number;
  rendererDir: string;
  /** The largest upload body accepted (512 MB unless said). */
  maxUploadBytes?: number;
}

/** A path's percent-decoding; a malformed one (`/%E0%A4%A`) is the client's mistake, not a server error. */
function decodePath(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new HttpError(400, `Malformed percent-encoding in the address ${encoded.slice(0, 200)}`);
  }
}

/** The request's URL, or a 400 for a request line no URL parser accepts. */
function requestUrl(req: IncomingMessage): URL {
  try {
    return new URL(req.url ?? '/', 'http://127.0.0.1');
  } catch {
    throw new HttpError(400, 'Malformed request address');
  }
}

function parseJson(raw: Buffer): unknown {
  try {
    return raw.length === 0 ? undefined : JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, message: string): void {
  const code =
    status === 401
      ? 'UNAUTHORIZED'
      : status === 403
        ? 'FORBIDDEN'
        : status === 404
          ? 'NOT_FOUND'
          : status >= 500
            ? 'INTERNAL'
            : 'VALIDATION';
  sendJson(res, status, { ok: false, error: { code, message } } satisfies Result<never>);
}

/**
 * Browser mode: the same handlers as the Electron IPC transport, over HTTP on 127.0.0.1 only.
 *   POST /api/call/<method>  JSON input → result envelope
 *   POST /api/batch          [{method, input}, …] → one `{"index", "result"}` line per call (NDJSON), each
 *                            written as soon as it is answered, in the order given. A browser opens at most
 *                            six connections to a server and the push events hold one, so a screen that
 *                            asks for a dozen things at once would otherwise wait for them in turns.
 *   POST /api/upload         multipart form with files (and optional athleteId) → import report envelope
 *   GET  /api/events         server-sent push events
 *   anything else            the built renderer
 */
export async function startBrowserModeServer(app: CoachApp, options: ServeOptions): Promise<BrowserModeServer> {
  const maxUploadBytes = options.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  const sseClients = new Set<ServerResponse>();
  const unsubscribe = app.ctx.events.subscribe((event: PushEvent) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of sseClients) client.write(frame);
  });

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname.startsWith('/api/call/')) {
      if (req.method !== 'POST') throw new HttpError(405, 'Use POST for API calls');
      const method = decodePath(url.pathname.slice('/api/call/'.length));
      const input = parseJson(await readBody(req, MAX_JSON_BYTES));
      sendJson(res, 200, await dispatch(app.handlers, method, input));
      return;
    }
    if (url.pathname === '/api/batch') {
      if (req.method !== 'POST') throw new HttpError(405, 'Use POST for API calls');
      const calls = batchSchema.safeParse(parseJson(await readBody(req, MAX_JSON_BYTES)));
      if (!calls.success)
        throw new HttpError(400, `A batch is a list of 1–${MAX_BATCH_CALLS} {"method", "input"} calls`);
      res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
      // One after another in the order given, each line written as soon as its call is answered: a
      // screen's calls come in the order its parts mount, so what the chart at the top needs arrives
      // first. A batch holds only the calls made in one task (see batched-calls.ts), as a page makes
      // its queries when it mounts; a long operation a click starts normally goes alone.
      for (const [index, call] of calls.data.entries()) {
        if (res.destroyed) return; // the page went away: the rest is for nobody
        res.write(`${JSON.stringify({ index, result: await dispatch(app.handlers, call.method, call.input) })}\n`);
      }
      res.end();
      return;
    }
    if (url.pathname === '/api/upload') {
      if (req.method !== 'POST') throw new HttpError(405, 'Use POST to upload files');
      sendJson(res, 200, await receiveUpload(app, req, maxUploadBytes));
      return;
    }
    if (url.pathname === '/api/events') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      sseClients.add(res);
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
      req.on('close', () => {
        clearInterval(heartbeat);
        sseClients.delete(res);
      });
      return;
    }
    if (url.pathname.startsWith('/api/')) throw new HttpError(404, `No API route ${url.pathname}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Method not allowed');
    serveStatic(options.rendererDir, decodePath(url.pathname), res);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const url = requestUrl(req);
    const verdict = session.check(req, url);
    if (verdict.kind === 'deny') {
      sendError(res, verdict.status, verdict.reason);
      return;
    }
    if (verdict.kind === 'redirect') {
      res.writeHead(302, { location: verdict.cleanUrl, ...(verdict.setCookie && { 'set-cookie': verdict.setCookie }) });
      res.end();
      return;
    }
    await route(req, res, url);
  }

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.end();
        return;
      }
      if (error instanceof HttpError) sendError(res, error.status, error.message);
      else {
        console.error('browser mode request failed', error);
        sendError(res, 500, 'Internal error');
      }
    });
  };
  const server: Server = createServer(onRequest);
  // A client that asks first (Expect: 100-continue, as curl does for large bodies) hears "too large"
  // before sending anything; any other request is told to go on.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers['content-length']);
    if (!(Number.isFinite(declared) && declared > maxUploadBytes)) res.writeContinue();
    onRequest(req, res);
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  // Requests reach `handle` only from here on: the session needs the port the system chose.
  const session = new LaunchSession(port);

  return {
    url: session.launchUrl,
    port,
    cookieName: session.cookieName,
    async close() {
      unsubscribe();
      for (const client of sseClients) client.end();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
