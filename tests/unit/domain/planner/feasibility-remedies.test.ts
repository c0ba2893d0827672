import { describe, expect, it } from 'vitest';
import { generateBlock } from '../../../../src-main/common/domain/planner/block-generator';
import { assessTargets } from '../../../../src-main/common/domain/planner/feasibility';
import type { BlockInput } from '../../../../src-main/common/domain/planner/types';
import { MARATHON_18 } from './block-fixtures';

const assess = (input: BlockInput) => assessTargets(input, generateBlock(input));
const withGuardrails = (changes: Partial<BlockInput['guardrails']>): BlockInput => ({
  ...MARATHON_18,
  guardrails: { ...MARATHON_18.guardrails, ...changes },
});

describe('feasibility finds the change that lands a plan on its aim', () => {
  it('says how far to lower a minimum that leaves no room to taper', () => {
    expect(assess(withGuardrails({ minWeeklyHours: 9.5 })).reasons).toEqual([
      'the minimums leave no room to taper after week 15: lower the minimum weekly hours to 8 h so the taper can cut volume',
    ]);
  });

  it('names the change that lands race-day TSB in the window when the taper cannot shed enough fatigue', () => {
    // A 10 k on a Monday: race week has no training day to freshen up in, and the minimum holds the taper week.
    const input: BlockInput = { ...withGuardrails({ minWeeklyHours: 6 }), raceType: '10k', raceDate: '2026-04-20' };
    expect(assess(input).reasons).toEqual([
      'race-day TSB +1.5 is below +5: start the taper a week earlier (week 16) or lower the minimum weekly hours to 5.3 h',
    ]);
    for (const fix of [
      { ...input, taperWeeks: 2 },
      { ...input, guardrails: { ...input.guardrails, minWeeklyHours: 5.3 } },
    ]) {
      expect(generateBlock(fix).projection.raceDay.projectedTsb).toBeGreaterThanOrEqual(5);
    }
  });

  it('names the hours that would hold CTL when a fit athlete with little time lands too fresh', () => {
    const input: BlockInput = { ...withGuardrails({ maxWeeklyHours: 5 }), weeks: 8, startCtl: 110, startAtl: 100 };
    expect(assess(input).reasons).toEqual([
      "race-day TSB +23.6 is above +20: raise the max weekly hours to 8 h or raise the window's maximum to +24",
    ]);
  });

  it('says how many more weeks would reach a race-day CTL target the block is too short for', () => {
    const input: BlockInput = { ...MARATHON_18, weeks: 8, startCtl: 30, startAtl: 30, targetRaceCtl: 65 };
    expect(assess(input).reasons).toEqual([
      '8 weeks is too short to raise CTL from 30 to 65 under these guardrails (race-day CTL 53.6): an 11-week block would reach it',
    ]);
    expect(generateBlock({ ...input, weeks: 11 }).projection.raceDay.projectedCtl).toBeGreaterThanOrEqual(64.5);
    expect(generateBlock({ ...input, weeks: 10 }).projection.raceDay.projectedCtl).toBeLessThan(64.5);
  });

  it('says which ramp limit or block length would reach a target CTL, and is satisfied once it is reached', () => {
    const roomy: BlockInput = {
      ...withGuardrails({ maxWeeklyHours: 16 }),
      weeks: 8,
      startCtl: 40,
      startAtl: 40,
      availability: [1, 2, 2, 2, 2, 3, 4],
    };
    expect(assess({ ...roomy, targetRaceCtl: 70 }).reasons).toEqual([
      'race-day CTL 63.7 falls short of the 70 target: a ramp limit of 7.3 CTL/week or a 9-week block would reach it',
    ]);
    const ramped = { ...roomy, guardrails: { ...roomy.guardrails, maxRampPerWeek: 7.3 } };
    expect(generateBlock(ramped).projection.raceDay.projectedCtl).toBeGreaterThanOrEqual(69.5);
    expect(assess({ ...roomy, targetRaceCtl: 60 })).toEqual({ feasible: true, reasons: [] });
  });

  it('names the weekly hours, with the availability to match, when only more time reaches the target', () => {
    expect(assess({ ...MARATHON_18, targetRaceCtl: 85 }).reasons).toEqual([
      'race-day CTL 75.8 falls short of the 85 target: 11.5 h max weekly hours would reach it',
    ]);
  });
});
