import { describe, expect, it } from 'vitest';
import type { ThresholdEntry, ThresholdValues } from '../../../../src-main/common/domain/thresholds';
import { newPlanSchema } from '../../../../src-main/common/contract/plans';
import { addDays, daysBetween, localDateOf, weekdayIndex } from '../../../../src-main/common/domain/dates';
import {
  DEFAULT_DEMO_SEED,
  generateDemoAthlete,
  planDemoRoster,
  type DemoAthlete,
} from '../../../../src-main/common/domain/demo';
import { computePmc } from '../../../../src-main/common/domain/load/pmc';
import { DEFAULT_PMC_CONVENTION } from '../../../../src-main/common/domain/load/pmc-convention';
import { computeActivityMetrics } from '../../../../src-main/common/domain/metrics/activity-metrics';
import { planBlock } from '../../../../src-main/common/domain/planner/plan-block';
import { composeBlockInput, planningCalendar } from '../../../../src-main/common/domain/planner/planning-input';
import type { RecordedActivity } from '../../../../src-main/common/domain/planner/recorded-days';
import { MAX_BLOCK_WEEKS, MIN_BLOCK_WEEKS } from '../../../../src-main/common/domain/planner/phases';
import type { RaceType } from '../../../../src-main/common/domain/planner/types';
import { STARTER_LIBRARY } from './block-fixtures';
import { expectHistoryPlanProperties, type HistoryPlan } from './history-plans';

/**
 * Every demo athlete planned as a coach would plan them today: toward their next A race when the planner
 * has a type for it and it is 8–30 weeks away, otherwise an 18-week block toward their discipline's usual
 * goal; every other race on their record inside the block, their logged illness, injury and travel, their
 * two years of training as history. The plan must keep every property the generated histories keep.
 */

/** A Monday: the block starts today and the history ends yesterday, as for a coach planning this morning. */
const TODAY = '2026-12-07';
const FALLBACK_WEEKS = 18;

const thresholdsOn = (history: readonly ThresholdEntry[], date: string): ThresholdValues =>
  Object.fromEntries(history.filter((e) => e.validFrom <= date).map((e) => [e.metric, e.value]));

/** The athlete's training as the planner reads it from the database: each activity's load as the import computes it. */
function recordedTraining(demo: DemoAthlete): RecordedActivity[] {
  return demo.activities.map((a) => {
    const date = localDateOf(a.startTime, a.utcOffsetMinutes);
    const metrics = computeActivityMetrics(a, {
      thresholds: thresholdsOn(demo.thresholdHistory, date),
      sex: demo.profile.sex,
    });
    return {
      date,
      name: a.name,
      sport: a.sport,
      seconds: a.timerSeconds,
      meters: a.distanceMeters,
      load: metrics.load.load,
    };
  });
}

const PLANNABLE: Record<DemoAthlete['spec']['discipline'], readonly RaceType[]> = {
  run: ['marathon', 'half-marathon', '10k'],
  bike: ['gran-fondo'],
  tri: ['70.3', 'ironman'],
};

/** The goal a coach would plan toward today. */
function goalOf(demo: DemoAthlete): { raceDate: string; raceType: RaceType; weeks: number } {
  const weeksTo = (date: string) => Math.floor(daysBetween(TODAY, date) / 7) + 1;
  const next = demo.events.find(
    (e) =>
      e.kind === 'race' &&
      e.priority === 'A' &&
      e.startDate > TODAY &&
      e.raceType !== null &&
      PLANNABLE[demo.spec.discipline].includes(e.raceType) &&
      weeksTo(e.startDate) >= MIN_BLOCK_WEEKS &&
      weeksTo(e.startDate) <= MAX_BLOCK_WEEKS,
  );
  if (next) return { raceDate: next.startDate, raceType: next.raceType!, weeks: weeksTo(next.startDate) };
  const focus = demo.spec.focus;
  const raceType: RaceType =
    focus === 'marathon' || focus === 'ironman' || focus === '70.3'
      ? focus
      : { run: 'half-marathon' as const, bike: 'gran-fondo' as const, tri: '70.3' as const }[demo.spec.discipline];
  return { raceDate: addDays(TODAY, 7 * (FALLBACK_WEEKS - 1) + 6), raceType, weeks: FALLBACK_WEEKS };
}

function planToday(demo: DemoAthlete): HistoryPlan & { label: string } {
  const goal = goalOf(demo);
  const activities = recordedTraining(demo);
  const calendar = planningCalendar(activities, demo.events, {
    firstDay: TODAY,
    raceDate: goal.raceDate,
    today: TODAY,
  });
  const loads: Record<string, number> = {};
  for (const a of activities) loads[a.date] = (loads[a.date] ?? 0) + (a.load ?? 0);
  const pmc = computePmc(loads, {
    from: activities.map((a) => a.date).sort()[0]!,
    to: addDays(TODAY, -1),
    convention: DEFAULT_PMC_CONVENTION,
  });
  const request = newPlanSchema.parse({ athleteId: 1, raceDate: goal.raceDate, raceType: goal.raceType });
  const input = composeBlockInput(
    request,
    { startDate: TODAY, weeks: goal.weeks },
    { today: TODAY, convention: DEFAULT_PMC_CONVENTION, seed: pmc.at(-1)! },
    calendar,
  );
  const plan = planBlock(input, { library: STARTER_LIBRARY, thresholds: thresholdsOn(demo.thresholdHistory, TODAY) });
  const label = `${demo.profile.name} (${demo.spec.level} ${demo.spec.focus}), ${goal.weeks}-week ${goal.raceType} to ${goal.raceDate}`;
  return { input, history: calendar.history!, plan, label };
}

describe('a block for every demo athlete, planned today from their record', () => {
  expect(weekdayIndex(TODAY)).toBe(0);
  const roster = planDemoRoster(DEFAULT_DEMO_SEED, Number(TODAY.slice(0, 4)));

  it.each(roster.map((spec) => [spec.name, spec] as const))('%s', (_name, spec) => {
    const demo = generateDemoAthlete(spec, { seed: DEFAULT_DEMO_SEED, today: TODAY });
    const planned = planToday(demo);
    expect(planned.history, `${planned.label}: history`).not.toBeNull();
    expectHistoryPlanProperties(planned, planned.label, { marathonPeak: planned.input.raceType === 'marathon' });
    // Room on a long day is not filled with hours of easy swimming.
    const easySwims = planned.plan.days.flatMap((d) =>
      d.sessions.filter(
        (s) =>
          s.definition.sport === 'swim' &&
          (s.definition.category === 'endurance' || s.definition.category === 'recovery'),
      ),
    );
    for (const swim of easySwims)
      expect(swim.plannedSeconds, `${planned.label}: ${swim.definition.name}`).toBeLessThanOrEqual(3600);
  });
});
