import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createCoachApp, startBackgroundServices } from '../../app';
import { startBrowserModeServer } from '../../http/server';
import { resolveDbPath } from '../../paths';
import { repoRoot } from '../../repo-root';
import { loadDemoRoster } from '../../services/demo';
import { listAthletes } from '../../services/athletes';
import type { CliIo } from '../command';
import { numberOption, parseOptions } from '../options';
import { UsageError } from '../usage-error';
import { formatNumber } from '../../../common/format';

/**
 * The UI is built at install (`npm ci`) and by `npm run build`; when a UI source changed since, it is
 * rebuilt here first (scripts/build-prebuilt.mjs says so on stderr), so `coach serve` never shows a stale screen.
 */
function ensureRendererBuilt(): string {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build-prebuilt.mjs'), 'ui'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('building the UI failed (npm run build shows why)');
  return join(repoRoot, 'out', 'renderer');
}

function openInBrowser(url: string): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  spawn(opener, [url], { stdio: 'ignore', detached: true })
    .on('error', () => undefined)
    .unref();
}

/** Browser mode: runs until interrupted (Ctrl+C), then closes the server and the database cleanly. */
export async function runServe(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    db: { type: 'string' },
    port: { type: 'string' },
    demo: { type: 'boolean' },
    'no-open': { type: 'boolean' },
    json: { type: 'boolean' },
    seed: { type: 'string' },
  });
  const port = numberOption(values.port, 'port');
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
    throw new UsageError('--port must be 0–65535');
  const rendererDir = ensureRendererBuilt();
  const app = createCoachApp(resolveDbPath(values.db), { startupCheck: 'every-start' });
  for (const notice of app.notices) io.stderr(notice);
  if (values.demo && (await listAthletes(app.ctx, true)).length === 0) {
    const summary = await loadDemoRoster(app.ctx, { seed: numberOption(values.seed, 'seed') });
    io.stderr(
      `Demo roster loaded: ${summary.athletes} athletes, ${summary.activities} activities in ${formatNumber(summary.seconds, 1)} s`,
    );
  }
  const server = await startBrowserModeServer(app, { port: port ?? 0, rendererDir });
  startBackgroundServices(app, (message, error) =>
    io.stderr(`${message}: ${(error as Error).message ?? String(error)}`),
  );
  io.stdout(
    values.json
      ? JSON.stringify({ url: server.url, port: server.port, db: app.ctx.dbPath })
      : `Coach Workstation: ${server.url}`,
  );
  if (!values['no-open']) openInBrowser(server.url);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await app.close();
  return 0;
}
