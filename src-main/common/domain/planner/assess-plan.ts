import { generateBlock } from './block-generator';
import { assessFeasibility } from './feasibility';
import { backToBackHardDays, raceDates, scheduledWeekFacts, type WeekFacts } from './plan-facts';
import type { BlockProjection } from './projection';
import type { BlockInput, Feasibility, PlannedDay, WeekTarget } from './types';

/**
 * Judges a plan as it stands now — after the coach's moves, removals and additions — by the same rules
 * the generator's own schedule is judged by: every guardrail per week, no back-to-back hard days, race-day
 * form in its window. `projection` is the caller's: for a plan under way it runs recorded loads up to
 * yesterday and planned loads after.
 */
export function assessPlan(
  input: BlockInput,
  targets: readonly WeekTarget[],
  days: readonly PlannedDay[],
  projection: BlockProjection,
): Feasibility & { facts: WeekFacts[] } {
  const facts = scheduledWeekFacts(targets, days, projection, raceDates(input));
  // The generator's run on the same input knows which minimums could never be met and how the taper was
  // held, so those are explained rather than reported as the coach's breaches.
  const generated = generateBlock(input);
  const feasibility = assessFeasibility(input, {
    generated,
    facts,
    projection,
    hardDayPairs: backToBackHardDays(days),
  });
  return { ...feasibility, facts };
}
