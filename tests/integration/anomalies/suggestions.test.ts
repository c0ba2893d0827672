import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WellnessDay } from '../../../src-main/common/domain/wellness/wellness-day';
import { addDays } from '../../../src-main/common/domain/dates';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { createPlan, getPlanView } from '../../../src-main/node/services/plans';
import { saveWellnessDays } from '../../../src-main/node/services/wellness';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

const clock = { now: new Date('2026-05-08T07:00:00Z') };
let app: TempApp;
beforeEach(() => {
  clock.now = new Date('2026-05-08T07:00:00Z');
  app = createTempApp(clock);
});
afterEach(() => app.dispose());

function morning(date: string, hrv: number): WellnessDay {
  return {
    date,
    hrvRmssd: hrv,
    restingHr: 48,
    sleepHours: 7.5,
    sleepQuality: null,
    soreness: null,
    fatigue: null,
    mood: null,
    stress: null,
    weightKg: null,
    note: null,
  };
}

/**
 * A runner on an 8-week 10 k block (planned on Friday 2026-05-08, starting Monday 2026-05-11) whose HRV
 * has been below baseline for three mornings up to the day before the block's first hard session after
 * its second week — so the next days hold a session worth making easier.
 */
async function runnerWithLowHrvAndPlan() {
  const athlete = await createAthlete(app.ctx, {
    name: 'Ana Ruiz',
    sports: ['run'],
    thresholds: { thresholdPace: 270, lthr: 170, maxHr: 190, restingHr: 48 },
    thresholdsFrom: '2026-01-01',
  });
  const created = await createPlan(app.ctx, {
    athleteId: athlete.id,
    raceDate: '2026-07-05',
    raceType: '10k',
    raceName: 'Summer 10 k',
    weeks: 8,
    pattern: '3:1',
    guardrails: {},
  });
  expect(created.startDate).toBe('2026-05-11');
  const hard = created.days.flatMap((d) => d.workouts).find((w) => w.hard && w.date > '2026-05-24')!;
  const today = addDays(hard.date, -1);
  const start = addDays(today, -82);
  const days = Array.from({ length: 80 }, (_, i) => morning(addDays(start, i), 62 + ((i * 7) % 13) - 6));
  days.push(morning(addDays(today, -2), 41), morning(addDays(today, -1), 40), morning(today, 42));
  await saveWellnessDays(app.ctx.db, athlete.id, days, 'csv');
  clock.now = new Date(`${today}T07:00:00Z`);
  const plan = await getPlanView(app.ctx, created.id);
  const [hrv] = (await app.handlers['anomalies.list']({ athleteId: athlete.id, state: 'active' })).filter(
    (a) => a.rule === 'hrv-suppressed',
  );
  expect(hrv?.adjustment).not.toBeNull();
  return { athlete, plan, anomaly: hrv!, today };
}

describe('suggested adjustments', () => {
  it('proposes easier sessions for the next days within the guardrails, and applying it edits the plan with a logged reason', async () => {
    const { plan, anomaly, today } = await runnerWithLowHrvAndPlan();
    const detail = await app.handlers['anomalies.get']({ id: anomaly.id });
    expect(detail.suggestionUnavailable).toBeNull();
    const suggestion = detail.suggestion!;
    expect(suggestion.planId).toBe(plan.id);
    expect(suggestion.edits.length).toBeGreaterThan(0);
    expect(suggestion.summary).toContain(anomaly.headline);
    const before = plan.days.flatMap((d) => d.workouts);
    for (const edit of suggestion.edits) {
      const original = before.find((w) => w.id === edit.plannedWorkoutId)!;
      expect(original.date >= today).toBe(true);
      expect(edit.from).toBe(original.name);
    }

    const applied = await app.handlers['anomalies.applySuggestion']({ id: anomaly.id });
    expect(applied).toMatchObject({ suggestionState: 'applied', state: 'acknowledged', suggestion: null });
    const after = await getPlanView(app.ctx, plan.id);
    const change = after.changes.find((c) => c.actor === 'suggestion')!;
    expect(change).toMatchObject({ kind: 'suggestion', summary: suggestion.summary });
    expect(change.reason).toMatch(/^HRV suppressed: /);
    const sessions = after.days.flatMap((d) => d.workouts);
    for (const edit of suggestion.edits) {
      expect(sessions.some((w) => w.id === edit.plannedWorkoutId)).toBe(false);
      if (edit.to) {
        const replacement = sessions.find((w) => w.date === edit.date && w.name === edit.to!.name)!;
        expect(replacement.origin).toBe('suggestion');
        expect(replacement.plannedSeconds).toBeLessThanOrEqual(
          before.find((w) => w.id === edit.plannedWorkoutId)!.plannedSeconds,
        );
      }
    }
    await expect(app.handlers['anomalies.applySuggestion']({ id: anomaly.id })).rejects.toThrow(/Applied/);
  });

  it('records a rejection with its reason and leaves the plan as it was', async () => {
    const { plan, anomaly } = await runnerWithLowHrvAndPlan();
    const rejected = await app.handlers['anomalies.rejectSuggestion']({
      id: anomaly.id,
      why: 'Slept badly because of a newborn; sessions stay',
    });
    expect(rejected).toMatchObject({
      suggestionState: 'rejected',
      suggestionNote: 'Slept badly because of a newborn; sessions stay',
      suggestion: null,
    });
    expect(rejected.suggestionUnavailable).toMatch(/^Rejected: Slept badly/);
    const after = await getPlanView(app.ctx, plan.id);
    expect(after.changes.filter((c) => c.actor === 'suggestion')).toEqual([]);
    expect(after.days.flatMap((d) => d.workouts).map((w) => w.id)).toEqual(
      plan.days.flatMap((d) => d.workouts).map((w) => w.id),
    );
  });
});
