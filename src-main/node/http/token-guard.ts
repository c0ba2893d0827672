import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export type GuardVerdict =
  | { kind: 'allow' }
  /** Send the browser on to `cleanUrl`, setting `setCookie` first when there is one. */
  | { kind: 'redirect'; cleanUrl: string; setCookie?: string }
  | { kind: 'deny'; status: 401 | 403; reason: string };

function sameToken(expected: string | null, candidate: string | null | undefined): boolean {
  if (!expected || !candidate) return false;
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
 * Who may use this server. The printed launch URL carries a token that works once: the first request
 * with it gets a session cookie (a second random value) and from then on the token is spent, so the
 * tokened URL left in the browser's history, a shell's scrollback or a screenshot opens nothing.
 * Cookies ignore ports, so the cookie's name carries the server's port: two servers on one machine
 * keep a cookie each instead of overwriting one.
 */
export class LaunchSession {
  readonly launchToken = newToken();
  private sessionToken: string | null = null;
  private spent = false;

  constructor(readonly port: number) {}

  get cookieName(): string {
    return `coach_session_${this.port}`;
  }

  get launchUrl(): string {
    return `http://127.0.0.1:${this.port}/?token=${this.launchToken}`;
  }

  /**
   * Decides, before any routing, whether a request may reach the app. Host and Origin must name this
   * loopback server (blocks DNS rebinding and cross-site requests: 403); then it needs the session
   * cookie, or the launch token the first time (401 otherwise).
   */
  check(req: IncomingMessage, url: URL): GuardVerdict {
    const allowedHosts = new Set([`127.0.0.1:${this.port}`, `localhost:${this.port}`]);
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
    const hasSession = sameToken(this.sessionToken, cookieValue(req.headers.cookie, this.cookieName));
    const queryToken = url.searchParams.get('token');
    if (sameToken(this.launchToken, queryToken)) {
      url.searchParams.delete('token');
      const cleanUrl = `${url.pathname}${url.search}`;
      // The same browser opening the launch URL again (its history, a reload before the redirect) just goes on.
      if (hasSession) return { kind: 'redirect', cleanUrl };
      if (!this.spent) {
        this.spent = true;
        this.sessionToken = newToken();
        return {
          kind: 'redirect',
          cleanUrl,
          setCookie: `${this.cookieName}=${this.sessionToken}; HttpOnly; SameSite=Strict; Path=/`,
        };
      }
      return {
        kind: 'deny',
        status: 401,
        reason:
          'This launch link was already used: it works once. Open Coach Workstation in the browser that used it, or restart coach serve for a new link',
      };
    }
    if (hasSession) return { kind: 'allow' };
    return { kind: 'deny', status: 401, reason: 'Missing or wrong session: open the URL Coach Workstation printed' };
  }
}
