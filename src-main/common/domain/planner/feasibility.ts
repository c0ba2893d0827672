import { addDays } from '../dates';
import { steadyWeeklyLoadForRamp } from '../load/ramp-target';
import { generateBlock, type GeneratedBlock, type UnmetMinimum, type WeekCalibration } from './block-generator';
import { MAX_BLOCK_WEEKS, TAPER_WEEKS, blockWeekStarts, layoutPhases } from './phases';
import { acwrExcessLoad, targetWeekFacts, type WeekAcwr, type WeekFacts } from './plan-facts';
import { formatHours, formatNumber, formatPercent, formatSigned, withArticle } from '../../format';
import type { BlockProjection } from './projection';
import type { BlockInput, Feasibility, TsbWindow } from './types';

/**
 * Slack for rounding when checking a plan against its guardrails: targets are whole TSS and hundredths of
 * an hour, scheduled sessions whole minutes, the planned ACWR is shown to two decimals.
 */
export const GUARDRAIL_TOLERANCE = { hours: 0.02, load: 1, ramp: 0.01, share: 0.005, seconds: 60, tsb: 0.05, acwr: 0.005 } as const;

/** Whether race-day TSB lies in the window, to the tenth of a point the plan shows. */
export function formInWindow(tsb: number, window: TsbWindow): boolean {
  return tsb >= window.min - GUARDRAIL_TOLERANCE.tsb && tsb <= window.max + GUARDRAIL_TOLERANCE.tsb;
}

/** Largest ramp limit and weekly hours the plan contract accepts, the ceiling of the remedy searches. */
const MAX_RAMP_LIMIT = 15;
const MAX_WEEKLY_HOURS = 40;
const MAX_ACWR_LIMIT = 2;
/** ACWR limits are suggested in steps of 0.05, the resolution coaches quote them in (1.3, 1.45, 1.5). */
const ACWR_LIMIT_STEP = 0.05;

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
    reasons.push(...formReasons(input, plan, model));
    reasons.push(...targetCtlReasons(input, plan.projection.raceDay.projectedCtl, model));
  }
  return { feasible: reasons.length === 0, reasons };
}

function settingsReasons(input: BlockInput): string[] {
  const g = input.guardrails;
  const reasons: string[] = [];
  const available = totalAvailability(input);
  if (available + GUARDRAIL_TOLERANCE.hours < g.minWeeklyHours) {
    reasons.push(
      `availability totals ${formatHours(available)}/week, below the ${formatHours(g.minWeeklyHours)} minimum: ` +
        `add ${formatHours(g.minWeeklyHours - available)} of availability or lower the minimum to ${formatHours(available)}`,
    );
  }
  if (g.minWeeklyHours > g.maxWeeklyHours) {
    reasons.push(
      `the ${formatHours(g.minWeeklyHours)} minimum weekly hours is above the ${formatHours(g.maxWeeklyHours)} maximum: ` +
        `lower the minimum to ${formatHours(g.maxWeeklyHours)} or raise the maximum to ${formatHours(g.minWeeklyHours)}`,
    );
  }
  if (g.minWeeklyLoad !== null && g.maxWeeklyLoad !== null && g.minWeeklyLoad > g.maxWeeklyLoad) {
    reasons.push(
      `the ${formatNumber(g.minWeeklyLoad, 1, { trim: true })} TSS minimum weekly load is above the ${formatNumber(g.maxWeeklyLoad, 1, { trim: true })} TSS maximum: ` +
        `lower the minimum to ${formatNumber(g.maxWeeklyLoad, 1, { trim: true })} TSS or raise the maximum to ${formatNumber(g.minWeeklyLoad, 1, { trim: true })} TSS`,
    );
  }
  if (input.tsbWindow.min >= input.tsbWindow.max) {
    reasons.push(
      `the race-day TSB window ${formatSigned(input.tsbWindow.min, 1, { trim: true })} to ${formatSigned(input.tsbWindow.max, 1, { trim: true })} is empty: ` +
        `set its minimum below its maximum (default +5 to +20)`,
    );
  }
  return reasons;
}

/** Weeks whose minimum did not fit under a maximum, grouped by the maximum that won. */
function unmetMinimumReasons(input: BlockInput, unmet: readonly UnmetMinimum[]): string[] {
  const g = input.guardrails;
  const groups = new Map<string, UnmetMinimum[]>();
  for (const m of unmet) groups.set(m.cappedBy, [...(groups.get(m.cappedBy) ?? []), m]);
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const minimum =
      first.limit === 'min-hours'
        ? `${formatHours(g.minWeeklyHours)} min weekly hours`
        : `${formatNumber(g.minWeeklyLoad ?? 0, 1, { trim: true })} TSS min weekly load`;
    const lowestLoad = Math.min(...group.map((m) => m.allowedLoad));
    const lowestHours = Math.min(...group.map((m) => m.allowedLoad / m.loadPerHour));
    const lowerMinimum =
      first.limit === 'min-hours'
        ? `lower the minimum to ${formatHours(floorTo(lowestHours, 0.1))}`
        : `lower the minimum to ${formatNumber(Math.floor(lowestLoad), 1, { trim: true })} TSS`;
    const subject = `${weekList(group.map((m) => m.week))} cannot reach the ${minimum}`;
    switch (first.cappedBy) {
      case 'ramp': {
        const ramp = ceilTo(Math.max(...group.map((m) => m.ramp)), 0.1);
        return `${subject} under the ${formatNumber(g.maxRampPerWeek, 1, { trim: true })} CTL/week ramp limit (it would raise CTL by up to ${formatNumber(ramp, 1, { trim: true })}): ${lowerMinimum} or raise the ramp limit to ${formatNumber(ramp, 1, { trim: true })}`;
      }
      case 'max-load':
        return `${subject} under the ${formatNumber(g.maxWeeklyLoad ?? 0, 1, { trim: true })} TSS max weekly load: ${lowerMinimum} or raise the max weekly load to ${formatNumber(Math.ceil(Math.max(...group.map((m) => m.load))), 1, { trim: true })} TSS`;
      default: {
        const neededHours = formatHours(ceilTo(Math.max(...group.map((m) => m.load / m.loadPerHour)), 0.1));
        return first.cappedBy === 'max-hours'
          ? `${subject} within the ${formatHours(g.maxWeeklyHours)} max weekly hours: ${lowerMinimum} or raise the max weekly hours to ${neededHours}`
          : `${subject} within the hours available: ${lowerMinimum} or add availability up to ${neededHours} a week`;
      }
    }
  });
}

/**
 * Each week's breaches of a guardrail, one sentence each. Minimums the generator already could not meet
 * (a maximum won) are left to unmetMinimumReasons, which says why.
 */
export function guardrailBreaches(
  input: BlockInput,
  facts: readonly WeekFacts[],
  generated: GeneratedBlock,
  acwr: readonly (WeekAcwr | null)[] = [],
): string[] {
  const explainedMinimums = new Set(generated.unmetMinimums.map((m) => m.week));
  const g = input.guardrails;
  const t = GUARDRAIL_TOLERANCE;
  const loadPerRampPoint = steadyWeeklyLoadForRamp(0, 1, input.convention.ctlDays, input.convention.smoothing);
  // Weeks already over are the athlete's history: nothing about them can be changed any more.
  const starts = input.plannedFrom ? blockWeekStarts(input.raceDate, input.weeks) : [];
  const over = (index: number) => !!input.plannedFrom && addDays(starts[index - 1]!, 6) < input.plannedFrom;
  return facts.flatMap((w) => {
    if (over(w.index)) return [];
    const week = `week ${w.index}`;
    const reasons: string[] = [];
    if (w.hours > g.maxWeeklyHours + t.hours) {
      reasons.push(
        `${week} holds ${formatHours(w.hours)}, above the ${formatHours(g.maxWeeklyHours)} max weekly hours: take ${formatHours(ceilTo(w.hours - g.maxWeeklyHours, 0.1))} out of ${week}`,
      );
    }
    if (g.maxWeeklyLoad !== null && w.load > g.maxWeeklyLoad + t.load) {
      reasons.push(
        `${week} holds ${formatNumber(Math.round(w.load), 1, { trim: true })} TSS, above the ${formatNumber(g.maxWeeklyLoad, 1, { trim: true })} TSS max weekly load: take ${formatNumber(Math.ceil(w.load - g.maxWeeklyLoad), 1, { trim: true })} TSS out of ${week}`,
      );
    }
    if (w.ramp > g.maxRampPerWeek + t.ramp) {
      const excess = Math.ceil((w.ramp - g.maxRampPerWeek) * loadPerRampPoint);
      reasons.push(
        `${week} raises CTL by ${formatNumber(w.ramp, 1, { trim: true })}, above the ${formatNumber(g.maxRampPerWeek, 1, { trim: true })} CTL/week ramp limit: take about ${excess} TSS out of ${week}`,
      );
    }
    const ratio = acwr[w.index - 1];
    if (ratio && ratio.ratio > g.maxAcwr + t.acwr) {
      const excess = Math.ceil(acwrExcessLoad(ratio, g.maxAcwr));
      const limit = ceilTo(ratio.ratio, ACWR_LIMIT_STEP);
      const raise = limit <= MAX_ACWR_LIMIT ? `, or raise the ACWR limit to ${formatNumber(limit, 2, { trim: true })}` : '';
      reasons.push(
        `${week}'s planned ACWR ${formatNumber(ratio.ratio, 2)} is above the ${formatNumber(g.maxAcwr, 2, { trim: true })} limit: take about ${excess} TSS out of ${week}${raise}`,
      );
    }
    if (w.highShare > g.maxHighIntensityShare + t.share) {
      reasons.push(
        `${week} spends ${formatPercent(w.highShare)} of its time above threshold, above the ${formatPercent(g.maxHighIntensityShare)} maximum: swap an interval session for an easy one`,
      );
    }
    if (w.longestSessionSeconds > g.maxSessionSeconds + t.seconds) {
      reasons.push(
        `${week}'s longest session lasts ${formatHours(w.longestSessionSeconds / 3600)}, above the ${formatHours(g.maxSessionSeconds / 3600)} longest-session limit: shorten it`,
      );
    }
    if (w.phase !== 'race' && !explainedMinimums.has(w.index)) {
      if (w.hours < g.minWeeklyHours - t.hours) {
        reasons.push(
          `${week} holds ${formatHours(w.hours)}, below the ${formatHours(g.minWeeklyHours)} min weekly hours: add ${formatHours(ceilTo(g.minWeeklyHours - w.hours, 0.1))} to ${week}`,
        );
      }
      if (g.minWeeklyLoad !== null && w.load < g.minWeeklyLoad - t.load) {
        reasons.push(
          `${week} holds ${formatNumber(Math.round(w.load), 1, { trim: true })} TSS, below the ${formatNumber(g.minWeeklyLoad, 1, { trim: true })} TSS min weekly load: add ${formatNumber(Math.ceil(g.minWeeklyLoad - w.load), 1, { trim: true })} TSS to ${week}`,
        );
      }
    }
    return reasons;
  });
}

/**
 * A taper cuts volume: the first taper week holds fewer hours than the last loading week before it, and no
 * later taper week (nor race week, before the race) holds more than the week before it. Weeks held up by a
 * minimum the maxima did not leave room for are explained elsewhere.
 */
export function taperBreaches(facts: readonly WeekFacts[], generated: GeneratedBlock): string[] {
  const t = GUARDRAIL_TOLERANCE.hours;
  const explained = new Set(generated.unmetMinimums.map((m) => m.week));
  return facts.flatMap((week, i) => {
    const before = facts[i - 1];
    if ((week.phase !== 'taper' && week.phase !== 'race') || !before || explained.has(week.index)) return [];
    const first = before.phase !== 'taper';
    if (first ? week.hours < before.hours - t : week.hours <= before.hours + t) return [];
    const label = week.phase === 'race' ? 'race week' : 'taper';
    // Two decimals where one would print the same number twice.
    const [these, those] =
      formatNumber(week.hours, 1, { trim: true }) === formatNumber(before.hours, 1, { trim: true })
        ? [`${formatNumber(week.hours, 2)} h`, `${formatNumber(before.hours, 2)} h`]
        : [formatHours(week.hours), formatHours(before.hours)];
    return [
      `week ${week.index} (${label}) holds ${these}, ${first ? 'no less than' : 'more than'} ` +
        `the ${those} of week ${before.index}: ` +
        `take ${formatHours(ceilTo(week.hours - before.hours + 0.05, 0.1))} out of week ${week.index}`,
    ];
  });
}

function hardDayReasons(input: BlockInput, pairs: readonly (readonly [string, string])[]): string[] {
  if (input.guardrails.allowBackToBackHardDays) return [];
  return pairs.map(
    ([first, second]) => `${first} and ${second} are both hard days: move one of them, or allow back-to-back hard days`,
  );
}

/** The generator run on a changed input, calibrated like the plan being judged: how remedies are tried. */
type BlockModel = (variant: BlockInput) => GeneratedBlock;

function taperRoomReason(input: BlockInput, generated: GeneratedBlock, model: BlockModel): string {
  const relaxed = model({
    ...input,
    guardrails: { ...input.guardrails, minWeeklyHours: 0, minWeeklyLoad: null },
  });
  const taperHours = relaxed.weeks.filter((w) => w.phase === 'taper').map((w) => w.targetHours);
  const lowest = floorTo(Math.min(...taperHours), 0.1);
  return (
    `the minimums leave no room to taper after week ${generated.taper.firstWeek - 1}: ` +
    `lower the minimum weekly hours to ${formatHours(lowest)}${input.guardrails.minWeeklyLoad !== null ? ' and drop the minimum weekly load' : ''} so the taper can cut volume`
  );
}

function formReasons(input: BlockInput, plan: PlanToAssess, model: BlockModel): string[] {
  const { min, max } = input.tsbWindow;
  const tsb = plan.projection.raceDay.projectedTsb;
  if (formInWindow(tsb, input.tsbWindow)) return [];
  const landsIn = (variant: BlockInput) =>
    formInWindow(model(variant).projection.raceDay.projectedTsb, input.tsbWindow);
  const taperWeeks = input.taperWeeks ?? TAPER_WEEKS[input.raceType];
  const remedies: string[] = [];
  const g = input.guardrails;
  if (tsb < min) {
    if (fitsLayout(input, taperWeeks + 1) && landsIn({ ...input, taperWeeks: taperWeeks + 1 })) {
      remedies.push(`start the taper a week earlier (week ${input.weeks - taperWeeks - 1})`);
    }
    const loading = plan.generated.weeks.filter((w) => !w.recovery && w.phase !== 'taper' && w.phase !== 'race');
    const peak = loading.reduce((top, w) => (w.targetLoad > top.targetLoad ? w : top), loading[0]!);
    // Below the minimums a lower peak would only trade this reason for another.
    const lowest = Math.max(
      g.minWeeklyLoad ?? 0,
      peak.targetHours > 0 ? (g.minWeeklyHours * peak.targetLoad) / peak.targetHours : 0,
    );
    const peakLoad = largestPassing(lowest, peak.targetLoad, 5, (load) =>
      landsIn({ ...input, guardrails: { ...g, maxWeeklyLoad: load } }),
    );
    if (peakLoad !== null) remedies.push(`lower the peak load to ${formatNumber(peakLoad, 1, { trim: true })} TSS/week`);
    if (g.minWeeklyHours > 0) {
      const minHours = largestPassing(0, g.minWeeklyHours, 0.1, (hours) =>
        landsIn({ ...input, guardrails: { ...g, minWeeklyHours: hours } }),
      );
      if (minHours !== null && minHours < g.minWeeklyHours)
        remedies.push(`lower the minimum weekly hours to ${formatHours(minHours)}`);
    }
    if (g.minWeeklyLoad !== null && g.minWeeklyLoad > 0) {
      const minLoad = largestPassing(0, g.minWeeklyLoad, 5, (load) =>
        landsIn({ ...input, guardrails: { ...g, minWeeklyLoad: load } }),
      );
      if (minLoad !== null && minLoad < g.minWeeklyLoad)
        remedies.push(`lower the minimum weekly load to ${formatNumber(minLoad, 1, { trim: true })} TSS`);
    }
    if (remedies.length === 0) remedies.push(`lower the window's minimum to ${formatSigned(Math.floor(tsb), 1, { trim: true })}`);
    return [`race-day TSB ${formatSigned(tsb, 1, { trim: true })} is below ${formatSigned(min, 1, { trim: true })}: ${orList(remedies)}`];
  }
  if (taperWeeks > 1 && landsIn({ ...input, taperWeeks: taperWeeks - 1 })) {
    remedies.push(`start the taper a week later (week ${input.weeks - taperWeeks + 1})`);
  }
  const hours = smallestPassing(g.maxWeeklyHours + 0.5, MAX_WEEKLY_HOURS, 0.5, (h) =>
    landsIn(withWeeklyHours(input, h)),
  );
  if (hours !== null) {
    const more = hours > totalAvailability(input) ? ' with the availability to match' : '';
    remedies.push(`raise the max weekly hours to ${formatHours(hours)}${more}`);
  }
  remedies.push(`raise the window's maximum to ${formatSigned(Math.ceil(tsb), 1, { trim: true })}`);
  return [`race-day TSB ${formatSigned(tsb, 1, { trim: true })} is above ${formatSigned(max, 1, { trim: true })}: ${orList(remedies)}`];
}

function targetCtlReasons(input: BlockInput, raceCtl: number, model: BlockModel): string[] {
  const target = input.targetRaceCtl;
  if (target === undefined || raceCtl >= target - 0.5) return [];
  const reachedBy = (block: GeneratedBlock) => block.projection.raceDay.projectedCtl >= target - 0.5;
  const reaches = (variant: BlockInput) => reachedBy(model(variant));
  const g = input.guardrails;
  const remedies: string[] = [];
  const ramp = smallestPassing(g.maxRampPerWeek, MAX_RAMP_LIMIT, 0.1, (r) =>
    reaches({ ...input, guardrails: { ...g, maxRampPerWeek: r } }),
  );
  if (ramp !== null) remedies.push(`a ramp limit of ${formatNumber(ramp, 1, { trim: true })} CTL/week`);
  // Half a step above the limit: the next step on the grid, whatever the float error of limit + step.
  const acwr = smallestPassing(g.maxAcwr + ACWR_LIMIT_STEP / 2, MAX_ACWR_LIMIT, ACWR_LIMIT_STEP, (a) =>
    reaches({ ...input, guardrails: { ...g, maxAcwr: a } }),
  );
  if (acwr !== null) remedies.push(`an ACWR limit of ${formatNumber(acwr, 2, { trim: true })}`);
  const weeks = smallestPassing(
    input.weeks + 1,
    MAX_BLOCK_WEEKS,
    1,
    // Another length moves every week, so the calibration by week no longer applies.
    (n) => fitsLayout({ ...input, weeks: n }) && reachedBy(generateBlock({ ...input, weeks: n })),
  );
  if (weeks !== null) remedies.push(`${withArticle(`${weeks}-week`)} block`);
  const hours = smallestPassing(g.maxWeeklyHours + 0.5, MAX_WEEKLY_HOURS, 0.5, (h) =>
    reaches(withWeeklyHours(input, h)),
  );
  if (hours !== null) {
    const more = hours > totalAvailability(input) ? ' (with the availability to match)' : '';
    remedies.push(`${formatHours(hours)} max weekly hours${more}`);
  }
  const shortBy = `race-day CTL ${formatNumber(raceCtl, 1, { trim: true })} falls short of the ${formatNumber(target, 1, { trim: true })} target`;
  if (remedies.length === 0) {
    return [
      `${shortBy}, and no ramp limit up to ${MAX_RAMP_LIMIT}, ACWR limit up to ${MAX_ACWR_LIMIT}, block up to ${MAX_BLOCK_WEEKS} weeks or weekly hours up to ${MAX_WEEKLY_HOURS} reaches it: lower the target to ${Math.floor(raceCtl)}`,
    ];
  }
  const lead =
    weeks !== null && ramp === null && acwr === null
      ? `${input.weeks} weeks is too short to raise CTL from ${formatNumber(input.startCtl, 1, { trim: true })} to ${formatNumber(target, 1, { trim: true })} under these guardrails (race-day CTL ${formatNumber(raceCtl, 1, { trim: true })})`
      : shortBy;
  return [`${lead}: ${orList(remedies)} would reach it`];
}

function totalAvailability(input: BlockInput): number {
  return input.availability.reduce((sum, h) => sum + Math.max(0, h), 0);
}

/** The input with more weekly hours allowed, and availability stretched in proportion when it falls short. */
function withWeeklyHours(input: BlockInput, hours: number): BlockInput {
  const available = totalAvailability(input);
  const stretch = available > 0 && available < hours ? hours / available : 1;
  const availability = input.availability.map((h) => h * stretch) as unknown as BlockInput['availability'];
  return { ...input, guardrails: { ...input.guardrails, maxWeeklyHours: hours }, availability };
}

function fitsLayout(input: BlockInput, taperWeeks: number = input.taperWeeks ?? TAPER_WEEKS[input.raceType]): boolean {
  try {
    layoutPhases(input.raceType, input.weeks, taperWeeks);
    return true;
  } catch {
    return false;
  }
}

/** Largest value in [low, high] on a `step` grid that passes a test which fails above some threshold; null when none does. */
function largestPassing(low: number, high: number, step: number, passes: (value: number) => boolean): number | null {
  let [lo, hi] = [Math.ceil(low / step), Math.floor(high / step)];
  if (lo > hi || !passes(lo * step)) return null;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (passes(mid * step)) lo = mid;
    else hi = mid - 1;
  }
  return roundTo(lo * step, step);
}

/** Smallest value in [low, high] on a `step` grid that passes a test which holds above some threshold; null when none does. */
function smallestPassing(low: number, high: number, step: number, passes: (value: number) => boolean): number | null {
  let [lo, hi] = [Math.ceil(low / step), Math.floor(high / step)];
  if (lo > hi || !passes(hi * step)) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (passes(mid * step)) hi = mid;
    else lo = mid + 1;
  }
  return roundTo(lo * step, step);
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

function ceilTo(value: number, step: number): number {
  return Math.ceil(value / step - 1e-9) * step;
}

function floorTo(value: number, step: number): number {
  return Math.floor(value / step + 1e-9) * step;
}

/** "week 3", "weeks 3 and 7", "weeks 1, 2 and 3". */
function weekList(weeks: readonly number[]): string {
  if (weeks.length === 1) return `week ${weeks[0]}`;
  return `weeks ${weeks.slice(0, -1).join(', ')} and ${weeks.at(-1)}`;
}

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
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
