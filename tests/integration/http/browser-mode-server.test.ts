import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserModeServer, type BrowserModeServer } from '../../../src-main/node/http/server';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

let app: TempApp;
let server: BrowserModeServer;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP so tests control Host and Origin exactly (fetch would set them itself). */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...options.headers } },
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

const withToken = (headers: Record<string, string> = {}) => ({ 'x-coach-token': server.token, ...headers });

beforeAll(async () => {
  app = createTempApp();
  const rendererDir = mkdtempSync(join(tmpdir(), 'coach-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Coach Workstation</title>');
  server = await startBrowserModeServer(app, { rendererDir });
});
afterAll(async () => {
  await server.close();
  await app.dispose();
});

describe('browser mode server', () => {
  it('binds to loopback and prints a tokened URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(40);
  });

  it.each(['/', '/index.html', '/assets/app.js', '/api/call/app.info', '/api/batch', '/api/events', '/api/upload', '/no/such/path'])(
    'refuses %s without the token with 401 before routing',
    async (path) => {
      const post = path.startsWith('/api/call') || path === '/api/upload' || path === '/api/batch';
      const reply = await send(path, { method: post ? 'POST' : 'GET' });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    },
  );

  it('refuses a wrong token', async () => {
    expect((await send('/api/call/app.info', { method: 'POST', headers: { 'x-coach-token': 'x'.repeat(43) } })).status).toBe(401);
    expect((await send('/?token=wrong')).status).toBe(401);
  });

  it('turns the printed URL into an HttpOnly, SameSite=Strict cookie and drops the token from the address', async () => {
    const reply = await send(`/?token=${server.token}&view=roster`);
    expect(reply.status).toBe(302);
    expect(reply.headers.location).toBe('/?view=roster');
    const cookie = String(reply.headers['set-cookie']);
    expect(cookie).toContain(`coach_token=${server.token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const page = await send('/', { headers: { cookie: `other=1; coach_token=${server.token}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Coach Workstation');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses a foreign Origin or Host with 403 even with the token', async () => {
    const foreignOrigin = await send('/api/call/app.info', { method: 'POST', headers: withToken({ origin: 'http://evil.example' }) });
    expect(foreignOrigin.status).toBe(403);
    const rebinding = await send('/api/call/app.info', { method: 'POST', headers: withToken({ host: `evil.example:${server.port}` }) });
    expect(rebinding.status).toBe(403);
    const otherPort = await send('/api/call/app.info', { method: 'POST', headers: withToken({ origin: 'http://127.0.0.1:1' }) });
    expect(otherPort.status).toBe(403);
    const sameOrigin = await send('/api/call/app.info', { method: 'POST', headers: withToken({ origin: `http://127.0.0.1:${server.port}` }) });
    expect(sameOrigin.status).toBe(200);
  });

  it('runs calls through the same dispatch as IPC, with field-named validation errors', async () => {
    const created = await send('/api/call/athletes.create', {
      method: 'POST',
      headers: withToken({ 'content-type': 'application/json' }),
      body: JSON.stringify({ name: 'Ben Okafor', sports: ['bike'], thresholds: { ftp: 280 } }),
    });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Ben Okafor', thresholds: { ftp: 280 } } });
    const invalid = await send('/api/call/athletes.create', { method: 'POST', headers: withToken(), body: JSON.stringify({ name: '' }) });
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
        { host: '127.0.0.1', port: server.port, path: '/api/events', headers: withToken({ host: `127.0.0.1:${server.port}` }) },
        (res) => {
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buffer += chunk;
            if (buffer.includes(': connected')) {
              buffer = '';
              void app.handlers['athletes.create']({ name: 'Cleo Park', sports: ['swim'], sex: null, birthYear: null, notes: '', tags: [], thresholds: {} });
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
    expect(JSON.parse(received.slice(6))).toEqual({ type: 'data.changed', scope: 'athletes' });
  });

  it('does not serve files outside the renderer folder', async () => {
    const reply = await send('/..%2f..%2f..%2fetc%2fpasswd', { headers: withToken() });
    expect(reply.body).not.toContain('root:');
  });
});
