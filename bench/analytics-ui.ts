/**
 * `npm run bench:analytics-ui [-- --json]`: how fast the analytics screens paint in a real browser.
 * Starts `coach serve` on a freshly generated demo roster, opens Chromium with Playwright and measures
 * - roster: navigation start → the first roster rows in the DOM (target ≤ 500 ms);
 * - athlete page, from the route change away from the roster:
 *   · first screen: every chart in the 1360×900 viewport drawn, and no loading placeholder left in it —
 *     what the coach sees on opening the athlete (the ≤ 300 ms target refers to this figure);
 *   · every chart: all charts of the page drawn, the moment the earlier version of this bench timed.
 *     Charts below the fold are drawn when the browser is idle (or scrolled to), so this figure
 *     includes that idle wait;
 * - roster scrolling: a generated roster of 1 000 athletes scrolled from top to bottom, 120 px every
 *   animation frame (about 3 rows a frame, a brisk scroll): the intervals between frames (16.7 ms when
 *   no frame is missed) and the long tasks (> 50 ms) of the main thread while it scrolls.
 * Each figure is the median of several warm runs (the first, cold load is reported apart). Asserts nothing.
 * `--db PATH` measures the roster and athlete page on that database instead of a fresh demo roster
 * (bench:analytics passes its 500-athlete one); `--no-scroll` leaves out the scrolling run.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addDays, toIsoDate } from '../src-main/common/domain/dates';
import { createCoachApp } from '../src-main/node/app';
import { insertActivity } from '../src-main/node/db/repositories/activities';
import { insertAthlete, replaceAthleteTags } from '../src-main/node/db/repositories/athletes';
import { upsertWellness } from '../src-main/node/db/repositories/wellness';
import { refreshStaleLoads } from '../src-main/node/services/analytics';
import { seededRandom, type SeededRandom } from '../tests/unit/domain/load/seeded-random';
import type { ActivityRecord } from '../src-main/common/domain/activity';
import { morningReadings } from './synthetic-roster';

const RUNS = 5;
const ROWS = 'table[aria-label="Athletes"] tbody tr[data-index]';
const SCROLL_ATHLETES = 1000;
const SCROLL_STEP_PX = 120;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]!);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
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

/**
 * Opens the athlete and checks on every animation frame from the route change: records when the first
 * screen is complete (every chart intersecting the viewport has drawn its SVG, no loading placeholder
 * is in view) and when every chart of the page has drawn. A string: tsx would wrap named functions in
 * a helper the page does not have.
 */
const openAthleteAndWatch = (athleteId: number) => `(() => {
  const bench = { start: performance.now(), firstScreen: null, allCharts: null };
  window.bench = bench;
  const inView = (element) => {
    const r = element.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && r.width > 0;
  };
  const drawn = (chart) => chart.querySelector('svg path') !== null;
  const check = () => {
    const elapsed = performance.now() - bench.start;
    const charts = [...document.querySelectorAll('.chart')];
    const loaders = [...document.querySelectorAll('.loading')];
    const visible = charts.filter(inView);
    if (bench.firstScreen === null && visible.length > 0 && visible.every(drawn) && !loaders.some(inView)) {
      bench.firstScreen = elapsed;
    }
    if (bench.allCharts === null && loaders.length === 0 && charts.length >= 3 && charts.every(drawn)) bench.allCharts = elapsed;
    if (bench.allCharts === null || bench.firstScreen === null) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  window.location.hash = '#/athletes/${athleteId}';
})()`;

/** From the route change to the first screen of charts, and to every chart, of the athlete page. */
async function athleteCharts(page: Page, athleteId: number): Promise<{ firstScreen: number; allCharts: number }> {
  await page.evaluate(openAthleteAndWatch(athleteId));
  const handle = await page.waitForFunction(
    () => {
      const bench = (window as unknown as { bench: { firstScreen: number | null; allCharts: number | null } }).bench;
      return (
        bench.firstScreen !== null &&
        bench.allCharts !== null && { firstScreen: bench.firstScreen, allCharts: bench.allCharts }
      );
    },
    undefined,
    { polling: 100, timeout: 30_000 },
  );
  return (await handle.jsonValue()) as { firstScreen: number; allCharts: number };
}

/**
 * Scrolls the roster's table from top to bottom, SCROLL_STEP_PX each animation frame, recording each
 * frame's interval and the long tasks meanwhile. A string, like openAthleteAndWatch.
 */
const SCROLL_ROSTER = `(async () => {
  const scroller = document.querySelector('.table-wrap.virtual');
  scroller.scrollTop = 0;
  await new Promise((resolve) => setTimeout(resolve, 300));
  const longTasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
  observer.observe({ type: 'longtask' });
  const intervals = [];
  await new Promise((resolve) => {
    let last = null;
    const frame = (now) => {
      if (last !== null) intervals.push(now - last);
      last = now;
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return resolve();
      scroller.scrollTop += ${SCROLL_STEP_PX};
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  const rows = [...document.querySelectorAll('${ROWS}')].map((row) => Number(row.getAttribute('data-index')));
  return { intervals, longTasks, lastRowIndex: Math.max(...rows), scrolledPx: scroller.scrollTop };
})()`;

interface ScrollRun {
  intervals: number[];
  longTasks: number[];
  lastRowIndex: number;
  scrolledPx: number;
}

async function rosterScroll(page: Page, url: string): Promise<ScrollRun> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForSelector(ROWS);
  return (await page.evaluate(SCROLL_ROSTER)) as ScrollRun;
}

/**
 * A roster of `count` athletes with six weeks of sessions and morning readings each, so every column
 * of the roster has a value; written through the repositories, then the stored PMC of each computed.
 */
async function generateLargeRoster(dbPath: string, count: number): Promise<void> {
  const now = new Date();
  const today = toIsoDate(now);
  const createdAt = now.toISOString();
  const random = seededRandom(1000);
  const tags = ['masters', 'juniors', 'triathlon', 'road', 'trail', 'remote'];
  const app = createCoachApp(dbPath);
  try {
    for (let i = 0; i < count; i++) {
      await app.ctx.db.transaction().execute(async (trx) => {
        const id = await insertAthlete(trx, {
          name: `Athlete ${String(i + 1).padStart(4, '0')}`,
          sports: ['bike', 'run'],
          sex: null,
          birthYear: null,
          notes: '',
          // The synthetic days are UTC dates.
          timeZone: 'UTC',
          isDemo: false,
          createdAt,
        });
        await replaceAthleteTags(trx, id, [
          tags[i % tags.length]!,
          ...(i % 4 === 0 ? [tags[(i + 3) % tags.length]!] : []),
        ]);
        for (let date = addDays(today, -41); date <= today; date = addDays(date, 1)) {
          if (random.next() < 0.7) await insertActivity(trx, scrollRosterActivity(id, date, random, createdAt));
        }
        await upsertWellness(trx, id, morningReadings(addDays(today, -41), today, random), 'bench');
      });
    }
    await refreshStaleLoads(app.ctx);
  } finally {
    await app.close();
  }
}

const { values: options } = parseArgs({
  options: { json: { type: 'boolean' }, db: { type: 'string' }, 'no-scroll': { type: 'boolean' } },
});
const loadAtStart = loadavg()[0]!;
const dir = mkdtempSync(join(tmpdir(), 'coach-bench-ui-'));
const dbPath = options.db ?? join(dir, 'demo.db');
const largeDbPath = join(dir, 'large.db');
if (!options.db) {
  const demo = spawnSync(process.execPath, ['bin/coach.mjs', 'demo', '--db', dbPath], { encoding: 'utf8' });
  if (demo.status !== 0) throw new Error(`coach demo failed: ${demo.stderr}`);
}
const scrolling = !options['no-scroll'];
if (scrolling) await generateLargeRoster(largeDbPath, SCROLL_ATHLETES);
const server = await startServer(dbPath);
const largeServer = scrolling ? await startServer(largeDbPath) : null;
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
  const firstScreen: number[] = [];
  const allCharts: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto('about:blank');
    roster.push(await rosterPaint(page, rosterUrl));
    const athlete = await athleteCharts(page, athleteIds[run % athleteIds.length]!);
    firstScreen.push(athlete.firstScreen);
    allCharts.push(athlete.allCharts);
  }

  const scrolls: ScrollRun[] = [];
  if (largeServer) {
    const largePage = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    await rosterPaint(largePage, largeServer.url);
    const largeRosterUrl = new URL('#/roster', largePage.url()).href;
    for (let run = 0; run < 3; run++) scrolls.push(await rosterScroll(largePage, largeRosterUrl));
  }
  const intervals = scrolls.flatMap((s) => s.intervals);
  const longTasks = scrolls.flatMap((s) => s.longTasks);

  const figures = {
    rosterRowsInView: athleteIds.length,
    coldRosterPaintMs: Math.round(coldRoster),
    rosterPaintMs: median(roster),
    athleteFirstScreenChartsMs: median(firstScreen),
    athleteAllChartsMs: median(allCharts),
    runs: RUNS,
    scroll: scrolling && {
      athletes: SCROLL_ATHLETES,
      stepPxPerFrame: SCROLL_STEP_PX,
      frames: intervals.length,
      medianFrameMs: Math.round(percentile(intervals, 0.5) * 10) / 10,
      p95FrameMs: Math.round(percentile(intervals, 0.95) * 10) / 10,
      maxFrameMs: Math.round(Math.max(...intervals)),
      framesOver50Ms: intervals.filter((ms) => ms > 50).length,
      longTasks: longTasks.length,
      longestTaskMs: Math.round(Math.max(0, ...longTasks)),
      reachedLastRow: scrolls.every((s) => s.lastRowIndex === SCROLL_ATHLETES - 1),
    },
    loadAverage: { atStart: Math.round(loadAtStart * 10) / 10, atEnd: Math.round(loadavg()[0]! * 10) / 10 },
  };
  const s = figures.scroll;
  console.log(
    `${options.db ? `roster of ${options.db}` : `demo roster (${figures.rosterRowsInView} athletes)`}, median of ${RUNS} warm runs`,
  );
  console.log(
    `roster rows painted ${figures.rosterPaintMs} ms after navigation start (target ≤ 500 ms; cold first load ${figures.coldRosterPaintMs} ms)`,
  );
  console.log(
    `athlete page: charts of the first screen drawn ${figures.athleteFirstScreenChartsMs} ms after opening the athlete (target ≤ 300 ms)`,
  );
  console.log(
    `athlete page: every chart drawn ${figures.athleteAllChartsMs} ms after opening (those below the fold when the browser is idle)`,
  );
  if (s) {
    console.log(
      `roster of ${s.athletes} athletes scrolled top to bottom at ${s.stepPxPerFrame} px a frame, 3 runs: ${s.frames} frames, ` +
        `interval median ${s.medianFrameMs} ms, p95 ${s.p95FrameMs} ms, max ${s.maxFrameMs} ms; ${s.framesOver50Ms} frames over 50 ms; ` +
        `${s.longTasks} long tasks (longest ${s.longestTaskMs} ms); last row reached: ${s.reachedLastRow ? 'yes' : 'NO'}`,
    );
  }
  console.log(
    `machine load average (1 min): ${figures.loadAverage.atStart} at start, ${figures.loadAverage.atEnd} at end, on ${availableParallelism()} cores`,
  );
  if (options.json) console.log(JSON.stringify(figures));
} finally {
  await browser.close();
  server.stop();
  largeServer?.stop();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A session of the scrolling roster: only its summary and load matter to the rows it paints (the
 * roster reads the stored PMC, never an activity's metrics).
 */
function scrollRosterActivity(athleteId: number, date: string, random: SeededRandom, createdAt: string) {
  const seconds = random.int(30, 150) * 60;
  const record: ActivityRecord = {
    sport: random.next() < 0.6 ? 'bike' : 'run',
    subSport: null,
    name: 'Session',
    startTime: `${date}T06:30:00.000Z`,
    utcOffsetMinutes: 60,
    elapsedSeconds: seconds,
    timerSeconds: seconds,
    movingSeconds: seconds,
    distanceMeters: seconds * 7,
    ascentMeters: 100,
    avgHr: 140,
    maxHr: 170,
    avgPower: null,
    maxPower: null,
    normalizedPower: null,
    avgCadence: null,
    avgSpeed: 7,
    maxSpeed: 12,
    calories: null,
    rpe: null,
    notes: '',
    laps: [],
    streams: null,
  };
  const load = Math.round((seconds / 3600) * random.normal(0.75, 0.1) ** 2 * 1000) / 10;
  return {
    athleteId,
    deviceId: null,
    record,
    load: { load, method: 'hr' as const, explanation: 'bench', metrics: {} },
    isDemo: false,
    createdAt,
  };
}
