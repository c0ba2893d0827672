/**
 * `npm run soak [-- --minutes N] [-- --files N]` (or SOAK_MINUTES): N minutes (default 2) of one
 * database shared by several processes on this machine (loopback only), while processes are killed
 * and restarted at random:
 *  - two `coach import` loops, each importing a random twelfth of the files again and again;
 *  - the browser-mode API server (tests/helpers/api-server-process.ts), importing through
 *    imports.importPaths too, and answering (from two callers) roster, activity and note calls, wellness CSV imports and
 *    plan exports;
 *  - every 10–20 s one of those processes is killed (SIGKILL) and started again.
 * Afterwards one last clean import of every file, then the checks: integrity_check "ok", every file
 * imported exactly once (one import_files row and one activity each), its original kept, no
 * `.partial` file left in the data folder. Prints its figures; exits 1 when a check fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { formatNumber } from '../src-main/common/format';
import { createCoachApp } from '../src-main/node/app';
import { originalPath } from '../src-main/node/import/original-store';
import { dataDirFor } from '../src-main/node/paths';
import { repoRoot } from '../src-main/node/repo-root';
import { createAthlete } from '../src-main/node/services/athletes';
import { startApiServerProcess, type ApiServerProcess } from '../tests/helpers/api-server';
import { writeFitActivity } from '../tests/helpers/fit-writer';

const { values } = parseArgs({
  options: { minutes: { type: 'string' }, files: { type: 'string' }, keep: { type: 'boolean' } },
});
const minutes = Number(values.minutes ?? process.env.SOAK_MINUTES ?? 2);
const fileCount = Number(values.files ?? 300);
if (!(minutes > 0) || !(fileCount > 0)) throw new Error('--minutes and --files must be positive numbers');
const FOLDERS = 12;

const dir = mkdtempSync(join(tmpdir(), 'coach-soak-'));
const dbPath = join(dir, 'soak.db');
const figures = {
  cliImportsStarted: 0,
  cliImportsCompleted: 0,
  cliImportsKilled: 0,
  cliImportsFailed: 0,
  serverStarts: 0,
  serverKills: 0,
  apiCalls: 0,
  apiCallsLostToKill: 0,
  wellnessImports: 0,
  exports: 0,
  serverImports: 0,
};
const errors = new Map<string, number>();
const noteError = (text: string) => errors.set(text, (errors.get(text) ?? 0) + 1);

// --- Set-up: the files, spread over folders that the importers pick at random (so they overlap).
const folders = Array.from({ length: FOLDERS }, (_, i) => join(dir, 'files', `part-${i}`));
for (const folder of folders) mkdirSync(folder, { recursive: true });
const hashes = new Set<string>();
for (let i = 0; i < fileCount; i++) {
  const start = new Date(Date.UTC(2025, 0, 1, 6) + i * 86_400_000);
  const bytes = writeFitActivity({ sport: i % 2 ? 'run' : 'bike', durationSeconds: 600, start, seed: i + 1 });
  hashes.add(createHash('sha256').update(bytes).digest('hex'));
  writeFileSync(join(folders[i % FOLDERS]!, `activity-${i}.fit`), bytes);
}
const setup = createCoachApp(dbPath);
const athleteId = (await createAthlete(setup.ctx, { name: 'Soak Test', sports: ['run', 'bike'] })).id;
await setup.close();

const started = Date.now();
const deadline = started + minutes * 60_000;
const running = () => Date.now() < deadline;
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// --- The CLI importers.
const cliChildren = new Set<ChildProcess>();
function cliImport(paths: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'bin', 'coach.mjs'), 'import', ...paths, '--athlete', String(athleteId), '--db', dbPath, '--json'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  cliChildren.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      cliChildren.delete(child);
      if (code === 1 && stdout) {
        const report = JSON.parse(stdout) as { files: { status: string; reason: string }[] };
        for (const f of report.files) if (f.status === 'failed') noteError(`cli import: ${f.reason}`);
      }
      resolve({ code, signal, stderr });
    }),
  );
}

async function cliLoop(): Promise<void> {
  while (running()) {
    figures.cliImportsStarted++;
    const { code, signal, stderr } = await cliImport([pick(folders)]);
    if (signal === 'SIGKILL') figures.cliImportsKilled++;
    else if (code === 0) figures.cliImportsCompleted++;
    else {
      figures.cliImportsFailed++;
      if (stderr.trim()) noteError(`cli import: ${stderr.trim().split('\n').at(-1)}`);
    }
  }
}

// --- The server and its callers.
let server: ApiServerProcess | null = null;
let serverStarting: Promise<void> | null = null;
function ensureServer(): Promise<void> {
  if (server) return Promise.resolve();
  serverStarting ??= startApiServerProcess(dbPath)
    .then((s) => {
      server = s;
      figures.serverStarts++;
      s.child.once('exit', () => {
        if (server === s) server = null;
      });
    })
    .finally(() => (serverStarting = null));
  return serverStarting;
}

let planId: number | null = null;
async function apiCall(method: string, input?: unknown): Promise<unknown> {
  try {
    await ensureServer();
  } catch (error) {
    noteError(`server start: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  figures.apiCalls++;
  try {
    const result = await server!.call(method, input);
    if (!result.ok) {
      noteError(`${method}: ${result.error.code}: ${result.error.message}`);
      return undefined;
    }
    return result.value;
  } catch {
    figures.apiCallsLostToKill++; // the connection went with the process
    return undefined;
  }
}

function wellnessCsv(): string {
  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(Math.random() * fileCount) * 86_400_000);
  const lines = ['date,hrv_rmssd,resting_hr,sleep_hours'];
  for (let i = 0; i < 7; i++) {
    const date = new Date(day.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    lines.push(
      `${date},${40 + Math.round(Math.random() * 40)},${45 + Math.round(Math.random() * 10)},${(6 + Math.random() * 3).toFixed(1)}`,
    );
  }
  return lines.join('\n');
}

async function apiLoop(): Promise<void> {
  let n = 0;
  while (running()) {
    n++;
    await apiCall('analytics.roster');
    await apiCall('activities.list', { athleteId });
    await apiCall('notes.add', { athleteId, date: '2025-06-01', text: `Soak note ${n}` });
    if (
      n % 3 === 0 &&
      (await apiCall('wellness.importCsv', { athleteId, fileName: `wellness-${n}.csv`, text: wellnessCsv() })) !==
        undefined
    ) {
      figures.wellnessImports++;
    }
    if (n % 4 === 0) {
      planId ??=
        (
          (await apiCall('plans.create', { athleteId, raceDate: futureDate(16 * 7), raceType: 'half-marathon' })) as
            { id: number } | undefined
        )?.id ?? null;
      if (planId !== null && (await apiCall('exports.plan', { planId, format: 'ics' })) !== undefined)
        figures.exports++;
    }
    if (n % 5 === 0 && (await apiCall('imports.importPaths', { paths: [pick(folders)], athleteId })) !== undefined)
      figures.serverImports++;
  }
}

function futureDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

// --- Chaos: every 10–20 s one of the processes is killed; the loops start them again. (Starting one takes
// seconds on a loaded machine: killing more often would leave nothing running long enough to work.)
async function chaosLoop(): Promise<void> {
  while (running()) {
    await sleep(10_000 + Math.random() * 10_000);
    if (!running()) return;
    const victims: { kill: () => void; kind: 'cli' | 'server' }[] = [...cliChildren].map((child) => ({
      kill: () => child.kill('SIGKILL'),
      kind: 'cli' as const,
    }));
    const s = server as ApiServerProcess | null;
    if (s) victims.push({ kill: () => s.child.kill('SIGKILL'), kind: 'server' });
    if (victims.length === 0) continue;
    const victim = pick(victims);
    if (victim.kind === 'server') figures.serverKills++;
    victim.kill();
  }
}

process.stderr.write(`Soak: ${fileCount} files, ${formatNumber(minutes, 1, { trim: true })} min, database ${dbPath}\n`);
await Promise.all([cliLoop(), cliLoop(), apiLoop(), apiLoop(), chaosLoop()]);

// --- The end: a clean import of every file (what the kills cut short), then the checks.
const current = server as ApiServerProcess | null;
await current?.stop();
const final = await cliImport(folders);
const soakSeconds = (Date.now() - started) / 1000;
const db = new SqliteDatabase(dbPath, { readonly: true });
const integrity = db.pragma('integrity_check', { simple: true });
const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
const importFiles = count('SELECT count(*) AS n FROM import_files');
const activities = count('SELECT count(*) AS n FROM activities');
const sources = count('SELECT count(*) AS n FROM activity_sources');
const storedHashes = new Set(
  (db.prepare('SELECT sha256 FROM import_files').all() as { sha256: string }[]).map((r) => r.sha256),
);
const wellnessDays = count('SELECT count(*) AS n FROM wellness');
db.close();
const partials = (readdirSync(dataDirFor(dbPath), { recursive: true }) as string[]).filter((name) =>
  name.endsWith('.partial'),
);
const missing = [...hashes].filter((h) => !storedHashes.has(h)).length;
const originalsMissing = [...storedHashes].filter((h) => !existsSync(originalPath(dataDirFor(dbPath), h))).length;

const checks = {
  integrityOk: integrity === 'ok',
  finalImportClean: final.code === 0,
  everyFileOnce: missing === 0 && importFiles === fileCount && activities === fileCount && sources === fileCount,
  noPartialFiles: partials.length === 0,
  everyOriginalKept: originalsMissing === 0,
};
const out = {
  minutes,
  seconds: Math.round(soakSeconds),
  files: fileCount,
  ...figures,
  errors: Object.fromEntries(errors),
  final: {
    integrity,
    importFiles,
    activities,
    activitySources: sources,
    missing,
    originalsMissing,
    wellnessDays,
    partialFiles: partials.length,
    finalImportExit: final.code,
  },
  checks,
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
if (!values.keep) rmSync(dir, { recursive: true, force: true });
process.exit(Object.values(checks).every(Boolean) ? 0 : 1);
