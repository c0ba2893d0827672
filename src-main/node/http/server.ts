import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { PushEvent, Result } from '../../common/contract';
import { dispatch } from '../api/dispatch';
import type { CoachApp } from '../app';
import { serveStatic } from './static-files';
import { checkRequest, newToken, TOKEN_COOKIE } from './token-guard';

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
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  port?: number;
  rendererDir: string;
  token?: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `Request body over ${Math.round(limit / 1048576)} MB`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
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
    status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : status >= 500 ? 'INTERNAL' : 'VALIDATION';
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
  const token = options.token ?? newToken();
  let port = 0;
  const sseClients = new Set<ServerResponse>();
  const unsubscribe = app.ctx.events.subscribe((event: PushEvent) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of sseClients) client.write(frame);
  });

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname.startsWith('/api/call/')) {
      if (req.method !== 'POST') throw new HttpError(405, 'Use POST for API calls');
      const method = decodeURIComponent(url.pathname.slice('/api/call/'.length));
      const input = parseJson(await readBody(req, MAX_JSON_BYTES));
      sendJson(res, 200, await dispatch(app.handlers, method, input));
      return;
    }
    if (url.pathname === '/api/batch') {
      if (req.method !== 'POST') throw new HttpError(405, 'Use POST for API calls');
      const calls = batchSchema.safeParse(parseJson(await readBody(req, MAX_JSON_BYTES)));
      if (!calls.success) throw new HttpError(400, `A batch is a list of 1–${MAX_BATCH_CALLS} {"method", "input"} calls`);
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
      const body = await readBody(req, MAX_UPLOAD_BYTES);
      const form = await new Request('http://upload.local/', {
        method: 'POST',
        headers: { 'content-type': req.headers['content-type'] ?? '' },
        body: new Uint8Array(body),
      })
        .formData()
        .catch(() => {
          throw new HttpError(400, 'Upload must be multipart/form-data with one or more "file" fields');
        });
      const files: { name: string; data: Uint8Array }[] = [];
      for (const entry of form.getAll('file')) {
        if (typeof entry === 'string') continue;
        files.push({ name: entry.name, data: new Uint8Array(await entry.arrayBuffer()) });
      }
      const athleteField = form.get('athleteId');
      const input = { files, ...(typeof athleteField === 'string' && athleteField !== '' && { athleteId: Number(athleteField) }) };
      sendJson(res, 200, await dispatch(app.handlers, 'imports.upload', input));
      return;
    }
    if (url.pathname === '/api/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
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
    serveStatic(options.rendererDir, url.pathname, res);
  }

  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const verdict = checkRequest(req, token, port);
    if (verdict.kind === 'deny') {
      sendError(res, verdict.status, verdict.reason);
      return;
    }
    if (verdict.kind === 'adopt-token') {
      res.writeHead(302, {
        'set-cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        location: verdict.cleanUrl,
      });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    route(req, res, url).catch((error: unknown) => {
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
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    async close() {
      unsubscribe();
      for (const client of sseClients) client.end();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
