import { AppError, type DemoSummary } from '../../common/contract';
import { THRESHOLD_METRICS, type ThresholdValues } from '../../common/domain/thresholds';
import { toIsoDate } from '../../common/domain/dates';
import {
  DEFAULT_DEMO_SEED,
  generateDemoAthlete,
  planDemoRoster,
  type DemoAthlete,
  type DemoAthleteSpec,
} from '../../common/domain/demo';
import { chooseDemoBlocks, demoCallSchedule, type DemoBlock, type DemoSeason } from '../../common/domain/demo/plans';
import { upsertThreshold } from '../db/repositories/athletes';
import { insertCall, saveCallSchedule } from '../db/repositories/calls';
import { insertEvent } from '../db/repositories/events';
import { addActivity } from './activities';
import { refreshStaleLoads } from './analytics';
import { createAthlete, deleteAthlete, listAthletes } from './athletes';
import type { ServiceContext } from './context';
import { createPlan } from './plans';
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
  const stored: { id: number; spec: DemoAthleteSpec; season: DemoSeason }[] = [];

  for (const spec of specs) {
    const demo = generateDemoAthlete(spec, { seed, today });
    stored.push({ id: await storeDemoAthlete(ctx, demo, now), spec, season: seasonOf(demo) });
    summary.athletes++;
    summary.activities += demo.activities.length;
    summary.wellnessDays += demo.wellness.length;
    ctx.events.emit({
      type: 'job.progress',
      job: 'demo',
      done: summary.athletes,
      total: specs.length,
      label: demo.profile.name,
    });
    // Generation is CPU-bound and SQLite is synchronous: yield to the event loop so the progress event
    // actually reaches the window (IPC or server-sent events) before the next athlete starts.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  // Computed now rather than on the first roster read, so opening the roster right after is instant.
  await refreshStaleLoads(ctx);
  const blocks = chooseDemoBlocks(
    stored.map((s) => s.season),
    today,
    seed,
  );
  for (const block of blocks) await createDemoPlan(ctx, stored[block.athleteIndex]!.id, block);
  await storeCallSchedules(ctx, stored, new Set(blocks.map((b) => b.athleteIndex)), seed, today);
  // Planning as of a block's first day left those athletes' morning status computed for that day.
  await refreshStaleLoads(ctx);
  ctx.events.emit({ type: 'data.changed', scope: 'athletes' });
  summary.seconds = Math.round((performance.now() - started) / 100) / 10;
  return summary;
}

function seasonOf(demo: DemoAthlete): DemoSeason {
  return {
    index: demo.spec.index,
    discipline: demo.spec.discipline,
    weeks: demo.weeks,
    races: demo.events
      .filter((e) => e.kind === 'race')
      .map((e) => ({ date: e.startDate, name: e.title, priority: e.priority, raceType: e.raceType })),
  };
}

/**
 * Plans the block through the real planner with the clock set to the block's first day, so the plan is
 * what the planner would have made then — every day from week 1 planned, before any of it was trained —
 * and the athlete's demo activities since are matched against it as completed sessions, as they would
 * have been had the coach made it that day. A block whose race is already over can only be planned this
 * way, since the planner refuses a race that is not ahead.
 */
async function createDemoPlan(ctx: ServiceContext, athleteId: number, block: DemoBlock): Promise<void> {
  // Noon UTC is the same calendar day in every demo athlete's time zone (UTC−5 to UTC+10).
  const asOf = new Date(`${block.startDate}T12:00:00Z`);
  await createPlan(
    { ...ctx, now: () => asOf },
    {
      athleteId,
      raceDate: block.raceDate,
      raceType: block.raceType,
      raceName: block.raceName,
      startDate: block.startDate,
      racePriority: 'A',
      pattern: '3:1',
      guardrails: {},
      longSessionDay: block.longSessionDay,
    },
  );
}

/** The call cadences the coach set and the last call held with each athlete who has one. */
async function storeCallSchedules(
  ctx: ServiceContext,
  stored: readonly { id: number; spec: DemoAthleteSpec }[],
  planned: ReadonlySet<number>,
  seed: number,
  today: string,
): Promise<void> {
  const createdAt = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    for (const { id, spec } of stored) {
      const schedule = demoCallSchedule(spec, planned.has(spec.index), seed, today);
      if (!schedule) continue;
      await saveCallSchedule(trx, id, { cadenceDays: schedule.cadenceDays });
      await insertCall(
        trx,
        id,
        schedule.lastCall,
        'Check-in: how training went since the last call, the weeks ahead.',
        createdAt,
      );
    }
  });
}

async function storeDemoAthlete(ctx: ServiceContext, demo: DemoAthlete, now: Date): Promise<number> {
  const firstDate = demo.thresholdHistory[0]?.validFrom;
  const initial: ThresholdValues = {};
  for (const metric of THRESHOLD_METRICS) {
    const first = demo.thresholdHistory.find((t) => t.metric === metric && t.validFrom === firstDate);
    if (first) initial[metric] = first.value;
  }
  const athlete = await createAthlete(
    ctx,
    { ...demo.profile, thresholds: initial, thresholdsFrom: firstDate },
    { isDemo: true },
  );
  const createdAt = now.toISOString();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      for (const t of demo.thresholdHistory) {
        if (t.validFrom !== firstDate)
          await upsertThreshold(trx, athlete.id, t.metric, t.value, t.validFrom, createdAt);
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
  return athlete.id;
}
