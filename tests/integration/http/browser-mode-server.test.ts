import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBrowserModeServer, type BrowserModeServer } from '../../../src-main/node/http/server';
import { writeFitActivity } from '../../helpers/fit-writer';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

let app: TempApp;
let rendererDir: string;
let server: BrowserModeServer;
/** The session cookie (name=value) this file's server handed out for its launch URL. */
let session: string;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP so tests control Host and Origin exactly (fetch would set them itself). */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; to?: BrowserModeServer } = {},
): Promise<Reply> {
  const to = options.to ?? server;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: to.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${to.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const launchPath = (of: BrowserModeServer) => new URL(of.url).pathname + new URL(of.url).search;
const cookieOf = (reply: Reply) => String(reply.headers['set-cookie']).split(';')[0]!;
const withToken = (headers: Record<string, string> = {}) => ({ cookie: session, ...headers });

beforeAll(async () => {
  app = createTempApp();
  rendererDir = mkdtempSync(join(tmpdir(), 'coach-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Coach Workstation</title>');
  server = await startBrowserModeServer(app, { rendererDir, maxUploadBytes: 1024 * 1024 });
  session = cookieOf(await send(launchPath(server)));
});
afterAll(async () => {
  await server.close();
  await app.dispose();
});

describe('browser mode server', () => {
  it('binds to loopback and prints a tokened URL', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{43}$`));
  });

  it.each([
    '/',
    '/index.html',
    '/assets/app.js',
    '/api/call/app.info',
    '/api/batch',
    '/api/events',
    '/api/upload',
    '/no/such/path',
  ])('refuses %s without the token with 401 before routing', async (path) => {
    const post = path.startsWith('/api/call') || path === '/api/upload' || path === '/api/batch';
    const reply = await send(path, { method: post ? 'POST' : 'GET' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses a wrong session or token', async () => {
    const [name] = session.split('=');
    expect(
      (await send('/api/call/app.info', { method: 'POST', headers: { cookie: `${name}=${'x'.repeat(43)}` } })).status,
    ).toBe(401);
    expect((await send('/?token=wrong')).status).toBe(401);
  });

  describe('the launch URL', () => {
    let fresh: BrowserModeServer;
    beforeAll(async () => {
      fresh = await startBrowserModeServer(app, { rendererDir });
    });
    afterAll(() => fresh.close());

    it('is exchanged, once, for an HttpOnly, SameSite=Strict session cookie, and the token leaves the address', async () => {
      const token = new URL(fresh.url).searchParams.get('token')!;
      const reply = await send(`/?token=${token}&view=roster`, { to: fresh });
      expect(reply.status).toBe(302);
      expect(reply.headers.location).toBe('/?view=roster');
      const cookie = String(reply.headers['set-cookie']);
      expect(cookie).toMatch(new RegExp(`^coach_session_${fresh.port}=[\\w-]{43};`));
      expect(cookie).not.toContain(token);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      const page = await send('/', { to: fresh, headers: { cookie: `other=1; ${cookieOf(reply)}` } });
      expect(page.status).toBe(200);
      expect(page.body).toContain('Coach Workstation');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");

      // The URL from the browser's history, anywhere without the cookie: spent.
      const replay = await send(`/?token=${token}`, { to: fresh });
      expect(replay.status).toBe(401);
      expect(JSON.parse(replay.body).error.message).toMatch(/already used/);
      expect(replay.headers['set-cookie']).toBeUndefined();
      expect(
        (await send('/api/call/app.info', { to: fresh, method: 'POST', headers: { 'x-coach-token': token } })).status,
      ).toBe(401);
      // The browser holding the cookie may open it again and lands on the app.
      const again = await send(`/?token=${token}`, { to: fresh, headers: { cookie: cookieOf(reply) } });
      expect(again.status).toBe(302);
      expect(again.headers.location).toBe('/');
      expect(again.headers['set-cookie']).toBeUndefined();
    });

    it('names the cookie by port, so two servers keep a session each and never accept the other one', async () => {
      expect(fresh.cookieName).not.toBe(server.cookieName);
      expect(session.startsWith(`${server.cookieName}=`)).toBe(true);
      const [, value] = session.split('=');
      const foreign = await send('/', { to: fresh, headers: { cookie: `${fresh.cookieName}=${value}` } });
      expect(foreign.status).toBe(401);
    });
  });

  it.each(['/%E0%A4%A', '/assets/%ZZ.js', '/api/call/%E0%A4%A'])(
    'answers the malformed percent-encoding in %s with 400, logging nothing',
    async (path) => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const reply = await send(path, { method: path.startsWith('/api/') ? 'POST' : 'GET', headers: withToken() });
        expect(reply.status).toBe(400);
        expect(JSON.parse(reply.body)).toMatchObject({
          ok: false,
          error: { code: 'VALIDATION', message: expect.stringMatching(/percent-encoding/) },
        });
        expect(logged).not.toHaveBeenCalled();
      } finally {
        logged.mockRestore();
      }
    },
  );

  it('decodes an address once: an escaped percent sign is a character, not a second encoding', async () => {
    const reply = await send('/%25E0%25A4%25A', { headers: withToken() });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('Coach Workstation');
  });

  it('refuses a foreign Origin or Host with 403 even with the token', async () => {
    const foreignOrigin = await send('/api/call/app.info', {
      method: 'POST',
      headers: withToken({ origin: 'http://evil.example' }),
    });
    expect(foreignOrigin.status).toBe(403);
    const rebinding = await send('/api/call/app.info', {
      method: 'POST',
      headers: withToken({ host: `evil.example:${server.port}` }),
    });
    expect(rebinding.status).toBe(403);
    const otherPort = await send('/api/call/app.info', {
      method: 'POST',
      headers: withToken({ origin: 'http://127.0.0.1:1' }),
    });
    expect(otherPort.status).toBe(403);
    const sameOrigin = await send('/api/call/app.info', {
      method: 'POST',
      headers: withToken({ origin: `http://127.0.0.1:${server.port}` }),
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('runs calls through the same dispatch as IPC, with field-named validation errors', async () => {
    const created = await send('/api/call/athletes.create', {
      method: 'POST',
      headers: withToken({ 'content-type': 'application/json' }),
      body: JSON.stringify({ name: 'Ben Okafor', sports: ['bike'], thresholds: { ftp: 280 } }),
    });
    expect(JSON.parse(created.body)).toMatchObject({
      ok: true,
      value: { name: 'Ben Okafor', thresholds: { ftp: 280 } },
    });
    const invalid = await send('/api/call/athletes.create', {
      method: 'POST',
      headers: withToken(),
      body: JSON.stringify({ name: '' }),
    });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'name' } });
    const notJson = await send('/api/call/athletes.create', { method: 'POST', headers: withToken(), body: '{oops' });
    expect(notJson.status).toBe(400);
  });

  it('answers a batch of calls one NDJSON line each, each with its own envelope', async () => {
    const reply = await send('/api/batch', {
      method: 'POST',
      headers: withToken({ 'content-type': 'application/json' }),
      body: JSON.stringify([
        { method: 'athletes.create', input: { name: 'Dana Lee', sports: ['run'], thresholds: { lthr: 170 } } },
        { method: 'app.info', input: {} },
        { method: 'athletes.create', input: { name: '' } },
        { method: 'no.such.call', input: {} },
      ]),
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toContain('application/x-ndjson');
    const lines = reply.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { index: number; result: { ok: boolean } })
      .sort((a, b) => a.index - b.index);
    expect(lines.map((l) => l.index)).toEqual([0, 1, 2, 3]);
    expect(lines[0]!.result).toMatchObject({ ok: true, value: { name: 'Dana Lee' } });
    expect(lines[1]!.result).toMatchObject({ ok: true, value: { version: expect.any(String) } });
    expect(lines[2]!.result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'name' } });
    expect(lines[3]!.result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it.each([
    ['not JSON', '[{oops'],
    ['not a list', JSON.stringify({ method: 'app.info' })],
    ['an empty list', '[]'],
    ['a call without a method', JSON.stringify([{ input: {} }])],
    ['too many calls', JSON.stringify(Array.from({ length: 65 }, () => ({ method: 'app.info', input: {} })))],
  ])('refuses a batch that is %s with 400', async (_, body) => {
    const reply = await send('/api/batch', { method: 'POST', headers: withToken(), body });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('pushes data-changed events to server-sent-event clients', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/events',
          headers: withToken({ host: `127.0.0.1:${server.port}` }),
        },
        (res) => {
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buffer += chunk;
            if (buffer.includes(': connected')) {
              buffer = '';
              void app.handlers['athletes.create']({
                name: 'Cleo Park',
                sports: ['swim'],
                sex: null,
                birthYear: null,
                notes: '',
                tags: [],
                thresholds: {},
              });
            }
            const frame = buffer.split('\n').find((line) => line.startsWith('data: '));
            if (frame) {
              req.destroy();
              resolve(frame);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    const cleo = (await app.handlers['athletes.list']({})).find((a) => a.name === 'Cleo Park');
    expect(JSON.parse(received.slice(6))).toEqual({ type: 'data.changed', scope: 'athletes', athleteId: cleo!.id });
  });

  it('does not serve files outside the renderer folder', async () => {
    const reply = await send('/..%2f..%2f..%2fetc%2fpasswd', { headers: withToken() });
    expect(reply.body).not.toContain('root:');
  });

  describe('uploads', () => {
    /** A multipart body as a browser's FormData sends it. */
    async function multipart(parts: [string, string | { name: string; bytes: Uint8Array }][]) {
      const form = new FormData();
      for (const [field, value] of parts) {
        if (typeof value === 'string') form.append(field, value);
        else form.append(field, new Blob([Buffer.from(value.bytes)]), value.name);
      }
      const response = new Response(form);
      return { body: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type')! };
    }

    async function upload(parts: Parameters<typeof multipart>[0]) {
      const { body, type } = await multipart(parts);
      return send('/api/upload', { method: 'POST', headers: withToken({ 'content-type': type }), body });
    }

    const uploadFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('coach-upload-'));

    it('imports the uploaded files under the names they were sent with, for the athlete named', async () => {
      const athlete = await app.handlers['athletes.create']({
        name: 'Uma Vance',
        sports: ['bike'],
        sex: null,
        birthYear: null,
        notes: '',
        tags: [],
        thresholds: { ftp: 250 },
      });
      const before = uploadFolders();
      const reply = await upload([
        ['athleteId', String(athlete.id)],
        [
          'file',
          { name: 'Morning "ride" é.fit', bytes: writeFitActivity({ sport: 'bike', durationSeconds: 600, seed: 3 }) },
        ],
        ['file', { name: 'run.fit', bytes: writeFitActivity({ sport: 'run', durationSeconds: 900, seed: 4 }) }],
      ]);
      const result = JSON.parse(reply.body);
      expect(reply.status, reply.body).toBe(200);
      expect(result).toMatchObject({ ok: true, value: { summary: { imported: 2 } } });
      expect(result.value.files.map((f: { path: string }) => f.path)).toEqual(['Morning "ride" é.fit', 'run.fit']);
      const stored = await app.handlers['activities.list']({ athleteId: athlete.id });
      expect(stored).toHaveLength(2);
      expect(uploadFolders()).toEqual(before);
    });

    it('answers a bad athlete or no file with a field-named validation error', async () => {
      const ride = { name: 'r.fit', bytes: writeFitActivity({ seed: 9, durationSeconds: 60 }) };
      expect(
        JSON.parse(
          (
            await upload([
              ['athleteId', 'abc'],
              ['file', ride],
            ])
          ).body,
        ),
      ).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'athleteId' } });
      expect(JSON.parse((await upload([['athleteId', '1']])).body)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field: 'files' },
      });
    });

    it('refuses a body that is not multipart, or ends before its closing boundary, with 400', async () => {
      const notMultipart = await send('/api/upload', {
        method: 'POST',
        headers: withToken({ 'content-type': 'application/json' }),
        body: '{}',
      });
      expect(notMultipart.status).toBe(400);
      const { body, type } = await multipart([
        ['file', { name: 'r.fit', bytes: writeFitActivity({ seed: 5, durationSeconds: 60 }) }],
      ]);
      const cut = await send('/api/upload', {
        method: 'POST',
        headers: withToken({ 'content-type': type }),
        body: body.subarray(0, body.length - 20),
      });
      expect(cut.status).toBe(400);
      expect(JSON.parse(cut.body).error.message).toMatch(/closing multipart boundary/);
    });

    it('answers a body declared over the limit with 413 before it is sent', async () => {
      const reply = await new Promise<Reply>((resolve, reject) => {
        const req = httpRequest({
          host: '127.0.0.1',
          port: server.port,
          path: '/api/upload',
          method: 'POST',
          headers: withToken({
            host: `127.0.0.1:${server.port}`,
            'content-type': 'multipart/form-data; boundary=x',
            'content-length': String(300 * 1024 * 1024),
          }),
        });
        req.on('response', (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
          });
        });
        req.on('error', reject);
        req.flushHeaders(); // headers only: not one byte of the body
      });
      expect(reply.status).toBe(413);
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/^Request body over 1 MB/) },
      });
    });

    it('tells a client that asks first (Expect: 100-continue) that its body is too large, without a go-ahead', async () => {
      const outcome = await new Promise<{ status: number; continued: boolean }>((resolve, reject) => {
        let continued = false;
        const req = httpRequest({
          host: '127.0.0.1',
          port: server.port,
          path: '/api/upload',
          method: 'POST',
          headers: withToken({
            host: `127.0.0.1:${server.port}`,
            expect: '100-continue',
            'content-type': 'multipart/form-data; boundary=x',
            'content-length': String(2 * 1024 * 1024),
          }),
        });
        req.on('continue', () => (continued = true));
        req.on('response', (res) => {
          res.resume();
          req.destroy();
          resolve({ status: res.statusCode ?? 0, continued });
        });
        req.on('error', reject);
        req.flushHeaders();
      });
      expect(outcome).toEqual({ status: 413, continued: false });
    });

    it('stops reading a streamed body at the limit and answers 413, not a reset connection', async () => {
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const outcome = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
        let sent = 0;
        let answered = false;
        const req = httpRequest({
          host: '127.0.0.1',
          port: server.port,
          path: '/api/upload',
          method: 'POST',
          headers: withToken({ host: `127.0.0.1:${server.port}`, 'content-type': 'multipart/form-data; boundary=x' }),
        });
        req.on('response', (res) => {
          answered = true;
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, body, sent });
          });
        });
        req.on('error', (error) => (answered ? undefined : reject(error)));
        req.write('--x\r\nContent-Disposition: form-data; name="file"; filename="huge.fit"\r\n\r\n');
        // One chunk at a time, as a browser streams a file; never more than 16 MB, so a server that never
        // answers fails the test instead of hanging it.
        const pump = () => {
          if (answered || sent >= 16 * 1024 * 1024) return;
          sent += chunk.length;
          req.write(chunk, () => setImmediate(pump));
        };
        pump();
      });
      expect(outcome.status).toBe(413);
      expect(JSON.parse(outcome.body).error.message).toMatch(/^Request body over 1 MB/);
      expect(outcome.sent).toBeLessThan(16 * 1024 * 1024);
    });
  });
});
