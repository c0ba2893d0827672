/**
 * `npm run bench:analytics-ui [-- --json]`: how fast the analytics screens paint in a real browser.
 * Starts `coach serve` on a freshly generated demo roster, opens Chromium with Playwright and measures
 * - roster: navigation start → the first roster rows in the DOM (target ≤ 500 ms);
 * - athlete: the route change from the roster → every chart of the athlete page drawn (target ≤ 300 ms).
 * Each figure is the median of several warm runs (the first, cold load is reported apart). Asserts nothing.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = 5;
const ROWS = 'table[aria-label="Athletes"] tbody tr[data-index]';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]!);
}

async function startServer(dbPath: string) {
  const child = spawn(process.execPath, ['bin/coach.mjs', 'serve', '--db', dbPath, '--port', '0', '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Coach Workstation: (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`coach serve exited (${code}):\n${output}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** performance.now() of the first animation frame in which the rows exist: time since navigation start. */
async function rosterPaint(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction((selector) => document.querySelector(selector) && performance.now(), ROWS, {
    polling: 'raf',
  });
  return (await handle.jsonValue()) as number;
}

/** From the route change to the frame in which every chart of the athlete page has drawn its SVG. */
async function athleteCharts(page: Page, athleteId: number): Promise<number> {
  await page.evaluate((id) => {
    (window as unknown as { benchStart: number }).benchStart = performance.now();
    window.location.hash = `#/athletes/${id}`;
  }, athleteId);
  const handle = await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('.chart')];
      const drawn =
        document.querySelector('.loading') === null &&
        charts.length >= 3 &&
        charts.every((chart) => chart.querySelector('svg path') !== null);
      return drawn && performance.now() - (window as unknown as { benchStart: number }).benchStart;
    },
    undefined,
    { polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

const dir = mkdtempSync(join(tmpdir(), 'coach-bench-ui-'));
const dbPath = join(dir, 'demo.db');
const demo = spawnSync(process.execPath, ['bin/coach.mjs', 'demo', '--db', dbPath], { encoding: 'utf8' });
if (demo.status !== 0) throw new Error(`coach demo failed: ${demo.stderr}`);
const server = await startServer(dbPath);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  // Opening the printed URL sets the session cookie; this first load is also the cold one.
  const coldRoster = await rosterPaint(page, server.url);
  const rosterUrl = new URL('#/roster', page.url()).href;
  const athleteIds = await page.$$eval(ROWS, (rows) =>
    rows.map((row) => Number(row.querySelector('a')!.getAttribute('href')!.replace('#/athletes/', ''))),
  );

  const roster: number[] = [];
  const athlete: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto('about:blank');
    roster.push(await rosterPaint(page, rosterUrl));
    athlete.push(await athleteCharts(page, athleteIds[run % athleteIds.length]!));
  }

  const figures = {
    athletes: athleteIds.length,
    coldRosterPaintMs: Math.round(coldRoster),
    rosterPaintMs: median(roster),
    athleteChartsMs: median(athlete),
    runs: RUNS,
  };
  console.log(`roster of ${figures.athletes} athletes (demo roster), median of ${RUNS} warm runs`);
  console.log(`roster rows painted ${figures.rosterPaintMs} ms after navigation start (target ≤ 500 ms; cold first load ${figures.coldRosterPaintMs} ms)`);
  console.log(`athlete charts drawn ${figures.athleteChartsMs} ms after opening the athlete (target ≤ 300 ms)`);
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
} finally {
  await browser.close();
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
