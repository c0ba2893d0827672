import { generateBlock, type GeneratedBlock, type WeekCalibration } from './block-generator';
import { formReasons, targetCtlReasons, taperRoomReason } from './feasibility-remedies';
import {
  guardrailBreaches,
  hardDayReasons,
  settingsReasons,
  taperBreaches,
  unmetMinimumReasons,
} from './guardrail-breaches';
import { targetWeekFacts, type WeekAcwr, type WeekFacts } from './plan-facts';
import type { BlockProjection } from './projection';
import type { BlockInput, Feasibility } from './types';

export interface PlanToAssess {
  /** The weekly targets the plan was made from (the generator's run on the same input). */
  generated: GeneratedBlock;
  /** Per-week facts of the plan being judged: the targets themselves, or what was scheduled from them. */
  facts: readonly WeekFacts[];
  projection: BlockProjection;
  /** Planned ACWR per week over the athlete's days before the block (plan-facts.ts); none for bare targets. */
  acwr?: readonly (WeekAcwr | null)[];
  /** Consecutive hard days on the calendar. */
  hardDayPairs: readonly (readonly [string, string])[];
  /**
   * How the plan's schedule relates to its targets (plan-attempt.ts), so the remedies are tried on a model
   * of the schedule rather than of the bare targets.
   */
  calibration?: readonly (WeekCalibration | undefined)[];
}

/**
 * Whether the plan keeps every guardrail and lands race-day TSB in the window (and reaches the target CTL
 * when one is set). Every reason ends with a concrete change that would fix it, found by re-running the
 * generator with that change where a number is involved.
 */
export function assessFeasibility(input: BlockInput, plan: PlanToAssess): Feasibility {
  const settings = settingsReasons(input);
  const reasons = [
    ...settings,
    ...guardrailBreaches(input, plan.facts, plan.generated, plan.acwr),
    ...hardDayReasons(input, plan.hardDayPairs),
  ];
  // Contradictory settings already explain unmet minimums, a held taper and a missed window; the
  // remedies would only repeat them.
  if (settings.length === 0) {
    reasons.push(...unmetMinimumReasons(input, plan.generated.unmetMinimums));
    // A week's ceiling is what its days held under the current settings; remedies change those settings.
    const calibration = plan.calibration?.map((week) => week && { ...week, ceiling: undefined });
    const model = (variant: BlockInput) => generateBlock(variant, calibration);
    if (plan.generated.taper.heldByMinimum) reasons.push(taperRoomReason(input, plan.generated, model));
    else reasons.push(...taperBreaches(plan.facts, plan.generated));
    reasons.push(...formReasons(input, plan.projection.raceDay.projectedTsb, plan.generated, model));
    reasons.push(...targetCtlReasons(input, plan.projection.raceDay.projectedCtl, model));
  }
  return { feasible: reasons.length === 0, reasons };
}

/** Feasibility of the weekly targets alone, before any day is scheduled. */
export function assessTargets(input: BlockInput, generated: GeneratedBlock): Feasibility {
  return assessFeasibility(input, {
    generated,
    facts: targetWeekFacts(generated.weeks, generated.projection),
    projection: generated.projection,
    hardDayPairs: [],
  });
}
