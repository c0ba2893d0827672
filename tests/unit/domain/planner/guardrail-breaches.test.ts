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

describe('feasibility names contradictory settings and breached guardrails with their fix', () => {
  it('names the hours missing when availability is below the minimum, and nothing that only repeats it', () => {
    const input: BlockInput = { ...withGuardrails({ minWeeklyHours: 8 }), availability: [0, 1, 1, 1, 0, 1, 2] };
    expect(assess(input)).toEqual({
      feasible: false,
      reasons: [
        'availability totals 6 h/week, below the 8 h minimum: add 2 h of availability or lower the minimum to 6 h',
      ],
    });
  });

  it('catches a minimum above the maximum', () => {
    expect(assess(withGuardrails({ minWeeklyHours: 11 })).reasons).toEqual([
      'the 11 h minimum weekly hours is above the 10 h maximum: lower the minimum to 10 h or raise the maximum to 11 h',
    ]);
  });

  it('says which ramp would let the first weeks reach a minimum that the ramp limit keeps out of reach', () => {
    const input: BlockInput = { ...withGuardrails({ minWeeklyHours: 9 }), weeks: 8, startCtl: 20, startAtl: 20 };
    const { reasons } = assess(input);
    expect(reasons[0]).toBe(
      'weeks 1, 2 and 3 cannot reach the 9 h min weekly hours under the 6 CTL/week ramp limit (it would raise CTL by up to 8.8): lower the minimum to 6.9 h or raise the ramp limit to 8.8',
    );
    // The suggested ramp limit does reach the minimum.
    const raised = generateBlock({ ...input, guardrails: { ...input.guardrails, maxRampPerWeek: 8.8 } });
    expect(raised.unmetMinimums).toEqual([]);
  });
});
