import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Result } from '../../src-main/common/contract';
import { repoRoot } from '../../src-main/node/repo-root';

export interface ApiServerProcess {
  child: ChildProcess;
  /** Calls the API; resolves with the envelope, so a caller can count failures rather than throw. */
  call(method: string, input?: unknown): Promise<Result<unknown>>;
  stop(): Promise<void>;
}

/** Starts tests/helpers/api-server-process.ts on `dbPath` and waits until it listens. */
export async function startApiServerProcess(dbPath: string): Promise<ApiServerProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'tests', 'helpers', 'api-server-process.ts'), dbPath],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const { url } = await new Promise<{ url: string }>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{'));
      if (line && output.includes('}\n')) resolve(JSON.parse(line) as { url: string });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the API server exited (${code}) before listening:\n${output}`)));
  });
  // The launch URL works once: it is exchanged for the session cookie every call then carries.
  const launch = await fetch(url, { redirect: 'manual' });
  const session = launch.headers.getSetCookie()[0]?.split(';')[0];
  if (!session) throw new Error(`the launch URL answered ${launch.status} without a session cookie`);
  const origin = new URL(url).origin;
  return {
    child,
    async call(method, input) {
      const response = await fetch(`${origin}/api/call/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: session },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
