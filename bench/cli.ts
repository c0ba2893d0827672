/**
 * `npm run bench:cli [-- --json] [-- --runs N]`: how fast the `coach` command starts. Times
 * `node bin/coach.mjs athletes --json` on the demo roster against a bare Node script that reads the same
 * rows with better-sqlite3 alone and prints the same JSON (bench/cli-bare-athletes.mjs), alternating the
 * two, and prints the medians of wall and CPU time and the ratio of the walls.
 * Targets (one-way issue, item 7): the command's wall time ≤ 300 ms and ≤ 3× the bare script's.
 * Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root, ensureCli } from '../scripts/prebuilt.mjs';
import { createCoachApp } from '../src-main/node/app';
import { loadDemoRoster } from '../src-main/node/services/demo';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, runs: { type: 'string' } } });
const RUNS = Number(values.runs ?? 15);
const WALL_TARGET_MS = 300;
const RATIO_TARGET = 3;
const log = (line: string) => process.stderr.write(`${line}\n`);

interface Run {
  wallMs: number;
  cpuMs: number;
  stdout: string;
}

const dir = mkdtempSync(join(tmpdir(), 'coach-bench-cli-'));
try {
  const dbPath = join(dir, 'demo.db');
  const app = createCoachApp(dbPath);
  const demo = await loadDemoRoster(app.ctx, {});
  await app.close();
  log(`demo roster: ${demo.athletes} athletes, ${demo.activities} activities`);
  // Built (if stale) before timing: the figures are those of every call after the first.
  await ensureCli();

  const cpuFile = join(dir, 'cpu.json');
  /** The child's own CPU time (all its threads), which Node's spawnSync does not report: written by a preload at exit. */
  const run = (args: string[]): Run => {
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--import', join(root, 'bench', 'cpu-usage-at-exit.mjs'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, COACH_BENCH_CPU_FILE: cpuFile },
    });
    const wallMs = performance.now() - started;
    if (child.status !== 0) throw new Error(`${args.join(' ')} failed (${child.status}): ${child.stderr}`);
    const { user, system } = JSON.parse(readFileSync(cpuFile, 'utf8')) as { user: number; system: number };
    return { wallMs, cpuMs: (user + system) / 1000, stdout: child.stdout };
  };
  const cliArgs = [join(root, 'bin', 'coach.mjs'), 'athletes', '--json', '--db', dbPath];
  const bareArgs = [join(root, 'bench', 'cli-bare-athletes.mjs'), dbPath];

  // One untimed call each fills the file cache; their outputs must match, or the two would not be doing the same work.
  if (run(cliArgs).stdout !== run(bareArgs).stdout)
    throw new Error('coach athletes --json and the bare script printed different JSON');
  const cli: Run[] = [];
  const bare: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    cli.push(run(cliArgs));
    bare.push(run(bareArgs));
  }

  const figures = {
    runs: RUNS,
    athletes: demo.athletes,
    cliWallMs: round(median(cli.map((r) => r.wallMs))),
    cliCpuMs: round(median(cli.map((r) => r.cpuMs))),
    bareWallMs: round(median(bare.map((r) => r.wallMs))),
    bareCpuMs: round(median(bare.map((r) => r.cpuMs))),
    ratio: 0,
  };
  figures.ratio = Math.round((median(cli.map((r) => r.wallMs)) / median(bare.map((r) => r.wallMs))) * 100) / 100;
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  console.log(`coach athletes --json, ${figures.athletes} athletes, medians of ${RUNS} alternating runs:`);
  console.log(`  coach command  wall ${figures.cliWallMs} ms, CPU ${figures.cliCpuMs} ms`);
  console.log(`  bare script    wall ${figures.bareWallMs} ms, CPU ${figures.bareCpuMs} ms`);
  console.log(
    `  command wall ${figures.cliWallMs} ms (target ≤ ${WALL_TARGET_MS} ms): ${verdict(figures.cliWallMs <= WALL_TARGET_MS)}`,
  );
  console.log(
    `  ratio ${figures.ratio}× the bare script (target ≤ ${RATIO_TARGET}×): ${verdict(figures.ratio <= RATIO_TARGET)}`,
  );
  if (values.json) console.log(JSON.stringify(figures));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round(ms: number): number {
  return Math.round(ms);
}
