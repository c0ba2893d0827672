import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src-main/common/domain/dates';
import { planBlock } from '../../../../src-main/common/domain/planner/plan-block';
import { STARTER_LIBRARY, THRESHOLDS } from './block-fixtures';
import { runner45Km } from './history-fixtures';
import { blockFirstDay, planFromHistory } from './history-plans';

const goal = { raceType: 'marathon' as const, raceDate: '2027-04-18', weeks: 18 };

describe('limited days inside a block', () => {
  it('lower their own week, and the build goes on from the last full week rather than from the cut one', () => {
    const first = blockFirstDay(goal.raceDate, goal.weeks);
    const { input, plan } = planFromHistory(runner45Km(first).activities, [], goal);
    // A fatigue re-plan in week 2: every day at 70 % of the time it held, easy only.
    const week2 = plan.days.filter((d) => d.date >= addDays(first, 7) && d.date < addDays(first, 14));
    const dayLimits = week2.map((d) => ({
      date: d.date,
      hours: (0.7 * d.sessions.reduce((sum, s) => sum + s.plannedSeconds, 0)) / 3600,
      easyOnly: true,
      reason: 'fatigue',
    }));
    const limited = planBlock({ ...input, dayLimits }, { library: STARTER_LIBRARY, thresholds: THRESHOLDS });

    expect(limited.weeks[1]!.plannedLoad).toBeLessThan(0.85 * plan.weeks[1]!.plannedLoad);
    // Week 3 is not held to a 10 % step over the cut week 2: the build goes on from week 1, the last full
    // loading week, and only the ACWR limit (which the light week lowered) brings it back gradually.
    const cut = limited.weeks[1]!.targetLoad;
    expect(limited.weeks[2]!.targetLoad).toBeGreaterThan(Math.max(1.1 * cut, cut + 30));
    expect(limited.weeks[2]!.binding.join(' ')).toMatch(/ACWR/);
    expect(limited.weeks[2]!.targetLoad).toBeLessThanOrEqual(plan.weeks[2]!.targetLoad);
  });
});

describe('a B race inside a block', () => {
  it('makes a lighter week, not a recovery week, whose training target leaves room for the race and is met', () => {
    const first = blockFirstDay(goal.raceDate, goal.weeks);
    const raceDay = addDays(first, 7 * 9 + 6); // Sunday of week 10, a loading week under 3:1
    const { plan } = planFromHistory(runner45Km(first).activities, [], {
      ...goal,
      races: [{ date: raceDay, name: 'Riverside Half Marathon', priority: 'B', raceType: 'half-marathon' }],
    });
    const week = plan.weeks[9]!;
    expect(week.recovery).toBe(false);
    expect(week.notes.join(' ')).toMatch(/B race: Riverside Half Marathon/);
    // Training besides the race, which the week's targets and totals leave out as they do race day.
    expect(week.targetLoad).toBeLessThan(0.8 * plan.weeks[8]!.targetLoad);
    expect(Math.abs(week.plannedLoad / week.targetLoad - 1)).toBeLessThanOrEqual(0.1);
    expect(
      plan.days
        .find((d) => d.date === raceDay)!
        .sessions.map((s) => s.definition.name)
        .join(),
    ).toMatch(/Riverside Half Marathon/);
  });
});
