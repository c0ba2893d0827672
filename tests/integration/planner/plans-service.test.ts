import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addActivity } from '../../../src-main/node/services/activities';
import { loadRoster } from '../../../src-main/node/services/analytics-roster';
import { createAthleteEvent } from '../../../src-main/node/services/athlete-events';
import { addWorkout, moveWorkout, removeWorkout, setPlanDayLocked } from '../../../src-main/node/services/plan-edits';
import {
  createPlan,
  getPlanDefaults,
  getPlannedFuture,
  getPlanView,
  listPlans,
  regeneratePlan,
} from '../../../src-main/node/services/plans';
import { listWorkouts } from '../../../src-main/node/services/workouts';
import { createTempApp, type TempApp } from '../../helpers/temp-app';
import { run, runnerWithHistory as runnerOf } from './runner-history';

const clock = { now: new Date('2026-05-01T09:00:00Z') };
let app: TempApp;
beforeEach(() => {
  clock.now = new Date('2026-05-01T09:00:00Z');
  app = createTempApp(clock);
});
afterEach(() => app.dispose());

const runnerWithHistory = () => runnerOf(app, clock.now);

const marathon = (athleteId: number) => ({
  athleteId,
  raceDate: '2026-09-06',
  raceType: 'marathon' as const,
  raceName: 'Berlin',
  weeks: 18,
  pattern: '3:1' as const,
  guardrails: {},
});

describe('plans service', () => {
  it('creates an 18-week marathon block from the athlete’s real fitness, stored with its sessions and a change-log entry', async () => {
    const athlete = await runnerWithHistory();
    const plan = await createPlan(app.ctx, marathon(athlete.id));

    expect(plan.startDate).toBe('2026-05-04');
    expect(plan.weeks).toHaveLength(18);
    expect(plan.weeks.map((w) => w.phase).slice(0, 12)).toEqual([...Array(6).fill('base'), ...Array(6).fill('build')]);
    expect(plan.weeks.at(-1)!.phase).toBe('race');
    expect(plan.days[0]!.date).toBe('2026-05-04');
    expect(plan.days.at(-1)!.date).toBe('2026-09-06');
    expect(plan.settings.startCtl).toBeGreaterThan(20);
    const sessions = plan.days.flatMap((d) => d.workouts);
    expect(sessions.length).toBeGreaterThan(60);
    expect(sessions.every((s) => s.origin === 'generated' && s.plannedSeconds > 0)).toBe(true);
    expect(plan.days.at(-1)!.workouts.map((w) => w.category)).toContain('race-pace');
    expect(plan.changes).toMatchObject([
      { actor: 'generator', kind: 'create', reason: 'Goal race: Berlin on 6 Sept 2026' },
    ]);
    // Weekly planned totals are the sums of the stored sessions.
    const week3 = plan.weeks[2]!;
    const inWeek3 = plan.days
      .filter((d) => d.date >= week3.startDate && d.date < '2026-05-25')
      .flatMap((d) => d.workouts);
    expect(week3.plannedLoad).toBeCloseTo(
      inWeek3.reduce((s, w) => s + w.plannedLoad, 0),
      6,
    );
    expect(plan.raceDay.date).toBe('2026-09-06');
    expect(plan.projection).toHaveLength(plan.days.length);
    // Fri 1 – Sun 3 May are not recorded yet: the plan counts them as normal training, and says so, and the
    // view measures its ACWR the same way, so week 1 does not read as a spike the planner never made.
    expect(plan.weeks[0]!.notes[0]).toMatch(/the 3 days until the block count as normal training/);
    expect(plan.weeks[0]!.acwr).not.toBeNull();
    expect(plan.weeks[0]!.acwr!).toBeLessThanOrEqual(plan.settings.guardrails.maxAcwr);

    expect(await listPlans(app.ctx, { athleteId: athlete.id })).toMatchObject([
      { id: plan.id, athleteName: 'Ana Ruiz', weeks: 18 },
    ]);
    expect(await getPlanView(app.ctx, plan.id)).toEqual(plan);

    const future = await getPlannedFuture(app.ctx, athlete.id);
    expect(future).toMatchObject({ planId: plan.id, raceDate: '2026-09-06' });
    expect(future!.days[0]!.date).toBe('2026-05-04');
    expect(future!.days.at(-1)).toEqual(plan.projection.at(-1));
  });

  it('measures the ACWR of a block that starts weeks from now as the planner planned it: the days until then count as normal', async () => {
    const athlete = await runnerWithHistory();
    const later = await createPlan(app.ctx, { ...marathon(athlete.id), weeks: 16 });
    expect(later.startDate).toBe('2026-05-18');
    expect(later.weeks[0]!.notes[0]).toMatch(/the 17 days until the block count as normal training/);
    expect(later.weeks[0]!.acwr!).toBeLessThanOrEqual(later.settings.guardrails.maxAcwr);
  });

  it('plans a block already under way: the weeks before today are the athlete’s history, the rest is planned from today', async () => {
    const athlete = await runnerWithHistory();
    // 18 weeks to a race on 12 Jul start on 9 Mar: seven weeks and four days before today (Fri 1 May).
    const plan = await createPlan(app.ctx, { ...marathon(athlete.id), raceDate: '2026-07-12' });
    expect(plan.startDate).toBe('2026-03-09');
    expect(plan.weeks).toHaveLength(18);
    const past = plan.days.filter((d) => d.date < plan.today);
    expect(past.every((d) => d.workouts.length === 0)).toBe(true);
    expect(past.flatMap((d) => d.unplanned).length).toBeGreaterThan(30);
    expect(plan.weeks.slice(0, 7).every((w) => w.done && w.actualLoad! > 0)).toBe(true);
    expect(plan.weeks[7]!.done).toBe(false);
    // The progression goes on from what the athlete did, not from what a plan would have asked then.
    expect(plan.weeks[8]!.targetLoad).toBeGreaterThan(plan.weeks[6]!.actualLoad!);
    expect(plan.weeks[8]!.targetLoad).toBeLessThanOrEqual(Math.ceil(1.1 * plan.weeks[6]!.actualLoad!) + 1);
    expect(plan.reasons).toEqual([]);
    expect(plan.days.filter((d) => d.date >= plan.today).flatMap((d) => d.workouts).length).toBeGreaterThan(40);

    const byStart = await createPlan(app.ctx, {
      ...marathon(athlete.id),
      raceDate: '2026-07-12',
      weeks: undefined,
      startDate: '2026-03-11',
    });
    expect(byStart.startDate).toBe('2026-03-09');
    expect(byStart.weeks).toHaveLength(18);
    await expect(
      createPlan(app.ctx, { ...marathon(athlete.id), raceDate: '2026-07-12', weeks: 12, startDate: '2026-03-11' }),
    ).rejects.toMatchObject({ code: 'VALIDATION', field: 'weeks' });
  });

  it('shows before creating what the plan will use: its span, guardrails from history with their numbers, week 1’s baseline and the races in the block', async () => {
    const athlete = await runnerWithHistory();
    await createAthleteEvent(app.ctx, {
      athleteId: athlete.id,
      kind: 'race',
      title: 'Riverside Half',
      startDate: '2026-07-05',
      priority: 'B',
    });
    const defaults = await getPlanDefaults(app.ctx, {
      athleteId: athlete.id,
      raceType: 'marathon',
      raceDate: '2026-09-06',
      weeks: 18,
    });
    const plan = await createPlan(app.ctx, marathon(athlete.id));

    expect(defaults).toMatchObject({ startDate: plan.startDate, weeks: 18, today: '2026-05-01', sportShare: null });
    expect(defaults.guardrails).toEqual(plan.settings.guardrails);
    expect(defaults.guardrails.maxAcwr).toBe(1.3);
    expect(defaults.fromHistory.map((h) => h.key)).toEqual(plan.settings.fromHistory);
    expect(defaults.fromHistory.find((h) => h.key === 'maxWeeklyHours')!.why).toMatch(
      /^from the last year: most sustained \d+(\.\d)? h\/week/,
    );
    expect(defaults.baseline).toEqual(plan.settings.baseline);
    expect(defaults.races).toEqual([
      { date: '2026-07-05', name: 'Riverside Half', priority: 'B', raceType: 'half-marathon' },
    ]);
    expect(defaults.races).toEqual(plan.settings.races);
    expect(defaults.availability).toEqual(plan.settings.availability);

    const underWay = await getPlanDefaults(app.ctx, {
      athleteId: athlete.id,
      raceType: 'marathon',
      raceDate: '2026-07-12',
      startDate: '2026-03-11',
    });
    expect(underWay).toMatchObject({ startDate: '2026-03-09', weeks: 18 });
    await expect(
      getPlanDefaults(app.ctx, {
        athleteId: athlete.id,
        raceType: 'marathon',
        raceDate: '2026-07-12',
        startDate: '2025-03-11',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', field: 'startDate' });
  });

  it('gives a triathlon block the split of time the defaults show: the race’s when the athlete has not trained every leg', async () => {
    const athlete = await runnerWithHistory();
    const defaults = await getPlanDefaults(app.ctx, {
      athleteId: athlete.id,
      raceType: '70.3',
      raceDate: '2026-09-06',
      weeks: 18,
    });
    expect(defaults.sportShare).toEqual({ swim: 0.2, bike: 0.5, run: 0.3 });
    const plan = await createPlan(app.ctx, { ...marathon(athlete.id), raceType: '70.3' });
    expect(plan.settings.sportShare).toEqual(defaults.sportShare);
  });

  it('moves, removes and adds sessions, logging each with its reason and updating totals and projection', async () => {
    const athlete = await runnerWithHistory();
    const plan = await createPlan(app.ctx, marathon(athlete.id));
    const week2 = plan.weeks[1]!;
    const victim = plan.days.find((d) => d.date >= week2.startDate && d.workouts.length > 0)!.workouts[0]!;

    const moved = await moveWorkout(app.ctx, {
      planId: plan.id,
      workoutId: victim.id,
      toDate: '2026-06-30',
      reason: 'Athlete travelling',
    });
    expect(moved.days.find((d) => d.date === '2026-06-30')!.workouts.map((w) => w.id)).toContain(victim.id);
    expect(moved.weeks[1]!.plannedLoad).toBeCloseTo(week2.plannedLoad - victim.plannedLoad, 6);
    expect(moved.changes[0]).toMatchObject({
      kind: 'move',
      actor: 'coach',
      reason: 'Athlete travelling',
      weekIndex: 9,
    });
    expect(moved.changes[0]!.summary).toMatch(/^Moved .+ from \w{3} \d{1,2} \w{3,4} to Tue 30 Jun$/);

    const removed = await removeWorkout(app.ctx, { planId: plan.id, workoutId: victim.id, reason: 'Niggle or injury' });
    expect(removed.days.flatMap((d) => d.workouts).some((w) => w.id === victim.id)).toBe(false);
    expect(removed.raceDay.projectedCtl).toBeLessThan(moved.raceDay.projectedCtl);
    expect(removed.changes.map((c) => c.kind)).toEqual(['remove', 'move', 'create']);

    const library = await listWorkouts(app.ctx, { sport: 'run', category: 'recovery' });
    const recovery = library.workouts[0]!;
    const added = await addWorkout(app.ctx, {
      planId: plan.id,
      date: '2026-06-30',
      libraryWorkoutId: recovery.id,
      reason: "Coach's judgement",
    });
    const addedSession = added.days.find((d) => d.date === '2026-06-30')!.workouts.find((w) => w.origin === 'coach')!;
    expect(addedSession).toMatchObject({ name: recovery.name, libraryKey: recovery.libraryKey });
    expect(added.changes[0]).toMatchObject({ kind: 'add', reason: "Coach's judgement" });

    await expect(
      moveWorkout(app.ctx, { planId: plan.id, workoutId: addedSession.id, toDate: '2026-10-01', reason: 'x' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      field: 'toDate',
    });
  });

  it('re-plans only unlocked days and keeps locked ones exactly', async () => {
    const athlete = await runnerWithHistory();
    const plan = await createPlan(app.ctx, marathon(athlete.id));
    const lockedDay = plan.days.find((d) => d.date > '2026-06-01' && d.workouts.length > 0)!;
    await setPlanDayLocked(app.ctx, {
      planId: plan.id,
      date: lockedDay.date,
      locked: true,
      reason: 'Group run with the club',
    });
    const moveAway = plan.days.find((d) => d.date > lockedDay.date && d.workouts.length > 0)!.workouts[0]!;
    await removeWorkout(app.ctx, { planId: plan.id, workoutId: moveAway.id, reason: 'Illness' });

    const regenerated = await regeneratePlan(app.ctx, plan.id, 'Back from illness');
    const keptDay = regenerated.days.find((d) => d.date === lockedDay.date)!;
    expect(keptDay.locked).toBe(true);
    expect(keptDay.workouts.map((w) => w.id)).toEqual(lockedDay.workouts.map((w) => w.id));
    expect(regenerated.changes[0]).toMatchObject({ kind: 'regenerate', reason: 'Back from illness' });
    expect(regenerated.days.flatMap((d) => d.workouts).length).toBeGreaterThan(60);
  });

  it('matches completed activities to planned sessions and colours compliance', async () => {
    const athlete = await runnerWithHistory();
    const plan = await createPlan(app.ctx, marathon(athlete.id));
    const firstWeek = plan.days.slice(0, 7).filter((d) => d.workouts.length > 0);
    const [done, skipped] = firstWeek;
    const planned = done!.workouts[0]!;
    await addActivity(app.ctx.db, athlete, run(done!.date, Math.round(planned.plannedSeconds / 60)), {
      now: clock.now,
    });
    clock.now = new Date('2026-05-12T09:00:00Z');

    const view = await getPlanView(app.ctx, plan.id);
    const matched = view.days.find((d) => d.date === done!.date)!.workouts[0]!;
    expect(matched.actual).toMatchObject({ seconds: Math.round(planned.plannedSeconds / 60) * 60 });
    expect(matched.compliance!.durationRatio).toBeCloseTo(1, 1);
    const missed = view.days.find((d) => d.date === skipped!.date)!.workouts[0]!;
    expect(missed.compliance).toMatchObject({ colour: 'red', durationRatio: 0 });
    expect(view.weeks[0]!.actualLoad).toBeGreaterThan(0);
    expect(view.today).toBe('2026-05-12');

    const [row] = await loadRoster(app.ctx);
    expect(row!.nextRace).toEqual({ date: '2026-09-06', name: 'Berlin', daysAway: 117, planId: plan.id });
    expect(row!.plan).toEqual({ id: plan.id, weekIndex: 2, weeks: 18, phase: 'base', recovery: false });
    // The last 7 days (5–11 May) hold week 1's sessions from Tuesday on; one of them was done.
    const windowSessions = view.days
      .filter((d) => d.date >= '2026-05-05' && d.date <= '2026-05-11')
      .flatMap((d) => d.workouts);
    expect(row!.compliance).toMatchObject({
      sessionsPlanned: windowSessions.length,
      sessionsDone: done!.date >= '2026-05-05' ? 1 : 0,
    });
  });

  it('gives each week its planned distance by sport and, once started, the distance done', async () => {
    const athlete = await runnerWithHistory();
    const plan = await createPlan(app.ctx, marathon(athlete.id));
    const runKm = (from: string, to: string) =>
      Math.round(
        plan.days
          .filter((d) => d.date >= from && d.date <= to)
          .flatMap((d) => d.workouts)
          .filter((w) => w.sport === 'run')
          .reduce((sum, w) => sum + w.plannedMeters!, 0) / 100,
      ) / 10;
    expect(plan.weeks[2]!.targetDistanceKm).toEqual({ run: runKm('2026-05-18', '2026-05-24') });
    expect(plan.weeks[2]!.targetDistanceKm.run).toBeGreaterThan(20);
    // Race week counts the training before the race, not the 42 km of the race itself.
    const raceWeek = plan.weeks.at(-1)!;
    expect(raceWeek.targetDistanceKm.run).toBe(runKm(raceWeek.startDate, '2026-09-05'));
    expect(runKm(raceWeek.startDate, '2026-09-06') - raceWeek.targetDistanceKm.run!).toBeCloseTo(42.2, 0);
    expect(plan.weeks.every((w) => w.actualDistanceKm === null)).toBe(true);

    await addActivity(app.ctx.db, athlete, run('2026-05-05', 50), { now: clock.now });
    await addActivity(app.ctx.db, athlete, run('2026-05-07', 33, 300), { now: clock.now });
    clock.now = new Date('2026-05-12T09:00:00Z');
    const view = await getPlanView(app.ctx, plan.id);
    // 50 min at 5:30/km and 33 min at 5:00/km: 9.09 + 6.6 km.
    expect(view.weeks[0]!.actualDistanceKm).toEqual({ run: 15.7 });
    expect(view.weeks[1]!.actualDistanceKm).toEqual({});
    expect(view.weeks[2]!.actualDistanceKm).toBeNull();
  });

  it('shows the plan in the roster before it starts, and a logged race event when it comes first', async () => {
    const athlete = await runnerWithHistory();
    const plan = await createPlan(app.ctx, marathon(athlete.id));
    expect((await loadRoster(app.ctx))[0]).toMatchObject({
      nextRace: { date: '2026-09-06', planId: plan.id, daysAway: 128 },
      plan: { id: plan.id, phase: null, weekIndex: null },
      compliance: null,
    });
    await createAthleteEvent(app.ctx, {
      athleteId: athlete.id,
      kind: 'race',
      startDate: '2026-06-14',
      title: 'Club 10 km',
    });
    expect((await loadRoster(app.ctx))[0]!.nextRace).toEqual({
      date: '2026-06-14',
      name: 'Club 10 km',
      daysAway: 44,
      planId: null,
    });
  });
});
