import { generateBlock, type GeneratedBlock, type WeekCalibration } from './block-generator';
import { assessFeasibility } from './feasibility';
import {
  better,
  calibrate,
  keptDays,
  scheduleAttempt,
  type Attempt,
  type PlanBlockOptions,
  type PlanContext,
} from './plan-attempt';
import { backToBackHardDays } from './plan-facts';
import { TAPER_SCALE_MAX } from './taper-search';
import type {
  BlockInput,
  Feasibility,
  PhaseSpan,
  PlannedDay,
  ProjectedDay,
  RaceDayProjection,
  TsbWindow,
  WeekTarget,
} from './types';
import { buildWeekFrames } from './week-frames';
import { settleWeeks } from './week-settling';

export type { PlanBlockOptions } from './plan-attempt';

/** A week's targets next to what the calendar holds and the fitness it projects. */
export interface PlannedWeek extends WeekTarget {
  projectedCtl: number;
  projectedTsb: number;
  plannedLoad: number;
  plannedHours: number;
  /** Planned ACWR at the week's end over the athlete's real days before the block; null where it is not judged. */
  acwr: number | null;
}

export interface BlockPlan extends Feasibility {
  phases: PhaseSpan[];
  weeks: PlannedWeek[];
  raceDay: RaceDayProjection;
  /** One entry per day from week 1's Monday to race day. */
  days: PlannedDay[];
  projection: ProjectedDay[];
}

/**
 * The generator aims inside the form window by this much (at most a quarter of the window), so the small
 * differences between a schedule's real sessions and the targets it was made from keep race-day TSB inside.
 */
const FORM_MARGIN = 1.5;

/** Re-plans of the taper on the kept schedule of the weeks before it; each costs a schedule of 3–5 weeks. */
const MAX_TAPER_REFINEMENTS = 3;

/**
 * A block from weekly targets to days: generate the targets, schedule them from the library, project the
 * real scheduled loads, and check the guardrails, the taper and the form window on what was scheduled. The
 * real sessions spread, convert and round differently from the targets' model, so:
 * 1. when the schedule misses, the whole block is generated again, calibrated on that schedule
 *    (plan-attempt.ts), and scheduled again; the better of the two is kept;
 * 2. weeks that still break a guardrail are settled one by one (week-settling.ts);
 * 3. the weeks before the taper are kept as scheduled and the taper is searched again on their real loads,
 *    calibrated on its last schedule, until race-day TSB sits in the window just above its minimum (the
 *    highest race-day CTL) or the refinements stop improving.
 * The feasibility and the binding sentences returned describe the schedule returned.
 */
export function planBlock(input: BlockInput, options: PlanBlockOptions): BlockPlan {
  const context: PlanContext = {
    input,
    options,
    frames: buildWeekFrames(input),
    aimed: { ...input, tsbWindow: aimWindow(input.tsbWindow) },
  };
  const whole = (calibration?: (WeekCalibration | undefined)[]) =>
    scheduleAttempt(context, generateBlock(context.aimed, calibration), options.lockedDays ?? []);
  let best = whole();
  if (best.misses > 0) best = better(best, whole(calibrate(best, context)), input.tsbWindow);
  best = settleWeeks(context, best, () => true);
  for (let i = 0; i < MAX_TAPER_REFINEMENTS && !formSettled(best, context); i += 1) {
    const kept = best.generated.taper.firstWeek - 1;
    const refined = settleWeeks(context, refineTaper(context, best), (index) => index > kept);
    if (better(best, refined, input.tsbWindow) === best) break;
    best = refined;
  }

  const { generated, days, projection, facts, acwr } = best;
  const feasibility = assessFeasibility(input, {
    generated,
    facts,
    acwr,
    projection,
    hardDayPairs: backToBackHardDays(days),
    calibration: calibrate(best, context),
  });
  return {
    ...feasibility,
    phases: generated.phases,
    weeks: generated.weeks.map((week, i) => ({
      ...week,
      projectedCtl: projection.weeks[i]!.projectedCtl,
      projectedTsb: projection.weeks[i]!.projectedTsb,
      plannedLoad: Math.round(facts[i]!.load * 10) / 10,
      plannedHours: Math.round(facts[i]!.hours * 100) / 100,
      acwr: acwr[i] ? Math.round(acwr[i]!.ratio * 100) / 100 : null,
    })),
    raceDay: projection.raceDay,
    days,
    projection: projection.days,
  };
}

/** Keeps the weeks before the taper as scheduled and plans the taper again on their real loads. */
function refineTaper(context: PlanContext, attempt: Attempt): Attempt {
  const kept = attempt.generated.taper.firstWeek - 1;
  const taperStart = context.frames[kept]!.startDate;
  const calibration = calibrate(attempt, context).map((week, i) =>
    week && i < kept ? { ...week, heldLoad: attempt.facts[i]!.load } : week,
  );
  const taper = generateBlock(context.aimed, calibration);
  const generated: GeneratedBlock = {
    ...taper,
    weeks: [...attempt.generated.weeks.slice(0, kept), ...taper.weeks.slice(kept)],
    unmetMinimums: [
      ...attempt.generated.unmetMinimums.filter((m) => m.week <= kept),
      ...taper.unmetMinimums.filter((m) => m.week > kept),
    ],
  };
  return scheduleAttempt(
    context,
    generated,
    keptDays(context, attempt, (date) => date >= taperStart),
  );
}

/**
 * Nothing left to gain: no miss, and race-day TSB within the margin above the aimed minimum or already
 * reached with the lightest taper allowed.
 */
function formSettled(attempt: Attempt, context: PlanContext): boolean {
  const tsb = attempt.projection.raceDay.projectedTsb;
  const lightest = attempt.generated.taper.scale >= TAPER_SCALE_MAX;
  return attempt.misses === 0 && (lightest || tsb <= context.aimed.tsbWindow.min + FORM_MARGIN);
}

function aimWindow(window: TsbWindow): TsbWindow {
  const margin = Math.min(FORM_MARGIN, (window.max - window.min) / 4);
  return { min: window.min + margin, max: window.max - margin };
}
