import { AppError, type DemoSummary, THRESHOLD_METRICS, type ThresholdValues } from '../../common/contract';
import { toIsoDate } from '../../common/domain/dates';
import { DEFAULT_DEMO_SEED, generateDemoAthlete, planDemoRoster, type DemoAthlete } from '../../common/domain/demo';
import { upsertThreshold } from '../db/repositories/athletes';
import { insertEvent } from '../db/repositories/events';
import { addActivity } from './activities';
import { refreshStaleLoads } from './analytics';
import { createAthlete, deleteAthlete, listAthletes } from './athletes';
import type { ServiceContext } from './context';
import { saveWellnessDays } from './wellness';

/**
 * Creates the demo roster through the same services real data uses, so every demo activity gets its
 * load from the thresholds valid on its date exactly as an imported one would. Athletes are
 * generated and written one at a time (one transaction each), which keeps memory flat and lets the
 * UI show progress.
 */
export async function loadDemoRoster(ctx: ServiceContext, options: { seed?: number }): Promise<DemoSummary> {
  const started = performance.now();
  const existingDemo = (await listAthletes(ctx, true)).filter((a) => a.isDemo);
  if (existingDemo.length > 0) {
    throw new AppError(
      'CONFLICT',
      `This database already holds ${existingDemo.length} demo athletes; delete them or use another database before loading the demo again`,
    );
  }
  const now = ctx.now();
  const today = toIsoDate(now);
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const specs = planDemoRoster(seed, now.getUTCFullYear());
  const summary: DemoSummary = { athletes: 0, activities: 0, wellnessDays: 0, seconds: 0 };

  for (const spec of specs) {
    const demo = generateDemoAthlete(spec, { seed, today });
    await storeDemoAthlete(ctx, demo, now);
    summary.athletes++;
    summary.activities += demo.activities.length;
    summary.wellnessDays += demo.wellness.length;
    ctx.events.emit({ type: 'job.progress', job: 'demo', done: summary.athletes, total: specs.length, label: demo.profile.name });
    // Generation is CPU-bound and SQLite is synchronous: yield to the event loop so the progress event
    // actually reaches the window (IPC or server-sent events) before the next athlete starts.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  // Computed now rather than on the first roster read, so opening the roster right after is instant.
  await refreshStaleLoads(ctx);
  ctx.events.emit({ type: 'data.changed', scope: 'athletes' });
  summary.seconds = Math.round((performance.now() - started) / 100) / 10;
  return summary;
}

async function storeDemoAthlete(ctx: ServiceContext, demo: DemoAthlete, now: Date): Promise<void> {
  const firstDate = demo.thresholdHistory[0]?.validFrom;
  const initial: ThresholdValues = {};
  for (const metric of THRESHOLD_METRICS) {
    const first = demo.thresholdHistory.find((t) => t.metric === metric && t.validFrom === firstDate);
    if (first) initial[metric] = first.value;
  }
  const athlete = await createAthlete(ctx, { ...demo.profile, thresholds: initial, thresholdsFrom: firstDate }, { isDemo: true });
  const createdAt = now.toISOString();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      for (const t of demo.thresholdHistory) {
        if (t.validFrom !== firstDate) await upsertThreshold(trx, athlete.id, t.metric, t.value, t.validFrom, createdAt);
      }
      for (const record of demo.activities) await addActivity(trx, athlete, record, { isDemo: true, now });
      await saveWellnessDays(trx, athlete.id, demo.wellness, 'demo');
      for (const e of demo.events) await insertEvent(trx, { athleteId: athlete.id, ...e }, createdAt);
    });
  } catch (error) {
    // The athlete row was committed on its own; without its data it would be a confusing half-demo.
    await deleteAthlete(ctx, athlete.id, athlete.name);
    throw error;
  }
}
