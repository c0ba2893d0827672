import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src-main/common/domain/dates';
import { generateBlock, type GeneratedBlock } from '../../../../src-main/common/domain/planner/block-generator';
import { GUARDRAIL_TOLERANCE as T } from '../../../../src-main/common/domain/planner/guardrail-breaches';
import { assessTargets } from '../../../../src-main/common/domain/planner/feasibility';
import { blockWeekStarts } from '../../../../src-main/common/domain/planner/phases';
import { planBlock, type BlockPlan } from '../../../../src-main/common/domain/planner/plan-block';
import {
  backToBackHardDays,
  scheduledWeekFacts,
  type WeekFacts,
} from '../../../../src-main/common/domain/planner/plan-facts';
import { projectPlannedDays } from '../../../../src-main/common/domain/planner/projection';
import type { BlockInput, Feasibility, Phase, WeekTarget } from '../../../../src-main/common/domain/planner/types';
import { PROPERTY_SEEDS, seededRandom } from '../load/seeded-random';
import { STARTER_LIBRARY, randomBlockInput, randomThresholds } from './block-fixtures';

const TRAINING: readonly Phase[] = ['base', 'build', 'peak'];

/** Where the pattern puts recovery weeks, written out independently of phases.ts. */
function expectedRecovery(weeks: readonly WeekTarget[], pattern: BlockInput['pattern']): number[] {
  if (pattern === 'none') return [];
  const cycle = pattern === '3:1' ? 4 : 3;
  return weeks
    .filter((w, i) => w.index % cycle === 0 && TRAINING.includes(w.phase) && TRAINING.includes(weeks[i + 1]!.phase))
    .map((w) => w.index);
}

function expectGuardrails(input: BlockInput, facts: readonly WeekFacts[], feasible: boolean, label: string): void {
  const g = input.guardrails;
  for (const w of facts) {
    const at = `${label}, week ${w.index}`;
    // The maxima protect the athlete: the planner keeps them even when it reports the plan infeasible.
    expect(w.ramp, at).toBeLessThanOrEqual(g.maxRampPerWeek + T.ramp);
    expect(w.hours, at).toBeLessThanOrEqual(g.maxWeeklyHours + T.hours);
    if (g.maxWeeklyLoad !== null) expect(w.load, at).toBeLessThanOrEqual(g.maxWeeklyLoad + T.load);
    if (!feasible) continue;
    expect(w.highShare, at).toBeLessThanOrEqual(g.maxHighIntensityShare + T.share);
    expect(w.longestSessionSeconds, at).toBeLessThanOrEqual(g.maxSessionSeconds + T.seconds);
    if (w.phase === 'race') continue;
    expect(w.hours, at).toBeGreaterThanOrEqual(g.minWeeklyHours - T.hours);
    if (g.minWeeklyLoad !== null) expect(w.load, at).toBeGreaterThanOrEqual(g.minWeeklyLoad - T.load);
  }
}

/** Taper weeks cut volume below the last loading week and never add it back. */
function expectTaperCuts(facts: readonly WeekFacts[], label: string): void {
  const firstTaper = facts.findIndex((w) => w.phase === 'taper');
  const lastLoading = facts[firstTaper - 1]!;
  expect(lastLoading.recovery, label).toBe(false);
  expect(facts[firstTaper]!.hours, label).toBeLessThan(lastLoading.hours);
  for (let i = firstTaper + 1; i < facts.length; i += 1) {
    expect(facts[i]!.hours, `${label}, week ${i + 1}`).toBeLessThanOrEqual(facts[i - 1]!.hours + T.hours);
  }
}

function expectReasonsNameAFix(feasibility: Feasibility, label: string): void {
  if (feasibility.feasible) {
    expect(feasibility.reasons, label).toEqual([]);
    return;
  }
  expect(feasibility.reasons.length, label).toBeGreaterThan(0);
  // Each sentence states the problem, then after a colon what would fix it.
  for (const reason of feasibility.reasons) expect(reason, label).toMatch(/: \S.*\S/);
}

function expectFormInWindow(input: BlockInput, tsb: number, label: string): void {
  expect(tsb, label).toBeGreaterThanOrEqual(input.tsbWindow.min - T.tsb);
  expect(tsb, label).toBeLessThanOrEqual(input.tsbWindow.max + T.tsb);
}

/** Share of the weeks' training time at or above LT1 (moderate and high bands), race day left out. */
function qualityShare(plan: BlockPlan, phase: Phase, raceDate: string): number {
  let quality = 0;
  let all = 0;
  for (const week of plan.weeks.filter((w) => w.phase === phase)) {
    const last = addDays(week.startDate, 6);
    for (const day of plan.days.filter((d) => d.date >= week.startDate && d.date <= last && d.date < raceDate)) {
      for (const { bandSeconds: b } of day.sessions) {
        quality += b.moderate + b.high;
        all += b.low + b.moderate + b.high;
      }
    }
  }
  return all > 0 ? quality / all : 0;
}

function targetFacts(block: GeneratedBlock): WeekFacts[] {
  return block.weeks.map((w, i) => ({
    index: w.index,
    phase: w.phase,
    recovery: w.recovery,
    load: w.targetLoad,
    hours: w.targetHours,
    highShare: w.intensity.high,
    longestSessionSeconds: w.longSessionSeconds,
    ramp: block.projection.weeks[i]!.ramp,
  }));
}

describe('generated targets, over 300 random athletes and goals', () => {
  it.each(PROPERTY_SEEDS)(
    'keep every guardrail, the pattern and the taper, and land the window when feasible (seed %i)',
    (seed) => {
      const random = seededRandom(seed);
      for (let n = 0; n < 25; n += 1) {
        const input = randomBlockInput(random);
        const label = `seed ${seed} athlete ${n}`;
        const block = generateBlock(input);
        const feasibility = assessTargets(input, block);
        const facts = targetFacts(block);
        expectReasonsNameAFix(feasibility, label);
        expectGuardrails(input, facts, feasibility.feasible, label);
        expect(
          block.weeks.filter((w) => w.recovery).map((w) => w.index),
          label,
        ).toEqual(expectedRecovery(block.weeks, input.pattern));
        const longDay = input.availability[input.longSessionDay]! * 3600;
        for (const w of block.weeks)
          expect(w.longSessionSeconds, label).toBeLessThanOrEqual(
            Math.min(longDay, input.guardrails.maxSessionSeconds),
          );
        // Taper and race week keep the last peak week's intensity.
        const peak = block.weeks.filter((w) => w.phase === 'peak').at(-1)!;
        for (const w of block.weeks.filter((w) => w.phase === 'taper' || w.phase === 'race'))
          expect(w.intensity, label).toEqual(peak.intensity);
        if (!feasibility.feasible) continue;
        expectFormInWindow(input, block.projection.raceDay.projectedTsb, label);
        expectTaperCuts(facts, label);
      }
    },
  );
});

describe('scheduled plans, over 200 random athletes and goals', () => {
  const outcomes: boolean[] = [];

  it.each(PROPERTY_SEEDS.slice(0, 10))(
    'keep every guardrail, the pattern, the taper and hard/easy spacing on the real sessions when feasible (seed %i)',
    (seed) => {
      const random = seededRandom(seed * 7919);
      for (let n = 0; n < 20; n += 1) {
        const input = randomBlockInput(random);
        const label = `seed ${seed * 7919} athlete ${n}`;
        const plan: BlockPlan = planBlock(input, { library: STARTER_LIBRARY, thresholds: randomThresholds(random) });
        outcomes.push(plan.feasible);

        // One entry per day from week 1's Monday to race day.
        const starts = blockWeekStarts(input.raceDate, input.weeks);
        expect(plan.days.length, label).toBe(
          7 * (input.weeks - 1) + 1 + (Date.parse(input.raceDate) - Date.parse(starts.at(-1)!)) / 86_400_000,
        );
        plan.days.forEach((day, i) => expect(day.date, label).toBe(addDays(starts[0]!, i)));

        // Measured again from the days themselves, not from what the plan says about them.
        const projection = projectPlannedDays(plan.days, starts, input);
        const facts = scheduledWeekFacts(plan.weeks, plan.days, projection, [input.raceDate]);
        expect(plan.raceDay, label).toEqual(projection.raceDay);
        expectReasonsNameAFix(plan, label);
        expectGuardrails(input, facts, plan.feasible, label);
        expect(
          plan.weeks.filter((w) => w.recovery).map((w) => w.index),
          label,
        ).toEqual(expectedRecovery(plan.weeks, input.pattern));
        for (const w of plan.weeks)
          for (const sentence of w.binding) expect(sentence.startsWith(`week ${w.index} `), label).toBe(true);
        if (!plan.feasible) continue;
        expectFormInWindow(input, projection.raceDay.projectedTsb, label);
        expectTaperCuts(facts, label);
        // The taper asks for peak's sessions and distribution; the library's discrete sessions keep most of it.
        expect(qualityShare(plan, 'taper', input.raceDate), label).toBeGreaterThan(
          0.4 * qualityShare(plan, 'peak', input.raceDate),
        );
        if (!input.guardrails.allowBackToBackHardDays) expect(backToBackHardDays(plan.days), label).toEqual([]);
      }
    },
    120_000,
  );

  it('finds most random goals feasible, so the properties above are exercised', () => {
    expect(outcomes).toHaveLength(200);
    expect(outcomes.filter(Boolean).length).toBeGreaterThan(120);
  });
});
