/**
 * `npm run bench:demo [-- --json]`: how long the demo roster takes to create and how large it is.
 * Targets (foundation issue): under 30 s and under 100 MB. Prints figures; asserts nothing.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoachApp } from '../src-main/node/app';
import { loadDemoRoster } from '../src-main/node/services/demo';

const dir = mkdtempSync(join(tmpdir(), 'coach-bench-demo-'));
const dbPath = join(dir, 'demo.db');
const app = createCoachApp(dbPath);
const started = performance.now();
const summary = await loadDemoRoster(app.ctx, {});
const seconds = (performance.now() - started) / 1000;
await app.close();
const megabytes = readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0) / 1e6;
rmSync(dir, { recursive: true, force: true });

const figures = {
  athletes: summary.athletes,
  activities: summary.activities,
  wellnessDays: summary.wellnessDays,
  seconds: Math.round(seconds * 10) / 10,
  databaseMb: Math.round(megabytes * 10) / 10,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
console.log(
  `demo roster: ${figures.athletes} athletes, ${figures.activities} activities, ${figures.wellnessDays} wellness days`,
);
console.log(
  `time ${figures.seconds} s (target < 30 s), database ${figures.databaseMb} MB (target < 100 MB), peak RSS ${figures.peakRssMb} MB`,
);
if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
