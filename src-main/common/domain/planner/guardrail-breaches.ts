import { addDays } from '../dates';
import { steadyWeeklyLoadForRamp } from '../load/ramp-target';
import type { GeneratedBlock, UnmetMinimum } from './block-generator';
import { ceilTo, floorTo } from './grid-steps';
import { blockWeekStarts } from './phases';
import { acwrExcessLoad, type WeekAcwr, type WeekFacts } from './plan-facts';
import { formatHours, formatNumber, formatPercent, formatSigned } from '../../format';
import type { BlockInput, TsbWindow } from './types';

/**
 * What a plan breaks, one sentence each with the change that would fix it: its own settings contradicting
 * each other, a week over or under a guardrail, a taper that does not cut volume, back-to-back hard days.
 */

/**
 * Slack for rounding when checking a plan against its guardrails: targets are whole TSS and hundredths of
 * an hour, scheduled sessions whole minutes, the planned ACWR is shown to two decimals.
 */
export const GUARDRAIL_TOLERANCE = {
  hours: 0.02,
  load: 1,
  ramp: 0.01,
  share: 0.005,
  seconds: 60,
  tsb: 0.05,
  acwr: 0.005,
} as const;

/** Whether race-day TSB lies in the window, to the tenth of a point the plan shows. */
export function formInWindow(tsb: number, window: TsbWindow): boolean {
  return tsb >= window.min - GUARDRAIL_TOLERANCE.tsb && tsb <= window.max + GUARDRAIL_TOLERANCE.tsb;
}

/** Largest ACWR limit the plan contract accepts: no fix suggests a higher one. */
export const MAX_ACWR_LIMIT = 2;
/** ACWR limits are suggested in steps of 0.05, the resolution coaches quote them in (1.3, 1.45, 1.5). */
export const ACWR_LIMIT_STEP = 0.05;

export function settingsReasons(input: BlockInput): string[] {
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
export function unmetMinimumReasons(input: BlockInput, unmet: readonly UnmetMinimum[]): string[] {
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
      const raise =
        limit <= MAX_ACWR_LIMIT ? `, or raise the ACWR limit to ${formatNumber(limit, 2, { trim: true })}` : '';
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

export function hardDayReasons(input: BlockInput, pairs: readonly (readonly [string, string])[]): string[] {
  if (input.guardrails.allowBackToBackHardDays) return [];
  return pairs.map(
    ([first, second]) => `${first} and ${second} are both hard days: move one of them, or allow back-to-back hard days`,
  );
}

/** Hours of availability the athlete gives a week, over every day. */
export function totalAvailability(input: BlockInput): number {
  return input.availability.reduce((sum, h) => sum + Math.max(0, h), 0);
}

/** "week 3", "weeks 3 and 7", "weeks 1, 2 and 3". */
function weekList(weeks: readonly number[]): string {
  if (weeks.length === 1) return `week ${weeks[0]}`;
  return `weeks ${weeks.slice(0, -1).join(', ')} and ${weeks.at(-1)}`;
}
