/**
 * `npm run bench:analytics [-- --json] [-- --athletes N]`: load analytics at coaching-business scale.
 * Generates a database of 500 athletes × 3 years of training (about 5 sessions a week, scored and
 * planned by the app's own code: bench/synthetic-roster.ts) and a year of morning readings, then
 * measures in one run:
 *  - the first full computation of every athlete's stored PMC,
 *  - the roster call against bare SELECTs of the same stored rows (target ratio ≤ 2),
 *  - full versus incremental recompute of one athlete after adding one activity dated two days ago,
 *    the usual upload (target ratio ≥ 20); medians over 15 athletes × 3 rounds, full and incremental
 *    alternating. "Full" is the app's own full recompute (the whole history marked stale, as after
 *    a convention change): every activity load read, every day computed and written.
 *  - in Chromium, on the same database served in browser mode: the first roster paint (target ≤ 500 ms)
 *    and the athlete page's first screen of charts (target ≤ 300 ms), by bench/analytics-ui.ts
 *    (`--no-ui` leaves this out; `npm run bench:analytics-ui` alone measures the demo roster and scrolling).
 * With --json the last line is one JSON object with the figures.
 */
import type Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addDays, toIsoDate } from '../src-main/common/domain/dates';
import { markLoadDirty, markLoadDirtyFromStart } from '../src-main/node/db/repositories/load-state';
import { refreshStaleLoads } from '../src-main/node/services/analytics';
import { loadRoster } from '../src-main/node/services/analytics-roster';
import { refreshAthlete } from '../src-main/node/services/load-refresh';
import { createTempApp, type TempApp } from '../tests/helpers/temp-app';
import { generateRoster, storeRandomSession, type SyntheticAthlete } from './synthetic-roster';
import { seededRandom } from '../tests/unit/domain/load/seeded-random';

const { values } = parseArgs({
  options: { json: { type: 'boolean' }, athletes: { type: 'string' }, 'no-ui': { type: 'boolean' } },
});
const ATHLETES = Number(values.athletes ?? 500);
const YEARS = 3;
/** Rounds of "add one activity" per athlete of the recompute comparison (15 athletes each). */
const RECOMPUTE_ROUNDS = 3;
const log = (line: string) => process.stderr.write(`${line}\n`);
/** The bare SELECTs' statements, prepared once (see preparedOnce). */
const bareStatements = new Map<string, Database.Statement<unknown[]>>();

const loadAtStart = loadavg()[0]!;
const now = new Date();
const today = toIsoDate(now);
const weekAgo = addDays(today, -7);
const app = createTempApp({ now });
try {
  const random = seededRandom(42);
  let started = performance.now();
  const athletes = await generateRoster(app, { athletes: ATHLETES, years: YEARS, now, random });
  const generateSeconds = seconds(started);
  const activities = app.database.sqlite.prepare('SELECT count(*) AS n FROM activities').get() as { n: number };
  const plans = app.database.sqlite.prepare("SELECT count(*) AS n FROM plans WHERE status = 'active'").get() as {
    n: number;
  };
  log(
    `generated ${ATHLETES} athletes, ${activities.n} activities, ${plans.n} active plans in ${generateSeconds.toFixed(1)} s`,
  );

  // Planning a block read the stored PMC of its athlete: start again from none, as after an import of the lot.
  for (const { id } of athletes) await markLoadDirtyFromStart(app.ctx.db, id);
  started = performance.now();
  await refreshStaleLoads(app.ctx);
  const fullRecomputeAllSeconds = seconds(started);
  const dailyRows = app.database.sqlite.prepare('SELECT count(*) AS n FROM daily_load').get() as { n: number };
  log(`first PMC of every athlete: ${fullRecomputeAllSeconds.toFixed(2)} s (${dailyRows.n} daily rows)`);

  const roster = await alternatingMedians(
    25,
    () => loadRoster(app.ctx),
    async () => bareRosterSelect(app),
  );
  const rosterRatio = roster.rosterMs / roster.bareSelectMs;
  log(
    `roster: ${roster.rosterMs.toFixed(2)} ms vs bare SELECTs of the same rows ${roster.bareSelectMs.toFixed(2)} ms → ratio ${rosterRatio.toFixed(2)} (target ≤ 2)`,
  );

  const recompute = await recomputeAfterOneActivity(app, athletes.slice(0, 15));
  const recomputeRatio = recompute.fullMs / recompute.incrementalMs;
  log(
    `recompute of one athlete after adding one activity: full ${recompute.fullMs.toFixed(2)} ms, incremental ` +
      `${recompute.incrementalMs.toFixed(2)} ms → ratio ${recomputeRatio.toFixed(1)} (target ≥ 20; medians of ${recompute.samples})`,
  );
  const paint = values['no-ui'] ? null : paintTimings(join(app.dir, 'coach.db'));
  if (paint) {
    log(
      `Chromium, this database in browser mode: roster rows painted ${paint.rosterPaintMs} ms after navigation (target ≤ 500 ms), ` +
        `athlete page's first screen of charts ${paint.athleteFirstScreenChartsMs} ms after opening (target ≤ 300 ms); medians of ${paint.runs}`,
    );
  }
  log(
    `machine load average (1 min): ${loadAtStart.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end, on ${availableParallelism()} cores`,
  );

  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({
        athletes: ATHLETES,
        activities: activities.n,
        activePlans: plans.n,
        dailyRows: dailyRows.n,
        generateSeconds: round(generateSeconds),
        fullRecomputeAllSeconds: round(fullRecomputeAllSeconds),
        rosterMs: round(roster.rosterMs),
        bareSelectMs: round(roster.bareSelectMs),
        rosterToBareSelectRatio: round(rosterRatio),
        fullRecomputeMs: round(recompute.fullMs),
        incrementalRecomputeMs: round(recompute.incrementalMs),
        fullToIncrementalRatio: round(recomputeRatio),
        recomputeSamples: recompute.samples,
        loadAverage: { atStart: round(loadAtStart), atEnd: round(loadavg()[0]!) },
        ...(paint && {
          rosterPaintMs: paint.rosterPaintMs,
          athleteFirstScreenChartsMs: paint.athleteFirstScreenChartsMs,
          athleteAllChartsMs: paint.athleteAllChartsMs,
        }),
      })}\n`,
    );
  }
} finally {
  await app.dispose();
}

interface PaintTimings {
  rosterPaintMs: number;
  athleteFirstScreenChartsMs: number;
  athleteAllChartsMs: number;
  runs: number;
}

/** Runs the browser-mode paint benchmark against this database (in its own process, with Chromium). */
function paintTimings(dbPath: string): PaintTimings {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/analytics-ui.ts', '--db', dbPath, '--no-scroll', '--json'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (run.status !== 0) throw new Error(`bench/analytics-ui.ts failed (exit ${run.status})`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as PaintTimings;
}

/**
 * The same stored rows the roster reads, without Kysely or mapping: athletes with their bookkeeping,
 * settings, tags and today's stored day, then the other columns' rows — active plans and race events
 * ahead, the planned sessions and activities of the last week for the athletes with a plan (compliance),
 * open anomalies counted by severity, call cadences and last calls.
 */
function bareRosterSelect(app: TempApp): unknown[] {
  const sqlite = { prepare: (sql: string) => preparedOnce(app, sql) };
  return [
    sqlite
      .prepare(
        `SELECT a.id, a.name, a.sports, a.is_demo, s.*, st.*, d.*,
           (SELECT group_concat(t.name, char(31)) FROM athlete_tags at JOIN tags t ON t.id = at.tag_id WHERE at.athlete_id = a.id) AS tag_names
         FROM athletes a
         LEFT JOIN daily_load_state s ON s.athlete_id = a.id
         LEFT JOIN analytics_settings st ON st.athlete_id = a.id
         LEFT JOIN daily_load d ON d.athlete_id = a.id AND d.date = s.refreshed_for
         WHERE a.archived_at IS NULL ORDER BY a.name`,
      )
      .all(),
    sqlite.prepare(`SELECT * FROM plans WHERE status = 'active' AND race_date >= ? ORDER BY race_date, id`).all(today),
    sqlite
      .prepare(
        `SELECT athlete_id, start_date, title FROM events WHERE kind = 'race' AND start_date >= ? ORDER BY start_date`,
      )
      .all(today),
    sqlite
      .prepare(
        `SELECT id, plan_id, date, sport, planned_seconds FROM planned_workouts
         WHERE plan_id IN (SELECT id FROM plans WHERE status = 'active' AND race_date >= ?) AND date >= ? AND date <= ?`,
      )
      .all(today, weekAgo, today),
    sqlite
      .prepare(
        `SELECT id, athlete_id, local_date, sport, timer_seconds FROM activities
         WHERE athlete_id IN (SELECT athlete_id FROM plans WHERE status = 'active' AND race_date >= ?) AND local_date >= ? AND local_date <= ?`,
      )
      .all(today, weekAgo, today),
    sqlite
      .prepare(
        `SELECT athlete_id, severity, count(*) AS n FROM anomalies WHERE state IN ('open', 'acknowledged') GROUP BY athlete_id, severity`,
      )
      .all(),
    sqlite.prepare('SELECT * FROM call_schedules').all(),
    sqlite.prepare('SELECT athlete_id, max(held_on) AS held_on FROM calls GROUP BY athlete_id').all(),
  ];
}

/** Prepared once and reused, as the app's statement cache does for its queries. */
function preparedOnce(app: TempApp, sql: string): Database.Statement<unknown[]> {
  let statement = bareStatements.get(sql);
  if (!statement) bareStatements.set(sql, (statement = app.database.sqlite.prepare(sql)));
  return statement;
}

/**
 * For each athlete, ROUNDS times: add one activity dated two days ago and time the incremental refresh
 * that follows; then mark the whole history stale and time the full recompute of the same athlete.
 * Full and incremental alternate, so both see the same machine load; medians over all samples.
 */
async function recomputeAfterOneActivity(
  app: TempApp,
  athletes: readonly SyntheticAthlete[],
): Promise<{ fullMs: number; incrementalMs: number; samples: number }> {
  const random = seededRandom(7);
  const full: number[] = [];
  const incremental: number[] = [];
  for (let round = 0; round < RECOMPUTE_ROUNDS; round++) {
    for (const athlete of athletes) {
      const { id } = athlete;
      const date = addDays(today, -2);
      await app.ctx.db.transaction().execute(async (trx) => {
        await storeRandomSession(trx, athlete, date, random, now.toISOString());
        await markLoadDirty(trx, id, date);
      });
      let started = performance.now();
      const resumed = await refreshAthlete(app.ctx.db, id, now);
      incremental.push(performance.now() - started);
      if (resumed.pmc !== 'incremental') throw new Error(`expected an incremental recompute, got ${resumed.pmc}`);

      await markLoadDirtyFromStart(app.ctx.db, id);
      started = performance.now();
      const recomputed = await refreshAthlete(app.ctx.db, id, now);
      full.push(performance.now() - started);
      if (recomputed.pmc !== 'full') throw new Error(`expected a full recompute, got ${recomputed.pmc}`);
    }
  }
  return { fullMs: median(full), incrementalMs: median(incremental), samples: full.length };
}

/**
 * Median times of two pieces of work, run one after the other in alternation (after three warm-up
 * runs each for the JIT and the page cache), so both see the same machine load. Never concurrently:
 * an awaited query would otherwise have the other's work timed inside it.
 */
async function alternatingMedians(
  runs: number,
  roster: () => Promise<unknown>,
  bare: () => Promise<unknown>,
): Promise<{ rosterMs: number; bareSelectMs: number }> {
  const timed = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  for (let i = 0; i < 3; i++) {
    await roster();
    await bare();
  }
  const rosterTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    rosterTimes.push(await timed(roster));
    bareTimes.push(await timed(bare));
  }
  return { rosterMs: median(rosterTimes), bareSelectMs: median(bareTimes) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function seconds(startedMs: number): number {
  return (performance.now() - startedMs) / 1000;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
