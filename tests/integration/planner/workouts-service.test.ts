import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savableWorkoutSchema } from '../../../src-main/common/contract';
import type { WorkoutDefinition } from '../../../src-main/common/domain/workouts/workout-schema';
import { dispatch } from '../../../src-main/node/api/dispatch';
import { createAthlete } from '../../../src-main/node/services/athletes';
import {
  archiveWorkout,
  ensureStarterLibrary,
  getWorkout,
  listWorkouts,
  saveWorkout,
  seedStarterLibrary,
  starterLibrary,
} from '../../../src-main/node/services/workouts';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now: new Date('2026-05-01T09:00:00Z') });
});
afterEach(() => app.dispose());

const intervals: WorkoutDefinition = {
  name: 'Coach 4×4 min',
  sport: 'bike',
  category: 'vo2max',
  description: 'Four hard efforts',
  steps: [
    {
      kind: 'step',
      intent: 'warmup',
      duration: { type: 'time', seconds: 900 },
      target: { type: 'ftpPercent', range: { low: 55, high: 65 } },
      note: '',
    },
    {
      kind: 'repeat',
      count: 4,
      steps: [
        {
          kind: 'step',
          intent: 'work',
          duration: { type: 'time', seconds: 240 },
          target: { type: 'ftpPercent', range: { low: 110, high: 120 } },
          note: '',
        },
        {
          kind: 'step',
          intent: 'recovery',
          duration: { type: 'time', seconds: 240 },
          target: { type: 'ftpPercent', range: { low: 45, high: 55 } },
          note: '',
        },
      ],
    },
    {
      kind: 'step',
      intent: 'cooldown',
      duration: { type: 'time', seconds: 600 },
      target: { type: 'ftpPercent', range: { low: 50, high: 60 } },
      note: '',
    },
  ],
};

describe('workout library service', () => {
  it('seeds at least 40 starter sessions across run, bike and swim on first use', async () => {
    const { workouts } = await listWorkouts(app.ctx, {});
    expect(workouts.length).toBeGreaterThanOrEqual(40);
    expect(workouts.every((w) => w.source === 'starter' && w.libraryKey !== null)).toBe(true);
    expect(new Set(workouts.map((w) => w.sport))).toEqual(expect.objectContaining(new Set(['run', 'bike', 'swim'])));
    for (const w of workouts) expect(w.summary.seconds, w.libraryKey!).toBeGreaterThan(0);
  });

  it('seeds once when the list and a workout are asked for together', async () => {
    const [list] = await Promise.all([listWorkouts(app.ctx, {}), getWorkout(app.ctx, 1)]);
    expect(list.workouts).toHaveLength(starterLibrary().length);
  });

  it('seeds idempotently, updates changed starters by key, retires dropped ones and never touches coach workouts', async () => {
    await ensureStarterLibrary(app.ctx);
    const library = starterLibrary();
    expect(await seedStarterLibrary(app.ctx, library)).toEqual({ inserted: 0, updated: 0, retired: 0 });
    const coach = await saveWorkout(app.ctx, { definition: intervals });

    const [first, second, ...rest] = library;
    const changed = { ...first!, definition: { ...first!.definition, description: 'Rewritten in a new release' } };
    expect(await seedStarterLibrary(app.ctx, [changed, ...rest])).toEqual({ inserted: 0, updated: 1, retired: 1 });

    const all = await listWorkouts(app.ctx, { includeArchived: true });
    const byKey = new Map(all.workouts.map((w) => [w.libraryKey, w]));
    expect(byKey.get(first!.key)).toMatchObject({ description: 'Rewritten in a new release', archived: false });
    expect(byKey.get(second!.key)).toMatchObject({ archived: true });
    expect(all.workouts.filter((w) => w.libraryKey === first!.key)).toHaveLength(1);
    expect((await getWorkout(app.ctx, coach.workout.id)).workout.definition).toEqual(intervals);

    expect(await seedStarterLibrary(app.ctx, library)).toEqual({ inserted: 0, updated: 1, retired: 0 });
  });

  it('filters by sport, category and search text (wildcards taken literally)', async () => {
    const bikes = await listWorkouts(app.ctx, { sport: 'bike' });
    expect(bikes.workouts.length).toBeGreaterThan(5);
    expect(bikes.workouts.every((w) => w.sport === 'bike')).toBe(true);
    const tests = await listWorkouts(app.ctx, { category: 'test' });
    expect(tests.workouts.map((w) => w.libraryKey)).toContain('bike-ftp-test-20');
    const search = await listWorkouts(app.ctx, { search: 'sweet SPOT' });
    expect(search.workouts.length).toBeGreaterThan(0);
    expect(search.workouts.every((w) => /sweet spot/i.test(`${w.name} ${w.description}`))).toBe(true);
    await saveWorkout(app.ctx, { definition: { ...intervals, name: 'Over 100% effort' } });
    // Unescaped, "0% e" would match any text with a 0 followed later by " e".
    expect((await listWorkouts(app.ctx, { search: '0% e' })).workouts.map((w) => w.name)).toEqual(['Over 100% effort']);
  });

  it("computes duration and load from the athlete's current thresholds", async () => {
    const athlete = await createAthlete(app.ctx, {
      name: 'Ana',
      sports: ['bike', 'run'],
      thresholds: { ftp: 250, thresholdPace: 240 },
    });
    const saved = await saveWorkout(app.ctx, { definition: intervals });
    const detail = await getWorkout(app.ctx, saved.workout.id, athlete.id);
    expect(detail.basis).toEqual({ athleteId: athlete.id, thresholds: { ftp: 250, thresholdPace: 240 } });
    // 15 min warm-up + 4 × 8 min + 10 min cool-down.
    expect(detail.summary.seconds).toBe(3420);
    // Σ hours × IF² × 100: 0.25·0.6² + 4·(0.0667·1.15² + 0.0667·0.5²) + 0.1667·0.55² → 9.0 + 41.9 + 5.0.
    expect(detail.summary.load).toBeCloseTo(56.0, 0);
    expect(detail.summary.hard).toBe(true);
    expect(detail.profile).toHaveLength(10);
    expect(detail.profile[1]).toMatchObject({
      startSecond: 900,
      endSecond: 1140,
      intent: 'work',
      intensityPercent: { low: 110, high: 120 },
      band: 'high',
    });

    const run = (await listWorkouts(app.ctx, { search: '5×1 km at threshold' }, athlete.id)).workouts[0]!;
    const assumed = (await listWorkouts(app.ctx, { search: '5×1 km at threshold' })).workouts[0]!;
    // A 4:00/km athlete covers the kilometres faster than the assumed 5:00/km threshold pace, and says nothing is assumed.
    expect(run.summary.seconds).toBeLessThan(assumed.summary.seconds);
    expect(assumed.summary.explanation).toMatch(/assumed 5:00 \/km/);
    expect(run.summary.explanation).not.toMatch(/assumed/);
  });

  it('saves and updates coach workouts, keeps starters read-only, and archives', async () => {
    const created = await saveWorkout(app.ctx, { definition: intervals });
    expect(created.workout).toMatchObject({ source: 'coach', libraryKey: null, archivedAt: null });
    const renamed = await saveWorkout(app.ctx, {
      id: created.workout.id,
      definition: { ...intervals, name: 'Coach 4×4 (renamed)' },
    });
    expect(renamed.workout.definition.name).toBe('Coach 4×4 (renamed)');
    expect((await listWorkouts(app.ctx, { search: 'renamed' })).workouts).toHaveLength(1);

    const starter = (await listWorkouts(app.ctx, { sport: 'swim' })).workouts[0]!;
    const rejected = saveWorkout(app.ctx, { id: starter.id, definition: intervals });
    await expect(rejected).rejects.toMatchObject({ code: 'CONFLICT', field: 'id' });

    const archived = await archiveWorkout(app.ctx, created.workout.id, true);
    expect(archived.archivedAt).toBe('2026-05-01T09:00:00.000Z');
    expect((await listWorkouts(app.ctx, { search: 'renamed' })).workouts).toHaveLength(0);
    expect((await listWorkouts(app.ctx, { search: 'renamed', includeArchived: true })).workouts).toHaveLength(1);
    expect((await archiveWorkout(app.ctx, created.workout.id, false)).archivedAt).toBeNull();
  });

  it('rejects invalid definitions through the API with the offending field named', async () => {
    const call = (definition: unknown) => dispatch(app.handlers, 'workouts.save', { definition });
    expect(await call({ ...intervals, name: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'definition.name' },
    });
    expect(await call({ ...intervals, steps: [] })).toMatchObject({ ok: false, error: { field: 'definition.steps' } });
    const inverted = structuredClone(intervals);
    (inverted.steps[1] as { steps: { target: { range: { low: number; high: number } } }[] }).steps[0]!.target.range = {
      low: 120,
      high: 110,
    };
    expect(await call(inverted)).toMatchObject({
      ok: false,
      error: { field: 'definition.steps.1.steps.0.target.range.low' },
    });
    const swimPower = { ...intervals, sport: 'swim' };
    expect(await call(swimPower)).toMatchObject({
      ok: false,
      error: {
        field: 'definition.steps.0.target.type',
        message: 'definition.steps.0.target.type: a swim workout cannot target ftpPercent',
      },
    });
    expect(await dispatch(app.handlers, 'workouts.get', { id: 1, athleteId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'athleteId' },
    });
  });

  it('ships only starters a coach could save as a copy (targets fit their sport)', () => {
    for (const { key, definition } of starterLibrary()) {
      expect(savableWorkoutSchema.safeParse(definition).success, key).toBe(true);
    }
  });
});
