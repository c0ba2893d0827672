/**
 * `npm run bench:anomalies [-- --json] [-- --athletes N]`: re-evaluating every anomaly rule for a
 * coaching business — 500 athletes × 3 years (target < 2 s). Generates the synthetic roster of
 * bench:analytics (activities scored from their streams, most athletes in a planned block, so the
 * performance and compliance rules have real work; bench/synthetic-roster.ts) plus activity notes on
 * about one session in twenty (some mention pain), computes the
 * PMC once, then times `evaluateAthletes` over the whole roster: reading the roster's history from
 * SQLite (one query per kind of data), running the rules, writing the findings. The first run raises the anomalies; the median of
 * the runs after it is the steady re-evaluation after an import or edit.
 * With --json the last line is one JSON object with the figures.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { refreshStaleLoads } from '../src-main/node/services/analytics';
import { evaluateAthletes } from '../src-main/node/anomalies/evaluation';
import { createTempApp } from '../tests/helpers/temp-app';
import { seededRandom } from '../tests/unit/domain/load/seeded-random';
import { generateRoster } from './synthetic-roster';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, athletes: { type: 'string' } } });
const ATHLETES = Number(values.athletes ?? 500);
const YEARS = 3;
const RUNS = 5;
const NOTES = [
  'Felt good',
  'Legs heavy on the climbs',
  'Windy, stayed in the drops',
  'Sore left calf after the intervals',
  'Great group ride',
];
const log = (line: string) => process.stderr.write(`${line}\n`);

const loadAtStart = loadavg()[0]!;
const now = new Date();
const app = createTempApp({ now });
try {
  let started = performance.now();
  const random = seededRandom(42);
  await generateRoster(app, {
    athletes: ATHLETES,
    years: YEARS,
    now,
    random,
    notes: (_, r) => (r.next() < 0.05 ? NOTES[r.int(0, NOTES.length - 1)]! : ''),
  });
  await refreshStaleLoads(app.ctx);
  const counts = app.database.sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM activities) AS activities, (SELECT count(*) FROM wellness) AS wellness,
         (SELECT count(*) FROM activities WHERE json_extract(metrics, '$.efficiencyFactor') IS NOT NULL) AS withEf,
         (SELECT count(*) FROM plans WHERE status = 'active') AS plans, (SELECT count(*) FROM planned_workouts) AS planned`,
    )
    .get() as { activities: number; wellness: number; withEf: number; plans: number; planned: number };
  log(
    `generated ${ATHLETES} athletes × ${YEARS} years: ${counts.activities} activities (${counts.withEf} with streams' metrics), ` +
      `${counts.plans} active plans of ${counts.planned} sessions, ${counts.wellness} morning readings, PMC computed (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );

  const timings: number[] = [];
  const cpuTimings: number[] = [];
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    started = performance.now();
    const cpuAtStart = process.cpuUsage();
    findings = (await evaluateAthletes(app.ctx)).findings;
    timings.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuAtStart);
    cpuTimings.push((cpu.user + cpu.system) / 1000);
  }
  const firstMs = timings[0]!;
  const steady = timings.slice(1).sort((a, b) => a - b);
  const medianMs = steady[Math.floor(steady.length / 2)]!;
  // On a shared machine the wall time includes waiting for a core; the CPU time is this process's own work.
  const steadyCpu = cpuTimings.slice(1).sort((a, b) => a - b);
  const medianCpuMs = steadyCpu[Math.floor(steadyCpu.length / 2)]!;
  const stored = app.database.sqlite.prepare('SELECT count(*) AS n FROM anomalies').get() as { n: number };
  const byRule = Object.fromEntries(
    (
      app.database.sqlite.prepare('SELECT rule, count(*) AS n FROM anomalies GROUP BY rule ORDER BY rule').all() as {
        rule: string;
        n: number;
      }[]
    ).map((r) => [r.rule, r.n]),
  );
  log(`first evaluation (raises the anomalies): ${(firstMs / 1000).toFixed(2)} s`);
  log(
    `re-evaluating all rules for ${ATHLETES} athletes: median ${(medianMs / 1000).toFixed(2)} s over ${steady.length} runs (target < 2 s), CPU time ${(medianCpuMs / 1000).toFixed(2)} s; ${findings} findings, ${stored.n} anomalies stored`,
  );
  log(
    `anomalies by rule: ${Object.entries(byRule)
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ')}`,
  );
  log(
    `machine load average (1 min): ${loadAtStart.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end, on ${availableParallelism()} cores`,
  );
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({
        athletes: ATHLETES,
        years: YEARS,
        activities: counts.activities,
        activitiesWithStreamMetrics: counts.withEf,
        activePlans: counts.plans,
        firstEvaluationSeconds: round(firstMs / 1000),
        reEvaluationSeconds: round(medianMs / 1000),
        reEvaluationCpuSeconds: round(medianCpuMs / 1000),
        findings,
        anomaliesStored: stored.n,
        anomaliesByRule: byRule,
        loadAverage: { atStart: round(loadAtStart), atEnd: round(loadavg()[0]!) },
      })}\n`,
    );
  }
} finally {
  await app.dispose();
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
