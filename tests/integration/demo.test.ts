import { statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, type PushEvent } from '../../src-main/common/contract';
import { addDays } from '../../src-main/common/domain/dates';
import { DEMO_STREAM_DAYS } from '../../src-main/common/domain/demo';
import { runCli } from '../../src-main/node/cli/main';
import { listAthletes } from '../../src-main/node/services/athletes';
import { loadDemoRoster } from '../../src-main/node/services/demo';
import { loadRoster } from '../../src-main/node/services/analytics-roster';
import { getPlanView } from '../../src-main/node/services/plans';
import type { DemoSummary } from '../../src-main/common/contract';
import { createTempApp, type TempApp } from '../helpers/temp-app';

const NOW = new Date('2025-06-18T09:30:00Z');
const TODAY = '2025-06-18';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

const fileSize = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

describe('loading the demo roster through the services', () => {
  let app: TempApp;
  let summary: DemoSummary;
  const events: PushEvent[] = [];

  beforeAll(async () => {
    app = createTempApp({ now: NOW });
    app.ctx.events.subscribe((e) => events.push(e));
    summary = await loadDemoRoster(app.ctx, { seed: 11 });
  }, 180_000);
  afterAll(async () => app.dispose());

  const count = async (table: 'athletes' | 'activities' | 'wellness' | 'events' | 'activity_streams' | 'thresholds') =>
    Number(
      (
        await app.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('stores two dozen demo athletes with the counts the summary reports', async () => {
    expect(summary.athletes).toBe(24);
    expect(await count('athletes')).toBe(24);
    expect(await count('activities')).toBe(summary.activities);
    expect(await count('wellness')).toBe(summary.wellnessDays);
    expect(summary.activities).toBeGreaterThan(24 * 250);
    expect(summary.wellnessDays).toBeGreaterThan(24 * 500);
    expect(await count('events')).toBeGreaterThan(24 * 5);
    expect(await count('thresholds')).toBeGreaterThan(24 * 10);
    expect(summary.seconds).toBeGreaterThan(0);
  });

  it('marks every athlete and activity as demo', async () => {
    const athletes = await listAthletes(app.ctx, true);
    expect(athletes.every((a) => a.isDemo && a.tags.includes('demo'))).toBe(true);
    const notDemo = await app.ctx.db.selectFrom('activities').select('id').where('is_demo', '=', 0).execute();
    expect(notDemo).toEqual([]);
  });

  it('gives every activity a computed load with a method and an explanation', async () => {
    const missing = await app.ctx.db
      .selectFrom('activities')
      .select(['id', 'load_method', 'load_explanation'])
      .where((eb) => eb.or([eb('load', 'is', null), eb('load_method', '=', 'none'), eb('load_explanation', '=', '')]))
      .execute();
    expect(missing).toEqual([]);
    const methods = await app.ctx.db.selectFrom('activities').select('load_method').distinct().execute();
    expect(new Set(methods.map((m) => m.load_method))).toEqual(new Set(['power', 'pace', 'swim', 'hr']));
  });

  it('computes load from the thresholds valid on each activity date, not today’s', async () => {
    const explanations = await app.ctx.db
      .selectFrom('activities')
      .select('load_explanation')
      .where('load_method', '=', 'power')
      .execute();
    const ftpDates = new Set(explanations.map((e) => /set (\d{1,2} \w{3,4} \d{4})/.exec(e.load_explanation)?.[1]));
    expect(ftpDates.size).toBeGreaterThan(20);
  });

  it('keeps 1 Hz streams to the last three weeks', async () => {
    const oldest = await sql<{
      d: string;
    }>`SELECT min(a.local_date) AS d FROM activities a JOIN activity_streams s ON s.activity_id = a.id`.execute(
      app.ctx.db,
    );
    expect(oldest.rows[0]!.d >= addDays(TODAY, -DEMO_STREAM_DAYS)).toBe(true);
    expect(await count('activity_streams')).toBeGreaterThan(100);
  });

  it('reports progress per athlete and a final data change', () => {
    const progress = events.filter((e) => e.type === 'job.progress' && e.job === 'demo');
    expect(progress).toHaveLength(24);
    expect(progress[23]).toMatchObject({ done: 24, total: 24 });
    expect(events[events.length - 1]).toEqual({ type: 'data.changed', scope: 'athletes' });
  });

  describe('plans', () => {
    const plansWithAthletes = () =>
      app.ctx.db
        .selectFrom('plans')
        .innerJoin('athletes', 'athletes.id', 'plans.athlete_id')
        .select([
          'plans.id',
          'plans.athlete_id as athleteId',
          'plans.start_date as startDate',
          'plans.race_date as raceDate',
          'plans.race_name as raceName',
          'athletes.sports as sports',
        ])
        .execute();

    it('puts a runner, a cyclist and a triathlete in a block under way toward their next A race, and leaves most athletes without a plan', async () => {
      const plans = await plansWithAthletes();
      const underWay = plans.filter((p) => p.raceDate > TODAY);
      expect(underWay.length).toBeGreaterThanOrEqual(3);
      expect(new Set(underWay.map((p) => (JSON.parse(p.sports) as string[]).join('/')))).toEqual(
        new Set(['run', 'bike', 'swim/bike/run']),
      );
      expect(new Set(plans.map((p) => p.athleteId)).size).toBeLessThanOrEqual(12);
      for (const plan of underWay) {
        const weeksAgo = addDays(TODAY, -7 * 4) >= plan.startDate && plan.startDate >= addDays(TODAY, -7 * 11);
        expect(weeksAgo, `${plan.raceName} starts ${plan.startDate}`).toBe(true);
        const goal = await app.ctx.db
          .selectFrom('events')
          .select(['title', 'priority'])
          .where('athlete_id', '=', plan.athleteId)
          .where('kind', '=', 'race')
          .where('start_date', '=', plan.raceDate)
          .executeTakeFirstOrThrow();
        expect(goal).toEqual({ title: plan.raceName, priority: 'A' });
      }
    });

    it('shows those athletes with a plan phase, a compliance value and their next race on the roster', async () => {
      const plans = await plansWithAthletes();
      const rows = await loadRoster(app.ctx);
      for (const plan of plans.filter((p) => p.raceDate > TODAY)) {
        const row = rows.find((r) => r.id === plan.athleteId)!;
        expect(row.plan).toMatchObject({ id: plan.id });
        expect(row.plan!.phase).not.toBeNull();
        expect(row.compliance!.ratio).toBeGreaterThanOrEqual(0);
        expect(row.compliance!.sessionsPlanned).toBeGreaterThan(0);
        expect(row.nextRace!.date <= plan.raceDate).toBe(true);
      }
      expect(new Set(rows.flatMap((r) => (r.compliance ? [r.compliance.colour] : []))).size).toBeGreaterThan(1);
      expect(rows.filter((r) => r.plan === null).length).toBeGreaterThan(rows.length / 2);
    });

    it('matches the demo activities of the past weeks to the sessions planned on the block’s first day', async () => {
      const plan = (await plansWithAthletes()).find((p) => p.raceDate > TODAY)!;
      const view = await getPlanView(app.ctx, plan.id);
      const past = view.days.filter((d) => d.date < TODAY).flatMap((d) => d.workouts);
      expect(past.length).toBeGreaterThan(10);
      expect(past.filter((w) => w.actual !== null).length).toBeGreaterThan(past.length / 3);
      expect(past.every((w) => w.compliance !== null)).toBe(true);
    });

    it('has one block that finished with its A race in the recent past, planned as of its first day', async () => {
      const finished = (await plansWithAthletes()).filter((p) => p.raceDate < TODAY);
      expect(finished).toHaveLength(1);
      expect(finished[0]!.raceDate >= addDays(TODAY, -70)).toBe(true);
      const created = await app.ctx.db
        .selectFrom('plans')
        .select('created_at')
        .where('id', '=', finished[0]!.id)
        .executeTakeFirstOrThrow();
      expect(created.created_at.slice(0, 10)).toBe(finished[0]!.startDate);
      expect((await loadRoster(app.ctx)).find((r) => r.id === finished[0]!.athleteId)!.plan).toBeNull();
    });

    it('plans around the B races inside the blocks: race day holds the race', async () => {
      let checked = 0;
      for (const plan of await plansWithAthletes()) {
        const races = await app.ctx.db
          .selectFrom('events')
          .select(['start_date', 'title'])
          .where('athlete_id', '=', plan.athleteId)
          .where('kind', '=', 'race')
          .where('priority', '=', 'B')
          .where('start_date', '>=', plan.startDate)
          .where('start_date', '<', plan.raceDate)
          .execute();
        for (const race of races) {
          const onTheDay = await app.ctx.db
            .selectFrom('planned_workouts')
            .select('name')
            .where('plan_id', '=', plan.id)
            .where('date', '=', race.start_date)
            .execute();
          expect(onTheDay.length).toBeGreaterThan(0);
          expect(onTheDay.every((w) => w.name.startsWith(race.title))).toBe(true);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });

    it('gives some athletes a call cadence and a last call, so some calls are due and some are not', async () => {
      const calls = (await loadRoster(app.ctx)).map((r) => r.call).filter((c) => c.cadenceDays !== null);
      expect(calls.length).toBeGreaterThan(5);
      expect(calls.every((c) => c.lastCall !== null && c.lastCall < TODAY)).toBe(true);
      expect(calls.some((c) => c.due)).toBe(true);
      expect(calls.some((c) => !c.due)).toBe(true);
    });
  });

  it('refuses to load the demo a second time instead of duplicating it', async () => {
    const error = await loadDemoRoster(app.ctx, { seed: 11 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFLICT');
    expect((error as AppError).message).toMatch(/already holds 24 demo athletes/);
    expect(await count('athletes')).toBe(24);
  });
});

describe('coach demo', () => {
  let app: TempApp;
  beforeAll(() => {
    // Only for its temp folder; the command opens the database itself.
    app = createTempApp();
  });
  afterAll(async () => app.dispose());

  it('loads the roster headlessly, prints the summary as JSON and keeps the database under 100 MB', async () => {
    const dbPath = join(app.dir, 'cli-demo.db');
    const { io, out, err } = captureIo();
    const status = await runCli(['demo', '--db', dbPath, '--seed', '5', '--json'], io);
    expect(err).toEqual([]);
    expect(status).toBe(0);
    const summary = JSON.parse(out.join('\n')) as DemoSummary;
    expect(summary.athletes).toBe(24);
    expect(summary.activities).toBeGreaterThan(5000);
    // A generous bound for busy CI machines; the target on a developer machine is under 30 s.
    expect(summary.seconds).toBeLessThan(60);
    const bytes = fileSize(dbPath) + fileSize(`${dbPath}-wal`);
    expect(bytes).toBeGreaterThan(1_000_000);
    expect(bytes).toBeLessThan(100 * 1024 * 1024);
  }, 180_000);

  it('fails with exit status 1 and a clear message when the demo is already there', async () => {
    const { io, err } = captureIo();
    const status = await runCli(['demo', '--db', join(app.dir, 'cli-demo.db')], io);
    expect(status).toBe(1);
    expect(err.join('\n')).toMatch(/demo athletes/);
  });

  it('rejects a seed that is not a whole number as bad usage', async () => {
    const { io, err } = captureIo();
    expect(await runCli(['demo', '--db', join(app.dir, 'other.db'), '--seed', '1.5'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/--seed/);
  });
});
