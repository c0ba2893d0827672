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
    Number((await app.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

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
    const explanations = await app.ctx.db.selectFrom('activities').select('load_explanation').where('load_method', '=', 'power').execute();
    const ftpDates = new Set(explanations.map((e) => /set (\d{4}-\d{2}-\d{2})/.exec(e.load_explanation)?.[1]));
    expect(ftpDates.size).toBeGreaterThan(20);
  });

  it('keeps 1 Hz streams to the last three weeks', async () => {
    const oldest = await sql<{ d: string }>`SELECT min(a.local_date) AS d FROM activities a JOIN activity_streams s ON s.activity_id = a.id`.execute(app.ctx.db);
    expect(oldest.rows[0]!.d >= addDays(TODAY, -DEMO_STREAM_DAYS)).toBe(true);
    expect(await count('activity_streams')).toBeGreaterThan(100);
  });

  it('reports progress per athlete and a final data change', () => {
    const progress = events.filter((e) => e.type === 'job.progress' && e.job === 'demo');
    expect(progress).toHaveLength(24);
    expect(progress[23]).toMatchObject({ done: 24, total: 24 });
    expect(events[events.length - 1]).toEqual({ type: 'data.changed', scope: 'athletes' });
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
