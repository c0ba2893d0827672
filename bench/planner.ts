/**
 * `npm run bench:planner [-- --json] [-- --runs N]`: how long planning an 18-week block takes — the
 * worked marathon of the unit tests (CTL 45, 3:1, ramp 6, 4–10 h) generated, scheduled from the starter
 * library, projected through the PMC and checked, as `planBlock` does for the service, the CLI and the UI,
 * starting from the athlete's history: each timed plan first reads a year of activities (the unit tests'
 * 45 km/week runner) into its baseline with summarizeTrainingHistory.
 * Prints the median and 95th percentile per plan against the issue's target (under 100 ms), and the
 * generator's share on its own. With --json the last line is one JSON object with the figures.
 */
import { parseArgs } from 'node:util';
import starterLibrary from '../resources/workouts/starter-library.json';
import { DEFAULT_PMC_CONVENTION } from '../src-main/common/domain/load/pmc-convention';
import { generateBlock } from '../src-main/common/domain/planner/block-generator';
import { DEFAULT_TSB_WINDOW, defaultGuardrails } from '../src-main/common/domain/planner/defaults';
import { planBlock, type BlockPlan } from '../src-main/common/domain/planner/plan-block';
import { summarizeTrainingHistory } from '../src-main/common/domain/planner/training-history';
import type { BlockInput } from '../src-main/common/domain/planner/types';
import { parseWorkoutLibrary } from '../src-main/common/domain/workouts/workout-library';
import { runner45Km } from '../tests/unit/domain/planner/history-fixtures';

const TARGET_MS = 100;
const WARM_UP_RUNS = 5;

const { values } = parseArgs({ options: { json: { type: 'boolean' }, runs: { type: 'string' } } });
const runs = Number(values.runs ?? 60);
const log = (line: string) => process.stderr.write(`${line}\n`);

const library = parseWorkoutLibrary(starterLibrary);
const thresholds = { ftp: 250, thresholdPace: 270, css: 100, lthr: 170, maxHr: 190, restingHr: 50 };
const input: BlockInput = {
  raceDate: '2026-04-19',
  raceType: 'marathon',
  weeks: 18,
  pattern: '3:1',
  startCtl: 45,
  startAtl: 45,
  availability: [0, 1.5, 1.5, 1, 1.5, 2.5, 3.5],
  longSessionDay: 6,
  guardrails: { ...defaultGuardrails('marathon'), minWeeklyHours: 4, maxWeeklyHours: 10, maxRampPerWeek: 6 },
  tsbWindow: DEFAULT_TSB_WINDOW,
  convention: DEFAULT_PMC_CONVENTION,
};

function timings(count: number, run: () => unknown): number[] {
  for (let i = 0; i < WARM_UP_RUNS; i += 1) run();
  const ms: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    run();
    ms.push(performance.now() - started);
  }
  return ms.sort((a, b) => a - b);
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const round = (value: number) => Math.round(value * 100) / 100;

const firstDay = '2025-12-15';
const history = runner45Km(firstDay);
const planFromHistory = () => {
  const summary = summarizeTrainingHistory(history.activities, history.interruptions, firstDay, '2025-12-14');
  return planBlock({ ...input, ...(summary ? { baseline: summary.baseline } : {}) }, { library, thresholds });
};

let plan: BlockPlan | null = null;
const planMs = timings(runs, () => (plan = planFromHistory()));
const generateMs = timings(runs, () => generateBlock(input));
const result = plan!;

const median = quantile(planMs, 0.5);
const p95 = quantile(planMs, 0.95);
log(
  `18-week marathon from a year of history (${history.activities.length} activities), ${library.length} library workouts, ${runs} runs after ${WARM_UP_RUNS} warm-up runs`,
);
log(
  `plan (read history + generate + schedule + project + check): median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target < ${TARGET_MS} ms)`,
);
log(`generator alone: median ${quantile(generateMs, 0.5).toFixed(2)} ms`);
log(
  `plan: ${result.feasible ? 'feasible' : `infeasible (${result.reasons.join('; ')})`}, race day ${result.raceDay.date}: ` +
    `CTL ${result.raceDay.projectedCtl.toFixed(1)}, TSB ${result.raceDay.projectedTsb.toFixed(1)}`,
);

if (values.json) {
  process.stdout.write(
    `${JSON.stringify({
      planMsMedian: round(median),
      planMsP95: round(p95),
      targetMs: TARGET_MS,
      withinTarget: p95 < TARGET_MS,
      generateMsMedian: round(quantile(generateMs, 0.5)),
      runs,
      weeks: input.weeks,
      libraryWorkouts: library.length,
      feasible: result.feasible,
      raceDayCtl: round(result.raceDay.projectedCtl),
      raceDayTsb: round(result.raceDay.projectedTsb),
    })}\n`,
  );
}
