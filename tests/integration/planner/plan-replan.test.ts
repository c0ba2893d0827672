import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../src-main/common/domain/dates';
import { addActivity } from '../../../src-main/node/services/activities';
import { getAthlete } from '../../../src-main/node/services/athletes';
import { applyReplan, previewReplan } from '../../../src-main/node/services/plan-replan';
import { createPlan, getPlanView, regeneratePlan } from '../../../src-main/node/services/plans';
import { findPlan } from '../../../src-main/node/db/repositories/plans';
import { createTempApp, type TempApp } from '../../helpers/temp-app';
import { run, runnerWithHistory } from './runner-history';

const clock = { now: new Date('2026-05-01T09:00:00Z') };
let app: TempApp;
beforeEach(() => {
  clock.now = new Date('2026-05-01T09:00:00Z');
  app = createTempApp(clock);
});
afterEach(() => app.dispose());

/** A runner with eight weeks of history and an 18-week marathon block from Mon 4 May, re-planned on Wed 3 Jun. */
async function planUnderWay(room: { guardrails?: { maxWeeklyHours: number }; availability?: number[] } = {}) {
  const athlete = await runnerWithHistory(app, clock.now);
  const plan = await createPlan(app.ctx, {
    athleteId: athlete.id,
    raceDate: '2026-09-06',
    raceType: 'marathon',
    raceName: 'Berlin',
    weeks: 18,
    pattern: '3:1',
    guardrails: {},
    ...room,
  });
  clock.now = new Date('2026-06-03T09:00:00Z');
  return plan;
}

const sessionsFrom = (plan: Awaited<ReturnType<typeof getPlanView>>, first: string, last: string) =>
  plan.days.filter((d) => d.date >= first && d.date <= last).flatMap((d) => d.workouts);

describe('re-planning for a reason', () => {
  it('previews a fatigue re-plan without writing: the next 7 days 20–30 % lighter, easy only, with the sentence that says so', async () => {
    const plan = await planUnderWay();
    const before = await getPlanView(app.ctx, plan.id);
    const stored = await findPlan(app.ctx.db, plan.id);

    const preview = await previewReplan(app.ctx, { planId: plan.id, reasonKind: 'fatigue', params: {}, note: '' });
    expect(preview.from).toBe('2026-06-03');
    expect(preview.explanation).toBe(
      'fatigue: the next 7 days (Wed 3 Jun – Tue 9 Jun) at 78 % of the planned time, easy only, then the build resumes',
    );
    const cut = 1 - preview.nextSevenDays.after / preview.nextSevenDays.before;
    expect(cut).toBeGreaterThanOrEqual(0.2);
    expect(cut).toBeLessThanOrEqual(0.3);
    expect(preview.days.length).toBeGreaterThan(0);
    expect(preview.days.every((d) => d.date >= '2026-06-03')).toBe(true);
    expect(
      preview.days
        .filter((d) => d.date <= '2026-06-09')
        .flatMap((d) => d.after)
        .some((s) => s.hard),
    ).toBe(false);
    const week5 = preview.weeks.find((w) => w.index === 5)!;
    expect(week5.after.load).toBeLessThan(week5.before.load);

    expect(await getPlanView(app.ctx, plan.id)).toEqual(before);
    expect(await findPlan(app.ctx.db, plan.id)).toEqual(stored);
  });

  it('applies exactly the previewed days, logs the reason with the coach’s note and keeps the limits for later re-plans', async () => {
    const plan = await planUnderWay();
    const request = { planId: plan.id, reasonKind: 'fatigue' as const, params: {}, note: 'HRV down five days running' };
    const preview = await previewReplan(app.ctx, request);
    const applied = await applyReplan(app.ctx, request);

    for (const day of preview.days) {
      const now = applied.days.find((d) => d.date === day.date)!.workouts;
      expect(now.map((w) => ({ name: w.name, minutes: Math.round(w.plannedSeconds / 60) }))).toEqual(
        day.after.map((s) => ({ name: s.name, minutes: s.minutes })),
      );
    }
    const nextSeven = sessionsFrom(applied, '2026-06-03', '2026-06-09').reduce((sum, w) => sum + w.plannedLoad, 0);
    expect(nextSeven).toBeCloseTo(preview.nextSevenDays.after, 0);
    expect(applied.changes[0]).toMatchObject({
      kind: 'replan',
      actor: 'coach',
      reason: `${preview.explanation}. Coach's note: HRV down five days running`,
    });
    const stored = (await findPlan(app.ctx.db, plan.id))!.input;
    expect(stored.dayLimits).toHaveLength(7);
    expect(stored.dayLimits!.every((l) => l.easyOnly && l.reason === 'fatigue')).toBe(true);

    // A plain re-plan afterwards keeps the fatigue week.
    const again = await regeneratePlan(app.ctx, plan.id, "Coach's judgement");
    expect(sessionsFrom(again, '2026-06-03', '2026-06-09').some((w) => w.hard)).toBe(false);
  });

  it('injury: no session of the sport until the injury ends, and the change log says so', async () => {
    const plan = await planUnderWay();
    const applied = await applyReplan(app.ctx, {
      planId: plan.id,
      reasonKind: 'injury',
      params: { sport: 'run', to: '2026-06-12' },
      note: 'Sore left Achilles',
    });
    const injured = sessionsFrom(applied, '2026-06-03', '2026-06-12');
    expect(injured.some((w) => w.sport === 'run')).toBe(false);
    expect(injured.length).toBeGreaterThan(0);
    expect(sessionsFrom(applied, '2026-06-13', '2026-06-21').some((w) => w.sport === 'run')).toBe(true);
    expect(applied.changes[0]!.reason).toMatch(
      /^injury: no run from Wed 3 Jun to Fri 12 Jun; .+ Coach's note: Sore left Achilles$/,
    );
  });

  it('illness and time constraints change the plan as their sentences say', async () => {
    const plan = await planUnderWay();
    const ill = await applyReplan(app.ctx, { planId: plan.id, reasonKind: 'illness', params: { days: 2 }, note: '' });
    expect(sessionsFrom(ill, '2026-06-03', '2026-06-04')).toEqual([]);
    expect(sessionsFrom(ill, '2026-06-05', '2026-06-11').some((w) => w.hard)).toBe(false);
    expect(ill.changes[0]!.reason).toMatch(/^illness: 2 days of rest/);

    const busy = await applyReplan(app.ctx, {
      planId: plan.id,
      reasonKind: 'time-constraints',
      params: { weeks: [7], hours: 4 },
      note: 'Exams',
    });
    expect(busy.weeks[6]!.plannedHours).toBeLessThanOrEqual(4);
    expect((await findPlan(app.ctx.db, plan.id))!.input.weekHourCaps).toEqual({ 7: 4 });
  });

  it('ahead of plan: an athlete who trained more than planned gets heavier weeks ahead, re-anchored on today’s fitness', async () => {
    // Hours to spare, so the weeks are bound by the ramp limit (by fitness) rather than by the weekly hours.
    const plan = await planUnderWay({ guardrails: { maxWeeklyHours: 20 }, availability: [1.5, 2, 2, 2, 2, 3, 4] });
    const athlete = await getAthlete(app.ctx, plan.athleteId);
    for (let day = 0; day < 30; day++)
      await addActivity(app.ctx.db, athlete, run(addDays('2026-05-04', day), 95), { now: clock.now });
    const preview = await previewReplan(app.ctx, { planId: plan.id, reasonKind: 'ahead', params: {}, note: '' });
    expect(preview.explanation).toMatch(/^ahead of plan: /);
    expect(preview.days.every((d) => d.date >= '2026-06-03')).toBe(true);
    const ahead = preview.weeks.filter((w) => w.index >= 6 && w.index <= 12);
    expect(ahead.reduce((sum, w) => sum + w.after.load, 0)).toBeGreaterThan(
      ahead.reduce((sum, w) => sum + w.before.load, 0),
    );
  });

  it('refuses weeks and dates outside what is left of the plan', async () => {
    const plan = await planUnderWay();
    await expect(
      previewReplan(app.ctx, {
        planId: plan.id,
        reasonKind: 'time-constraints',
        params: { weeks: [19], hours: 5 },
        note: '',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', field: 'params.weeks' });
    await expect(
      previewReplan(app.ctx, {
        planId: plan.id,
        reasonKind: 'time-constraints',
        params: { weeks: [2], hours: 5 },
        note: '',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', field: 'params.weeks', message: /Week 2 is over/ });
    await expect(
      previewReplan(app.ctx, {
        planId: plan.id,
        reasonKind: 'injury',
        params: { sport: 'run', to: '2026-10-01' },
        note: '',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', field: 'params.to' });
  });
});
