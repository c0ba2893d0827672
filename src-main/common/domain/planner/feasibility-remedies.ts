import { generateBlock, type GeneratedBlock } from './block-generator';
import { floorTo, largestPassing, smallestPassing } from './grid-steps';
import { ACWR_LIMIT_STEP, MAX_ACWR_LIMIT, formInWindow, totalAvailability } from './guardrail-breaches';
import { MAX_BLOCK_WEEKS, TAPER_WEEKS, layoutPhases } from './phases';
import { formatHours, formatNumber, formatSigned, withArticle } from '../../format';
import type { BlockInput } from './types';

/**
 * Where a plan misses its aim (no room to taper, race-day TSB outside the window, a target CTL not
 * reached), the changes that would fix it, each found by re-running the generator with the change.
 */

/** Largest ramp limit and weekly hours the plan contract accepts, the ceilings of the remedy searches. */
const MAX_RAMP_LIMIT = 15;
const MAX_WEEKLY_HOURS = 40;

/** The generator run on a changed input, calibrated like the plan being judged: how remedies are tried. */
export type BlockModel = (variant: BlockInput) => GeneratedBlock;

export function taperRoomReason(input: BlockInput, generated: GeneratedBlock, model: BlockModel): string {
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

/** `tsb`: the plan's projected race-day TSB; `generated`: the weekly targets it was made from. */
export function formReasons(input: BlockInput, tsb: number, generated: GeneratedBlock, model: BlockModel): string[] {
  const { min, max } = input.tsbWindow;
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
    const loading = generated.weeks.filter((w) => !w.recovery && w.phase !== 'taper' && w.phase !== 'race');
    const peak = loading.reduce((top, w) => (w.targetLoad > top.targetLoad ? w : top), loading[0]!);
    // Below the minimums a lower peak would only trade this reason for another.
    const lowest = Math.max(
      g.minWeeklyLoad ?? 0,
      peak.targetHours > 0 ? (g.minWeeklyHours * peak.targetLoad) / peak.targetHours : 0,
    );
    const peakLoad = largestPassing(lowest, peak.targetLoad, 5, (load) =>
      landsIn({ ...input, guardrails: { ...g, maxWeeklyLoad: load } }),
    );
    if (peakLoad !== null)
      remedies.push(`lower the peak load to ${formatNumber(peakLoad, 1, { trim: true })} TSS/week`);
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
    if (remedies.length === 0)
      remedies.push(`lower the window's minimum to ${formatSigned(Math.floor(tsb), 1, { trim: true })}`);
    return [
      `race-day TSB ${formatSigned(tsb, 1, { trim: true })} is below ${formatSigned(min, 1, { trim: true })}: ${orList(remedies)}`,
    ];
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
  return [
    `race-day TSB ${formatSigned(tsb, 1, { trim: true })} is above ${formatSigned(max, 1, { trim: true })}: ${orList(remedies)}`,
  ];
}

export function targetCtlReasons(input: BlockInput, raceCtl: number, model: BlockModel): string[] {
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

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
