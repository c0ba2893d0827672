/**
 * `npm run bench:import [-- --json] [-- --quick]`: import throughput on a generated corpus of realistic
 * 1 Hz FIT files (rides and runs of an hour each, plus one 10-hour ride, written with @garmin/fitsdk's
 * encoder) and the real fixtures when present. In one run, on the same files, it measures:
 *  - bare fit-file-parser parse time (single thread, the floor any importer pays),
 *  - full import time with one decode worker and with two (fresh database each),
 *  - peak RSS of a process importing only the 10-hour ride.
 * With --json the last line is one JSON object with the figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import FitParser from 'fit-file-parser';
import { createAthlete } from '../src-main/node/services/athletes';
import { importPaths } from '../src-main/node/services/imports';
import { writeFitActivity } from '../tests/helpers/fit-writer';
import { fixturePath, haveFixtures } from '../tests/helpers/fixtures';
import { createTempApp } from '../tests/helpers/temp-app';

const { values } = parseArgs({
  options: { json: { type: 'boolean' }, quick: { type: 'boolean' }, 'rss-probe': { type: 'string' } },
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

const sources = [join(corpusDir, 'hour'), join(corpusDir, 'long'), ...(haveFixtures ? [fixturePath('activities')] : [])];
const fitFiles = sources.flatMap(listFitFiles);
const totalBytes = fitFiles.reduce((sum, f) => sum + statSync(f).size, 0);
log(`corpus: ${fitFiles.length} FIT files, ${(totalBytes / 1e6).toFixed(1)} MB${haveFixtures ? ' (with the real fixtures)' : ''}`);

// Each figure is the median of three interleaved rounds: a shared 2-core machine drifts by ±20 %
// between runs, and interleaving exposes the three measurements to the same drift.
const rounds = values.quick ? 1 : 3;
const parseRuns: number[] = [];
const oneRuns: { seconds: number; summary: string }[] = [];
const twoRuns: { seconds: number; summary: string }[] = [];
for (let round = 1; round <= rounds; round++) {
  parseRuns.push(await bareParse(fitFiles));
  oneRuns.push(await importOnce(sources, 1, fitFiles.slice(0, 3)));
  twoRuns.push(await importOnce(sources, 2, fitFiles.slice(0, 3)));
  log(`round ${round}: parse ${parseRuns.at(-1)!.toFixed(2)} s, 1 worker ${oneRuns.at(-1)!.seconds.toFixed(2)} s, 2 workers ${twoRuns.at(-1)!.seconds.toFixed(2)} s`);
}
const parseSeconds = median(parseRuns);
const one = oneRuns.find((r) => r.seconds === median(oneRuns.map((o) => o.seconds)))!;
const two = twoRuns.find((r) => r.seconds === median(twoRuns.map((o) => o.seconds)))!;
log(`fit-file-parser bare parse: ${parseSeconds.toFixed(2)} s`);
log(`import, 1 worker: ${one.seconds.toFixed(2)} s (${one.summary})`);
log(`import, 2 workers: ${two.seconds.toFixed(2)} s (${two.summary})`);
const probe = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--rss-probe', longRide], { encoding: 'utf8' });
const peakRssMbLongFile = (JSON.parse(probe.trim().split('\n').at(-1)!) as { peakRssMb: number }).peakRssMb;

const result = {
  files: fitFiles.length,
  megabytes: round(totalBytes / 1e6),
  parseSeconds: round(parseSeconds),
  oneWorkerSeconds: round(one.seconds),
  twoWorkerSeconds: round(two.seconds),
  importToParseRatio: round(one.seconds / parseSeconds),
  twoWorkerSpeedup: round(one.seconds / two.seconds),
  peakRssMbLongFile: round(peakRssMbLongFile),
  filesPerSecond: round(fitFiles.length / two.seconds),
  mbPerSecond: round(totalBytes / 1e6 / two.seconds),
};
log(
  `${result.filesPerSecond} files/s, ${result.mbPerSecond} MB/s (2 workers); import/parse ratio ${result.importToParseRatio} (target ≤ 1.3); ` +
    `2-worker speed-up ${result.twoWorkerSpeedup}× (target ≥ 1.6); peak RSS on the 10-hour ride ${result.peakRssMbLongFile} MB (target < 400)`,
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
    writeFileSync(join(corpusDir, 'hour', `${sport}-${i}.fit`), writeFitActivity({ sport, durationSeconds: 3600, start, seed: i + 1 }));
  }
  writeFileSync(longRide, writeFitActivity({ sport: 'bike', durationSeconds: 36_000, start: new Date(Date.UTC(2023, 5, 1, 5)), seed: 999 }));
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

async function importOnce(paths: string[], workers: number, warmUpFiles: string[] = []): Promise<{ seconds: number; summary: string }> {
  if (warmUpFiles.length > 0) await warmUp(warmUpFiles, workers);
  const app = createTempApp();
  try {
    const athlete = await createAthlete(app.ctx, { name: 'Bench Athlete', sports: ['bike', 'run'], thresholds: { ftp: 250, lthr: 165, maxHr: 190, restingHr: 50, thresholdPace: 270 } });
    const started = performance.now();
    const report = await importPaths(app.ctx, paths, { athleteId: athlete.id, workers });
    const seconds = (performance.now() - started) / 1000;
    const s = report.summary;
    return { seconds, summary: `${s.imported} imported, ${s.duplicate} duplicate, ${s.skipped} skipped, ${s.failed} failed` };
  } finally {
    await app.dispose();
  }
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
