import { describe, expect, it } from 'vitest';
import { generateBlock } from '../../../../src-main/common/domain/planner/block-generator';
import { assessTargets } from '../../../../src-main/common/domain/planner/feasibility';
import type { BlockInput } from '../../../../src-main/common/domain/planner/types';
import { MARATHON_18 } from './block-fixtures';

const assess = (input: BlockInput) => assessTargets(input, generateBlock(input));

describe('feasibility says what would make a plan feasible', () => {
  it('finds the worked marathon feasible', () => {
    expect(assess(MARATHON_18)).toEqual({ feasible: true, reasons: [] });
  });
});
