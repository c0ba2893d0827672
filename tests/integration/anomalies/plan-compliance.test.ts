import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../src-main/common/domain/dates';
import { weekStartOf } from '../../../src-main/common/domain/load/training-week';
import { DEFAULT_RULE_SETTINGS } from '../../../src-main/common/domain/anomalies/settings';
import { evaluateAthletes, loadAnomalyInput } from '../../../src-main/node/anomalies/evaluation';
import { findCurrentPlan } from '../../../src-main/node/db/repositories/plans';
import { listPlannedWorkouts } from '../../../src-main/node/db/repositories/planned-workouts';
import { addActivity } from '../../../src-main/node/services/activities';
import { refreshStaleLoads } from '../../../src-main/node/services/analytics';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { createPlan } from '../../../src-main/node/services/plans';
import { createTempApp, type TempApp } from '../../helpers/temp-app';
import { datesBetween, ride } from '../analytics/history';

/**
 * The compliance rule reads the current plan's sessions up to today: planned by the real planner as
 * of the block's first day, four weeks ago, for a rider who has stopped riding since.
 */
const NOW = new Date('2026-03-20T18:00:00Z');
const TODAY = '2026-03-20';
const BLOCK_START = addDays(weekStartOf(TODAY), -28);

let app: TempApp;
let athleteId: number;
beforeAll(async () => {
  app = createTempApp({ now: NOW });
  const athlete = await createAthlete(app.ctx, {
    name: 'Lapsed Rider',
    sports: ['bike'],
    thresholds: { ftp: 250 },
    thresholdsFrom: '2025-01-01',
  });
  athleteId = athlete.id;
  for (const date of datesBetween(addDays(BLOCK_START, -84), addDays(BLOCK_START, -1))) {
    if (new Date(`${date}T00:00:00Z`).getUTCDay() !== 1)
      await addActivity(app.ctx.db, athlete, ride(date, 160, 5400), { now: NOW });
  }
  await refreshStaleLoads(app.ctx);
  const asOf = new Date(`${BLOCK_START}T12:00:00Z`);
  await createPlan(
    { ...app.ctx, now: () => asOf },
    {
      athleteId,
      raceDate: addDays(BLOCK_START, 7 * 11 + 6),
      raceType: 'gran-fondo',
      startDate: BLOCK_START,
      raceName: '',
      pattern: '3:1',
      guardrails: {},
    },
  );
  await refreshStaleLoads(app.ctx);
});
afterAll(() => app.dispose());

describe('compliance against the current plan', () => {
  it('reads every session of the current plan from the history window to today, none done', async () => {
    const input = await loadAnomalyInput(app.ctx.db, athleteId, TODAY, DEFAULT_RULE_SETTINGS);
    const plan = (await findCurrentPlan(app.ctx.db, athleteId, TODAY))!;
    const expected = (await listPlannedWorkouts(app.ctx.db, plan.id)).filter((w) => w.date <= TODAY);
    expect(expected.length).toBeGreaterThan(10);
    expect(input.planned.map((p) => [p.plannedWorkoutId, p.date, p.sport, p.plannedSeconds, p.plannedLoad])).toEqual(
      expected.map((w) => [w.id, w.date, w.sport, w.plannedSeconds, w.plannedLoad]),
    );
    expect(input.planned.some((p) => p.key)).toBe(true);
    expect(input.planned.every((p) => p.completedSeconds === null)).toBe(true);
  });

  it('raises a critical compliance drop when no key session was done', async () => {
    await evaluateAthletes(app.ctx);
    const found = await app.handlers['anomalies.list']({ athleteId, rule: 'compliance-drop', state: 'active' });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('critical');
  });
});
