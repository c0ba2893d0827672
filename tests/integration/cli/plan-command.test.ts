import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coach } from '../../helpers/cli';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-cli-plan-'));
  db = join(dir, 'coach.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A Sunday far enough ahead for any block length, whatever day the suite runs. */
function sundayInWeeks(weeks: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + weeks * 7 + ((7 - date.getUTCDay()) % 7));
  return date.toISOString().slice(0, 10);
}

describe('coach plan', () => {
  it('creates a block and shows it again with the field names scripts depend on', async () => {
    const added = await coach(
      'athletes',
      'add',
      '--db',
      db,
      '--name',
      'Ana Ruiz',
      '--sport',
      'run',
      '--threshold-pace',
      '255',
      '--lthr',
      '172',
      '--json',
    );
    const athlete = JSON.parse(added.stdout);
    const raceDate = sundayInWeeks(20);

    const created = await coach(
      'plan',
      'create',
      '--db',
      db,
      '--athlete',
      String(athlete.id),
      '--race-date',
      raceDate,
      '--race-type',
      'half-marathon',
      '--weeks',
      '12',
      '--pattern',
      '2:1',
      '--max-ramp',
      '5',
      '--max-weekly-hours',
      '8',
      '--min-weekly-hours',
      '3',
      '--json',
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const plan = JSON.parse(created.stdout);
    expect(Object.keys(plan)).toEqual(['id', 'feasible', 'reasons', 'weeks', 'raceDay', 'days']);
    expect(plan.weeks).toHaveLength(12);
    expect(Object.keys(plan.weeks[0])).toEqual([
      'index',
      'startDate',
      'phase',
      'recovery',
      'targetLoad',
      'targetHours',
      'targetDistanceKm',
      'acwr',
      'done',
      'projectedCtl',
      'projectedTsb',
      'binding',
      'notes',
    ]);
    expect(plan.weeks.map((w: { index: number }) => w.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(plan.weeks.at(-1).phase).toBe('race');
    expect(plan.raceDay).toEqual({
      date: raceDate,
      projectedCtl: expect.any(Number),
      projectedTsb: expect.any(Number),
    });
    expect(plan.days).toHaveLength(12 * 7);
    const workout = plan.days.flatMap((d: { workouts: unknown[] }) => d.workouts)[0];
    expect(Object.keys(workout)).toEqual(['id', 'name', 'sport', 'plannedSeconds', 'plannedMeters', 'plannedLoad']);
    // A week's run distance is the sum of its run sessions' planned metres, in km to 0.1.
    const third = plan.weeks[2];
    const thirdRuns = plan.days
      .filter((d: { date: string }) => d.date >= third.startDate && d.date < plan.weeks[3].startDate)
      .flatMap((d: { workouts: { sport: string; plannedMeters: number }[] }) => d.workouts)
      .filter((w: { sport: string }) => w.sport === 'run');
    expect(thirdRuns.length).toBeGreaterThan(0);
    expect(third.targetDistanceKm).toEqual({
      run:
        Math.round(thirdRuns.reduce((sum: number, w: { plannedMeters: number }) => sum + w.plannedMeters, 0) / 100) /
        10,
    });
    for (const w of plan.weeks) expect(w.targetHours).toBeLessThanOrEqual(8.02);
    if (plan.feasible) {
      expect(plan.raceDay.projectedTsb).toBeGreaterThanOrEqual(4.95);
      expect(plan.raceDay.projectedTsb).toBeLessThanOrEqual(20.05);
    }

    const shown = await coach('plan', 'show', String(plan.id), '--db', db, '--json');
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toEqual(plan);

    const text = await coach('plan', 'show', String(plan.id), '--db', db);
    expect(text.stdout).toMatch(/^Plan \d+: .+ \(Ana Ruiz\)/);
    expect(text.stdout).toContain(`Race day ${raceDate}`);
  });

  it('exits 2 with a specific reason for bad usage and 1 for an unknown plan', async () => {
    expect(await coach('plan', 'create', '--db', db, '--athlete', '1', '--race-date', '2030-01-06')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        '--race-type is required (marathon, half-marathon, 10k, 70.3, ironman, gran-fondo, custom)',
      ),
    });
    expect(
      await coach('plan', 'create', '--db', db, '--athlete', '1', '--race-date', '2030-01-06', '--race-type', 'ultra'),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('raceType'),
    });
    expect(
      await coach(
        'plan',
        'create',
        '--db',
        db,
        '--athlete',
        '1',
        '--race-date',
        '2030-01-06',
        '--race-type',
        '10k',
        '--weeks',
        '5',
      ),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('at least 8 weeks'),
    });
    expect(await coach('plan', 'frobnicate')).toMatchObject({ code: 2 });
    const missing = await coach('plan', 'show', '99', '--db', db, '--json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No plan with id 99/);
  });
});
