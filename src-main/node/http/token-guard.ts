import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'coach_token';
export const TOKEN_HEADER = 'x-coach-token';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export type GuardVerdict =
  | { kind: 'allow' }
  | { kind: 'adopt-token'; cleanUrl: string }
  | { kind: 'deny'; status: 401 | 403; reason: string };

function sameToken(expected: string, candidate: string | undefined): boolean {
  if (!candidate) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(candidate);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * Decides, before any routing, whether a request may reach the app. Host and Origin must name this
 * loopback server (blocks DNS rebinding and cross-site requests: 403); the per-launch token must come
 * as cookie, header or — once, from the printed URL — query parameter (401 otherwise).
 */
export function checkRequest(req: IncomingMessage, token: string, port: number): GuardVerdict {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const host = req.headers.host;
  if (!host || !allowedHosts.has(host.toLowerCase())) {
    return { kind: 'deny', status: 403, reason: `Host ${host ?? '(none)'} is not this server` };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.has(origin.toLowerCase().replace(/^http:\/\//, ''))) {
    return { kind: 'deny', status: 403, reason: `Origin ${origin} is not allowed` };
  }
  if (origin === undefined && req.headers['sec-fetch-site'] === 'cross-site') {
    return { kind: 'deny', status: 403, reason: 'Cross-site request' };
  }
  const url = new URL(req.url ?? '/', `http://${host}`);
  const queryToken = url.searchParams.get('token') ?? undefined;
  if (sameToken(token, queryToken)) {
    url.searchParams.delete('token');
    return { kind: 'adopt-token', cleanUrl: `${url.pathname}${url.search}` };
  }
  const headerToken = req.headers[TOKEN_HEADER];
  if (sameToken(token, typeof headerToken === 'string' ? headerToken : undefined)) return { kind: 'allow' };
  if (sameToken(token, cookieValue(req.headers.cookie, TOKEN_COOKIE))) return { kind: 'allow' };
  return { kind: 'deny', status: 401, reason: 'Missing or wrong token: open the URL Coach Workstation printed' };
}
