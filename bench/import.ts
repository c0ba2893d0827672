/**
 * `npm run bench:import [-- --json] [-- --quick] [-- --rounds N]`: import throughput on a generated
 * corpus of realistic 1 Hz FIT files (rides and runs of an hour each, plus one 10-hour ride, written
 * with @garmin/fitsdk's encoder) and the real fixtures when present. In one run, on the same files, it
 * measures:
 *  - bare fit-file-parser parse time (single thread, the floor any importer pays), on the main thread
 *    with Node's default heap and in a worker with the decode workers' heap limits,
 *  - full import time, end to end (folder scan to report, every write committed), with one decode
 *    worker and with two (fresh database each); the pool's own counts show how many workers decoded,
 *  - peak RSS of a process importing only the 10-hour ride.
 * A cold first pass of each, reported apart, warms up the workers and the parser; the ratios are the
 * medians of each round's own ratios.
 * On Linux it also reports CPU time per file by thread (the writer thread, the decode workers, the
 * rest), which says what limits the two-worker speed-up on a machine with two cores, and the load
 * average, which says how much other processes took from the run.
 * With --json the last line is one JSON object with the figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import FitParser from 'fit-file-parser';
import { DECODE_WORKER_RESOURCE_LIMITS, sharedDecodePool } from '../src-main/node/import/decode-pool';
import { createAthlete } from '../src-main/node/services/athletes';
import { importPaths } from '../src-main/node/services/imports';
import { writeFitActivity } from '../tests/helpers/fit-writer';
import { fixturePath, haveFixtures } from '../tests/helpers/fixtures';
import { createTempApp } from '../tests/helpers/temp-app';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean' },
    quick: { type: 'boolean' },
    rounds: { type: 'string' },
    'rss-probe': { type: 'string' },
  },
});

if (values['rss-probe']) {
  await importOnce([values['rss-probe']], 1);
  // maxRSS is in kilobytes and covers the whole process, worker threads included.
  process.stdout.write(`${JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
  process.exit(0);
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const hourFiles = values.quick ? 20 : 200;
const corpusDir = join(tmpdir(), `coach-bench-corpus-v1-${hourFiles}`);
const longRide = join(corpusDir, 'long', 'ride-10h.fit');
ensureCorpus();

const sources = [
  join(corpusDir, 'hour'),
  join(corpusDir, 'long'),
  ...(haveFixtures ? [fixturePath('activities')] : []),
];
const fitFiles = sources.flatMap(listFitFiles);
const totalBytes = fitFiles.reduce((sum, f) => sum + statSync(f).size, 0);
log(
  `corpus: ${fitFiles.length} FIT files, ${(totalBytes / 1e6).toFixed(1)} MB${haveFixtures ? ' (with the real fixtures)' : ''}`,
);

// A first, cold pass (reported apart) starts the decode pools and lets V8 optimise the import path in
// their workers and the parser on this thread: on the 2-core machine the first full import after
// start-up took 9.0 s with one worker and 8.6 s with two, the next ones 6.3 s and 3.9 s, while the
// optimising compiler was busy on the second core. The figures then come from interleaved rounds (three by default); each ratio is the
// median of the rounds' own ratios, since a shared 2-core machine drifts by ±20 % between rounds and
// the measurements of one round share that drift.
const rounds = values.rounds ? Math.max(1, Number(values.rounds)) : values.quick ? 1 : 3;
const loadAtStart = loadavg()[0]!;
const cold = { parse: await bareParse(fitFiles), one: await importOnce(sources, 1), two: await importOnce(sources, 2) };
log(
  `cold pass: parse ${cold.parse.toFixed(2)} s, 1 worker ${cold.one.seconds.toFixed(2)} s, 2 workers ${cold.two.seconds.toFixed(2)} s (not counted)`,
);
const parseRuns: number[] = [];
const workerParseRuns: number[] = [];
const oneRuns: ImportRun[] = [];
const twoRuns: ImportRun[] = [];
for (let round = 1; round <= rounds; round++) {
  parseRuns.push(await bareParse(fitFiles));
  workerParseRuns.push(await bareParseInWorker(fitFiles));
  oneRuns.push(await importOnce(sources, 1, fitFiles.slice(0, 3)));
  twoRuns.push(await importOnce(sources, 2, fitFiles.slice(0, 3)));
  log(
    `round ${round}: parse ${parseRuns.at(-1)!.toFixed(2)} s (in a decode-heap worker ${workerParseRuns.at(-1)!.toFixed(2)} s), ` +
      `1 worker ${oneRuns.at(-1)!.seconds.toFixed(2)} s, 2 workers ${twoRuns.at(-1)!.seconds.toFixed(2)} s; load average ${loadavg()[0]!.toFixed(1)}`,
  );
}
const parseSeconds = median(parseRuns);
const workerParseSeconds = median(workerParseRuns);
const one = medianRun(oneRuns);
const two = medianRun(twoRuns);
const roundRatio = (numerator: (round: number) => number, denominator: (round: number) => number) =>
  median(Array.from({ length: rounds }, (_, round) => numerator(round) / denominator(round)));
const importToParseRatio = roundRatio(
  (r) => oneRuns[r]!.seconds,
  (r) => parseRuns[r]!,
);
const importToWorkerParseRatio = roundRatio(
  (r) => oneRuns[r]!.seconds,
  (r) => workerParseRuns[r]!,
);
const twoWorkerSpeedup = roundRatio(
  (r) => oneRuns[r]!.seconds,
  (r) => twoRuns[r]!.seconds,
);
log(
  `fit-file-parser bare parse: ${parseSeconds.toFixed(2)} s on the main thread, ${workerParseSeconds.toFixed(2)} s in a worker with the decode heap`,
);
for (const [label, run] of [
  ['1 worker', one],
  ['2 workers', two],
] as const) {
  log(
    `import, ${label}: ${run.seconds.toFixed(2)} s (${run.summary}); files decoded per worker: ${run.filesPerWorker.join(' + ')}`,
  );
  if (run.cpu) {
    const c = run.cpu;
    log(
      `  CPU per file: writer thread ${c.writerThread} ms, decode workers ${c.decodeWorkers} ms, other threads ${c.otherThreads} ms; ` +
        `${run.coresUsed} cores busy on average`,
    );
  }
}
const usedWorkers = (run: ImportRun) => run.filesPerWorker.filter((n) => n > 0).length;
if (usedWorkers(one) !== 1 || usedWorkers(two) !== 2)
  log(`WARNING: the runs did not use 1 and 2 decode workers (${usedWorkers(one)} and ${usedWorkers(two)})`);
// Every run imports the same files into a fresh database, so every report must say the same.
const sameResults = [...oneRuns, ...twoRuns].every((run) => run.summary === one.summary);
if (!sameResults)
  log(`WARNING: the runs' reports differ: ${[...new Set([...oneRuns, ...twoRuns].map((r) => r.summary))].join(' / ')}`);
const probe = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--rss-probe', longRide], {
  encoding: 'utf8',
});
const peakRssMbLongFile = (JSON.parse(probe.trim().split('\n').at(-1)!) as { peakRssMb: number }).peakRssMb;

const result = {
  files: fitFiles.length,
  megabytes: round(totalBytes / 1e6),
  rounds,
  parseSeconds: round(parseSeconds),
  parseSecondsWorkerHeap: round(workerParseSeconds),
  oneWorkerSeconds: round(one.seconds),
  twoWorkerSeconds: round(two.seconds),
  importToParseRatio: round(importToParseRatio),
  // The same against the parse in a worker with the decode workers' heap, which favours the baseline.
  importToWorkerParseRatio: round(importToWorkerParseRatio),
  twoWorkerSpeedup: round(twoWorkerSpeedup),
  cold: {
    parseSeconds: round(cold.parse),
    oneWorkerSeconds: round(cold.one.seconds),
    twoWorkerSeconds: round(cold.two.seconds),
  },
  decodeWorkersUsed: { oneWorker: usedWorkers(one), twoWorkers: usedWorkers(two) },
  sameResults,
  // Process CPU time ÷ wall time: how many cores each (median) run actually got.
  coresUsed: { oneWorker: one.coresUsed, twoWorkers: two.coresUsed },
  peakRssMbLongFile: round(peakRssMbLongFile),
  filesPerSecond: round(fitFiles.length / two.seconds),
  mbPerSecond: round(totalBytes / 1e6 / two.seconds),
  ...(one.cpu && two.cpu && { cpuMsPerFile: { oneWorker: one.cpu, twoWorkers: two.cpu } }),
  loadAverage1m: { start: round(loadAtStart), end: round(loadavg()[0]!) },
};
log(
  `${result.filesPerSecond} files/s, ${result.mbPerSecond} MB/s (2 workers); import/parse ratio ${result.importToParseRatio} (target ≤ 1.3; ` +
    `${result.importToWorkerParseRatio} against the worker-heap parse); 2-worker speed-up ${result.twoWorkerSpeedup}× (target ≥ 1.6); ` +
    `peak RSS on the 10-hour ride ${result.peakRssMbLongFile} MB (target < 400); load average ${result.loadAverage1m.start} → ${result.loadAverage1m.end} on ${availableParallelism()} cores`,
);
if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);

function ensureCorpus(): void {
  if (existsSync(join(corpusDir, 'complete'))) return;
  log(`writing the corpus to ${corpusDir} (once)…`);
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(join(corpusDir, 'hour'), { recursive: true });
  mkdirSync(join(corpusDir, 'long'), { recursive: true });
  for (let i = 0; i < hourFiles; i++) {
    const sport = i % 2 === 0 ? 'bike' : 'run';
    const start = new Date(Date.UTC(2024, 0, 1, 6) + i * 86_400_000);
    writeFileSync(
      join(corpusDir, 'hour', `${sport}-${i}.fit`),
      writeFitActivity({ sport, durationSeconds: 3600, start, seed: i + 1 }),
    );
  }
  writeFileSync(
    longRide,
    writeFitActivity({ sport: 'bike', durationSeconds: 36_000, start: new Date(Date.UTC(2023, 5, 1, 5)), seed: 999 }),
  );
  writeFileSync(join(corpusDir, 'complete'), '');
}

function listFitFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.fit$/i.test(name))
    .map((name) => join(dir, name));
}

async function bareParse(files: string[]): Promise<number> {
  const contents = files.map((f) => readFileSync(f));
  const parse = (content: Buffer) =>
    new FitParser({ force: true, mode: 'list', speedUnit: 'm/s', lengthUnit: 'm', temperatureUnit: 'celsius' })
      .parseAsync(content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength) as ArrayBuffer)
      .catch(() => null);
  for (const content of contents.slice(0, 3)) await parse(content); // JIT warm-up
  const started = performance.now();
  for (const content of contents) await parse(content);
  return (performance.now() - started) / 1000;
}

/**
 * The same bare parse in a worker thread started with the decode workers' heap limits: their larger
 * young generation makes fit-file-parser itself faster, so the import should be compared with a parse
 * that has it too.
 */
async function bareParseInWorker(files: string[]): Promise<number> {
  const parserPath = createRequire(import.meta.url).resolve('fit-file-parser');
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    const FitParser = require(workerData.parserPath).default;
    const contents = workerData.files.map((f) => readFileSync(f));
    const parse = (c) => new FitParser({ force: true, mode: 'list', speedUnit: 'm/s', lengthUnit: 'm', temperatureUnit: 'celsius' })
      .parseAsync(c.buffer.slice(c.byteOffset, c.byteOffset + c.byteLength)).catch(() => null);
    (async () => {
      for (const c of contents.slice(0, 3)) await parse(c);
      const started = performance.now();
      for (const c of contents) await parse(c);
      parentPort.postMessage((performance.now() - started) / 1000);
    })();`;
  const worker = new Worker(source, {
    eval: true,
    workerData: { parserPath, files },
    resourceLimits: DECODE_WORKER_RESOURCE_LIMITS,
  });
  try {
    return await new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

interface ImportRun {
  seconds: number;
  summary: string;
  /** Files each decode worker took during the measured import (the warm-up excluded). */
  filesPerWorker: number[];
  /** Process CPU time over wall time: below the worker count + 1, other processes took the cores. */
  coresUsed: number;
  cpu: ThreadCpu | null;
}

async function importOnce(paths: string[], workers: number, warmUpFiles: string[] = []): Promise<ImportRun> {
  if (warmUpFiles.length > 0) await warmUp(warmUpFiles, workers);
  const app = createTempApp();
  try {
    const athlete = await createAthlete(app.ctx, {
      name: 'Bench Athlete',
      sports: ['bike', 'run'],
      thresholds: { ftp: 250, lthr: 165, maxHr: 190, restingHr: 50, thresholdPace: 270 },
    });
    // The same shared pool importPaths uses for this many workers.
    const pool = sharedDecodePool({ size: workers });
    const decodedBefore = pool.stats.filesPerWorker;
    const cpuBefore = threadCpuMs();
    const processCpuBefore = process.cpuUsage();
    const started = performance.now();
    const report = await importPaths(app.ctx, paths, { athleteId: athlete.id, workers });
    const seconds = (performance.now() - started) / 1000;
    const processCpu = process.cpuUsage(processCpuBefore);
    const cpuAfter = threadCpuMs();
    const s = report.summary;
    return {
      seconds,
      summary: `${s.imported} imported, ${s.duplicate} duplicate, ${s.skipped} skipped, ${s.failed} failed`,
      filesPerWorker: pool.stats.filesPerWorker.map((n, i) => n - decodedBefore[i]!),
      coresUsed: round((processCpu.user + processCpu.system) / 1e6 / seconds),
      cpu: cpuBefore && cpuAfter ? cpuPerFile(cpuBefore, cpuAfter, workers, s.total) : null,
    };
  } finally {
    await app.dispose();
  }
}

interface ThreadCpu {
  /** The main thread: reading and hashing files, the single writer, message passing, its GC. */
  writerThread: number;
  /** The `workers` busiest other threads: the decode workers. */
  decodeWorkers: number;
  /** Everything else: V8's compiler and GC helper threads, libuv's thread pool. */
  otherThreads: number;
}

/** CPU milliseconds (user + system) per thread of this process, from /proc; null where there is no /proc. */
function threadCpuMs(): Map<string, number> | null {
  const tasks = '/proc/self/task';
  if (!existsSync(tasks)) return null;
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on every Linux Node supports
  const cpu = new Map<string, number>();
  for (const tid of readdirSync(tasks)) {
    try {
      const stat = readFileSync(join(tasks, tid, 'stat'), 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(tid, (Number(fields[11]) + Number(fields[12])) / ticksPerMs);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return cpu;
}

function cpuPerFile(
  before: Map<string, number>,
  after: Map<string, number>,
  workers: number,
  files: number,
): ThreadCpu {
  const used = [...after].map(([tid, ms]) => ({ tid, ms: ms - (before.get(tid) ?? 0) }));
  const main = used.find((t) => t.tid === String(process.pid))?.ms ?? 0;
  const others = used.filter((t) => t.tid !== String(process.pid)).sort((a, b) => b.ms - a.ms);
  const decode = others.slice(0, workers).reduce((sum, t) => sum + t.ms, 0);
  const rest = others.slice(workers).reduce((sum, t) => sum + t.ms, 0);
  return { writerThread: round(main / files), decodeWorkers: round(decode / files), otherThreads: round(rest / files) };
}

function medianRun(runs: ImportRun[]): ImportRun {
  const seconds = median(runs.map((r) => r.seconds));
  return runs.find((r) => r.seconds === seconds)!;
}

/**
 * Starts the decode pool and JITs the import path on three files, as bareParse warms the parser:
 * run from TypeScript a worker spends ~2 s compiling its sources, which the bundled app does not.
 */
async function warmUp(files: string[], workers: number): Promise<void> {
  const app = createTempApp();
  try {
    const athlete = await createAthlete(app.ctx, { name: 'Warm-up', sports: ['bike', 'run'] });
    await importPaths(app.ctx, files, { athleteId: athlete.id, workers });
  } finally {
    await app.dispose();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
