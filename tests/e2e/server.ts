import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallInput, CallOutput, Method, Result } from '../../src-main/common/contract';

export const DEMO_TEMPLATE_DB = join(tmpdir(), 'coach-e2e-demo-template.db');

export interface CoachServer {
  origin: string;
  dbPath: string;
  /** The session cookie the printed launch URL was exchanged for (the URL itself works only once). */
  session: { name: string; value: string };
  /** Calls the API directly (to arrange data), with the session cookie. */
  call<M extends Method>(method: M, input: CallInput<M>): Promise<CallOutput<M>>;
}

/** A `coach serve` as started: its launch URL not yet used. */
export interface LaunchedServer {
  launchUrl: string;
  origin: string;
  dbPath: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Start from a copy of the demo roster made in global setup, instead of an empty database. */
  demo: boolean;
  /**
   * Tests that must own their database (the first run needs it empty) set a name here: a different
   * option value makes Playwright give them a worker, and so a server, of their own.
   */
  isolate?: string;
}

const URL_LINE = /Coach Workstation: (http:\/\/\S+)/;

export async function startServer(options: ServerOptions): Promise<LaunchedServer> {
  const dir = mkdtempSync(join(tmpdir(), 'coach-e2e-'));
  const dbPath = join(dir, 'e2e.db');
  if (options.demo) copyFileSync(DEMO_TEMPLATE_DB, dbPath);
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/coach.mjs', 'serve', '--db', dbPath, '--port', '0', '--no-open'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // Generous: serve rebuilds the UI itself if a source changed after global setup built it.
    const timer = setTimeout(() => reject(new Error(`coach serve printed no URL within 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_LINE.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`coach serve exited (${code}) before printing its URL:\n${output}`));
    });
  });

  async function stop() {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return { launchUrl: url, origin: new URL(url).origin, dbPath, stop };
}

/** Opens the launch URL once, as a browser would, and keeps the session cookie it answers with. */
async function openSession(launched: LaunchedServer): Promise<CoachServer> {
  const response = await fetch(launched.launchUrl, { redirect: 'manual' });
  const cookie = response.headers.getSetCookie()[0];
  if (response.status !== 302 || !cookie)
    throw new Error(`the launch URL answered ${response.status} without a session cookie`);
  const [name, value] = cookie.split(';')[0]!.split('=') as [string, string];
  return {
    origin: launched.origin,
    dbPath: launched.dbPath,
    session: { name, value },
    async call(method, input) {
      const response = await fetch(`${launched.origin}/api/call/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `${name}=${value}` },
        body: JSON.stringify(input ?? {}),
      });
      const result = (await response.json()) as Result<CallOutput<typeof method>>;
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    },
  };
}

/**
 * `server`: one `coach serve` per worker (and per option set), whose launch URL the fixture has used.
 * `app`: a page holding that session's cookie, opened on the app, which fails the test on any console
 * error or uncaught exception.
 */
export const test = base.extend<{ app: Page }, { serverOptions: ServerOptions; server: CoachServer }>({
  serverOptions: [{ demo: false }, { scope: 'worker', option: true }],
  server: [
    async ({ serverOptions }, use) => {
      const launched = await startServer(serverOptions);
      try {
        await use(await openSession(launched));
      } finally {
        await launched.stop();
      }
    },
    { scope: 'worker', timeout: 150_000 },
  ],
  app: async ({ page, server }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.context().addCookies([{ ...server.session, url: server.origin, httpOnly: true, sameSite: 'Strict' }]);
    await page.goto(`${server.origin}/`);
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
});

export { expect };

/** Opens a hash route and waits for its main heading. */
export async function openScreen(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.goto(new URL(hash, page.url()).href);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}
