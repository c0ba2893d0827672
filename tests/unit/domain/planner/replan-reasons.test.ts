import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src-main/common/domain/dates';
import { planBlock, type BlockPlan } from '../../../../src-main/common/domain/planner/plan-block';
import {
  mergeReplanChanges,
  REPLAN_REASONS,
  replanChanges,
  type ReplanChanges,
  type ReplanPlan,
  type ReplanReason,
} from '../../../../src-main/common/domain/planner/replan-reasons';
import type { PlannedDay } from '../../../../src-main/common/domain/planner/types';
import { MARATHON_18, STARTER_LIBRARY, THRESHOLDS } from './block-fixtures';

const OPTIONS = { library: STARTER_LIBRARY, thresholds: THRESHOLDS };
/** The block as first planned (week 1 starts Mon 15 Dec 2025), which every re-plan below starts from. */
const ORIGINAL = planBlock(MARATHON_18, OPTIONS);

function planFacts(today: string): ReplanPlan {
  const plannedSeconds: Record<string, number> = {};
  for (const day of ORIGINAL.days)
    plannedSeconds[day.date] = day.sessions.reduce((sum, s) => sum + s.plannedSeconds, 0);
  return { raceDate: MARATHON_18.raceDate, weeks: MARATHON_18.weeks, today, plannedSeconds };
}

/** The re-plan the service makes: the days before `today` kept as they are, the rest planned again. */
function replan(today: string, changes?: ReplanChanges): BlockPlan {
  const kept = ORIGINAL.days.filter((d) => d.date < today);
  const input = changes ? { ...MARATHON_18, ...mergeReplanChanges(MARATHON_18, changes) } : MARATHON_18;
  return planBlock(input, { ...OPTIONS, lockedDays: kept });
}

function daysBetween(plan: BlockPlan, first: string, last: string): PlannedDay[] {
  return plan.days.filter((d) => d.date >= first && d.date <= last);
}

const loadOf = (days: readonly PlannedDay[]) =>
  days.flatMap((d) => d.sessions).reduce((sum, s) => sum + s.plannedLoad, 0);

describe('re-planning by reason', () => {
  it('names the six reasons a coach picks from', () => {
    expect(REPLAN_REASONS).toEqual(['fatigue', 'illness', 'time-constraints', 'injury', 'ahead', 'other']);
  });

  it.each(['2025-12-22', '2026-01-14', '2026-02-02', '2026-03-09'])(
    'fatigue from %s: the next 7 days carry 20–30 % less load than the same re-plan without it, no hard session, and the build resumes',
    (today) => {
      const changes = replanChanges({ kind: 'fatigue' }, planFacts(today));
      expect(changes.dayLimits.map((l) => l.date)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(today, i)));
      expect(changes.dayLimits.every((l) => l.easyOnly)).toBe(true);
      expect(changes.explanation).toMatch(
        /^fatigue: the next 7 days \(.+\) at 78 % of the planned time, easy only, then the build resumes$/,
      );

      const last = addDays(today, 6);
      const plain = loadOf(daysBetween(replan(today), today, last));
      const tired = replan(today, changes);
      const eased = loadOf(daysBetween(tired, today, last));
      expect(1 - eased / plain).toBeGreaterThanOrEqual(0.2);
      expect(1 - eased / plain).toBeLessThanOrEqual(0.3);
      expect(
        daysBetween(tired, today, last)
          .flatMap((d) => d.sessions)
          .some((s) => s.hard),
      ).toBe(false);
      // The week after is planned without a limit, so hard sessions come back.
      expect(
        daysBetween(tired, addDays(today, 7), addDays(today, 13))
          .flatMap((d) => d.sessions)
          .some((s) => s.hard),
      ).toBe(true);
    },
  );

  it('illness: rest days, then a week of easy sessions at half and then three quarters of the planned time', () => {
    const today = '2026-01-14';
    const changes = replanChanges({ kind: 'illness', days: 4 }, planFacts(today));
    expect(changes.dayLimits).toHaveLength(11);
    expect(changes.dayLimits.slice(0, 4).every((l) => l.hours === 0)).toBe(true);
    expect(changes.explanation).toBe(
      'illness: 4 days of rest (Wed 14 Jan – Sat 17 Jan), then a graded return, easy only at 50 % for 3 days then 75 % for 4 days of the planned time, before the build resumes',
    );
    const plan = replan(today, changes);
    expect(daysBetween(plan, today, addDays(today, 3)).flatMap((d) => d.sessions)).toEqual([]);
    const returning = daysBetween(plan, addDays(today, 4), addDays(today, 10)).flatMap((d) => d.sessions);
    expect(returning.length).toBeGreaterThan(0);
    expect(returning.some((s) => s.hard)).toBe(false);
    for (const limit of changes.dayLimits.slice(4)) {
      const seconds = plan.days
        .find((d) => d.date === limit.date)!
        .sessions.reduce((sum, s) => sum + s.plannedSeconds, 0);
      expect(seconds / 3600).toBeLessThanOrEqual(limit.hours! + 1e-9);
    }
  });

  it('illness defaults to 3 rest days', () => {
    const changes = replanChanges({ kind: 'illness' }, planFacts('2026-01-14'));
    expect(changes.dayLimits.filter((l) => l.reason === 'illness').map((l) => l.date)).toEqual([
      '2026-01-14',
      '2026-01-15',
      '2026-01-16',
    ]);
  });

  it('injury: the sport is gone from those days and other training takes its place; outside them it is back', () => {
    const today = '2026-01-14';
    const changes = replanChanges({ kind: 'injury', sport: 'run', to: '2026-01-23' }, planFacts(today));
    expect(changes.dayLimits.map((l) => l.date)).toEqual(Array.from({ length: 10 }, (_, i) => addDays(today, i)));
    expect(changes.explanation).toMatch(/^injury: no run from Wed 14 Jan to Fri 23 Jan;/);
    const plan = replan(today, changes);
    const injured = daysBetween(plan, today, '2026-01-23').flatMap((d) => d.sessions);
    expect(injured.some((s) => s.definition.sport === 'run')).toBe(false);
    expect(injured.length).toBeGreaterThan(0);
    expect(
      daysBetween(plan, '2026-01-24', '2026-02-01')
        .flatMap((d) => d.sessions)
        .some((s) => s.definition.sport === 'run'),
    ).toBe(true);
  });

  it('injury defaults to two weeks from today', () => {
    const changes = replanChanges({ kind: 'injury', sport: 'bike' }, planFacts('2026-01-14'));
    expect(changes.dayLimits.map((l) => l.date)).toEqual(
      Array.from({ length: 14 }, (_, i) => addDays('2026-01-14', i)),
    );
    expect(changes.dayLimits[0]).toMatchObject({ withoutSports: ['bike'] });
  });

  it('time constraints: the chosen weeks stay under their hour caps', () => {
    const today = '2026-01-12';
    const changes = replanChanges({ kind: 'time-constraints', weeks: [7, 6], hours: 5 }, planFacts(today));
    expect(changes.weekHourCaps).toEqual({ 6: 5, 7: 5 });
    expect(changes.explanation).toBe('time constraints: weeks 6 and 7 capped at 5 h each');
    const plain = replan(today);
    expect(plain.weeks[5]!.plannedHours).toBeGreaterThan(5);
    const plan = replan(today, changes);
    expect(plan.weeks[5]!.plannedHours).toBeLessThanOrEqual(5);
    expect(plan.weeks[6]!.plannedHours).toBeLessThanOrEqual(5);
  });

  it('ahead of plan re-anchors on the current fitness and limits no day; other changes nothing', () => {
    const ahead = replanChanges({ kind: 'ahead' }, planFacts('2026-01-14'));
    expect(ahead).toMatchObject({ anchor: 'current-fitness', dayLimits: [], weekHourCaps: {} });
    expect(ahead.explanation).toMatch(/^ahead of plan: /);
    expect(replanChanges({ kind: 'other' }, planFacts('2026-01-14'))).toMatchObject({
      anchor: 'block-start',
      dayLimits: [],
      weekHourCaps: {},
    });
  });

  it('starts a block not yet under way on its first Monday', () => {
    const changes = replanChanges({ kind: 'fatigue' }, planFacts('2025-12-10'));
    expect(changes.from).toBe('2025-12-15');
    expect(changes.dayLimits.map((l) => l.date)).toEqual(Array.from({ length: 7 }, (_, i) => addDays('2025-12-15', i)));
  });

  it('never limits race day or days after it', () => {
    const reasons: ReplanReason[] = [
      { kind: 'fatigue' },
      { kind: 'illness', days: 14 },
      { kind: 'injury', sport: 'run' },
    ];
    for (const reason of reasons) {
      const dates = replanChanges(reason, planFacts('2026-04-15')).dayLimits.map((l) => l.date);
      expect(dates.at(-1)).toBe('2026-04-18');
    }
  });

  it('combines a new limit with the plan’s own on the same day, and a new week cap replaces the old', () => {
    const merged = mergeReplanChanges(
      {
        dayLimits: [{ date: '2026-01-14', withoutSports: ['run'], reason: 'injury: no run' }],
        weekHourCaps: { 5: 6, 6: 6 },
      },
      {
        dayLimits: [
          { date: '2026-01-14', hours: 1, easyOnly: true, reason: 'fatigue' },
          { date: '2026-01-15', hours: 1, easyOnly: true, reason: 'fatigue' },
        ],
        weekHourCaps: { 6: 4 },
      },
    );
    expect(merged.dayLimits).toEqual([
      { date: '2026-01-14', hours: 1, easyOnly: true, withoutSports: ['run'], reason: 'injury: no run; fatigue' },
      { date: '2026-01-15', hours: 1, easyOnly: true, reason: 'fatigue' },
    ]);
    expect(merged.weekHourCaps).toEqual({ 5: 6, 6: 4 });
  });
});
