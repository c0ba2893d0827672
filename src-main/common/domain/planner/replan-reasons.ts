import { addDays } from '../dates';
import { blockWeekStarts } from './phases';
import { formatDay, formatHours, formatPercent } from '../../format';
import type { BlockInput, DayLimit, WorkoutSport } from './types';

/** Why the coach re-plans; each reason changes what the re-plan may put on the days ahead. */
export const REPLAN_REASONS = ['fatigue', 'illness', 'time-constraints', 'injury', 'ahead', 'other'] as const;
export type ReplanReasonKind = (typeof REPLAN_REASONS)[number];

/** The endurance sports an injury can take out of the plan. */
export const INJURY_SPORTS = ['run', 'bike', 'swim'] as const satisfies readonly WorkoutSport[];
export type InjurySport = (typeof INJURY_SPORTS)[number];

export const ILLNESS_DAYS = { min: 1, max: 14, default: 3 } as const;
export const INJURY_DEFAULT_DAYS = 14;

export type ReplanReason =
  | { kind: 'fatigue' }
  | { kind: 'illness'; days?: number }
  /** 1-based week indexes of the block, each capped at `hours`. */
  | { kind: 'time-constraints'; weeks: readonly number[]; hours: number }
  /** Inclusive dates; from today for two weeks when omitted. */
  | { kind: 'injury'; sport: InjurySport; from?: string; to?: string }
  | { kind: 'ahead' }
  | { kind: 'other' };

/** The plan as a reason needs it: its days, the time it now holds on each, and the day the re-plan starts. */
export type ReplanPlan = Pick<BlockInput, 'raceDate' | 'weeks'> & {
  today: string;
  /** Seconds of training the plan holds on each date (dates without sessions may be left out). */
  plannedSeconds: Readonly<Record<string, number>>;
};

export interface ReplanChanges {
  /** Limits on the days ahead, to add to the plan's own (travel, earlier re-plans). */
  dayLimits: DayLimit[];
  /** Weekly hour caps by 1-based week index, replacing the plan's caps for those weeks. */
  weekHourCaps: Record<number, number>;
  /**
   * Where the block's fitness starts: 'block-start' is the athlete's CTL/ATL on the eve of week 1, as the plan
   * was made; 'current-fitness' is their CTL/ATL now, for an athlete ahead of the plan.
   */
  anchor: 'block-start' | 'current-fitness';
  /** The first day the re-plan changes: today, or week 1's Monday for a block not yet started. */
  from: string;
  /** One sentence for the coach and the change log. */
  explanation: string;
}

/**
 * Fatigue: a week at this share of the time the plan held, easy only — a 20–30 % lighter week, the deload
 * coaches give for poor recovery. The share is of the planned time, not of the availability: the schedule
 * rarely fills the available hours, so capping those cut the week by 0–20 % depending on its slack. Easy
 * sessions replacing key ones take a few points more off the load (measured on the 18-week marathon
 * fixture: 78 % of the time gives 21–28 % less load).
 */
const FATIGUE_TIME_SHARE = 0.78;
const FATIGUE_DAYS = 7;

/**
 * Illness: a graded return after the rest days, easy only, half the time for three days and three quarters
 * for four; intensity comes back only when the build resumes ("above the neck" return-to-play practice).
 */
const RETURN_STEPS = [
  { days: 3, share: 0.5 },
  { days: 4, share: 0.75 },
] as const;

/**
 * What a re-plan for `reason` changes, from today on (from week 1 for a block that has not started, so a
 * fatigue week lands on the plan's days). Race day and the days after it are left alone.
 */
export function replanChanges(reason: ReplanReason, plan: ReplanPlan): ReplanChanges {
  const blockStart = blockWeekStarts(plan.raceDate, plan.weeks)[0]!;
  const from = plan.today < blockStart ? blockStart : plan.today;
  const none = { dayLimits: [], weekHourCaps: {}, anchor: 'block-start' as const, from };
  switch (reason.kind) {
    case 'fatigue': {
      const dates = daysFrom(plan, from, FATIGUE_DAYS);
      return {
        ...none,
        dayLimits: dates.map((date) => ({
          date,
          hours: roundHours(plannedHoursOn(plan, date) * FATIGUE_TIME_SHARE),
          easyOnly: true,
          reason: 'fatigue',
        })),
        explanation:
          `fatigue: the next ${FATIGUE_DAYS} days (${span(dates)}) at ${formatPercent(FATIGUE_TIME_SHARE)} of the planned time, ` +
          'easy only, then the build resumes',
      };
    }
    case 'illness': {
      const restDays = reason.days ?? ILLNESS_DAYS.default;
      const rest = daysFrom(plan, from, restDays);
      const limits: DayLimit[] = rest.map((date) => ({ date, hours: 0, reason: 'illness' }));
      let next = addDays(from, restDays);
      for (const step of RETURN_STEPS) {
        for (const date of daysFrom(plan, next, step.days)) {
          limits.push({
            date,
            hours: roundHours(plannedHoursOn(plan, date) * step.share),
            easyOnly: true,
            reason: 'return from illness',
          });
        }
        next = addDays(next, step.days);
      }
      const steps = RETURN_STEPS.map((s) => `${formatPercent(s.share)} for ${s.days} days`).join(' then ');
      return {
        ...none,
        dayLimits: limits,
        explanation:
          `illness: ${restDays} ${restDays === 1 ? 'day' : 'days'} of rest (${span(rest)}), then a graded return, ` +
          `easy only at ${steps} of the planned time, before the build resumes`,
      };
    }
    case 'time-constraints': {
      const weeks = [...new Set(reason.weeks)].sort((a, b) => a - b);
      return {
        ...none,
        weekHourCaps: Object.fromEntries(weeks.map((week) => [week, reason.hours])),
        explanation: `time constraints: ${weeks.length === 1 ? 'week' : 'weeks'} ${listText(weeks.map(String))} capped at ${formatHours(reason.hours)} each`,
      };
    }
    case 'injury': {
      const first = reason.from === undefined || reason.from < from ? from : reason.from;
      const to = reason.to ?? addDays(first, INJURY_DEFAULT_DAYS - 1);
      const dates = daysBetweenInclusive(plan, first, to);
      return {
        ...none,
        dayLimits: dates.map((date) => ({ date, withoutSports: [reason.sport], reason: `injury: no ${reason.sport}` })),
        explanation:
          `injury: no ${reason.sport} from ${formatDay(first)} to ${formatDay(to)}; the other sports, or cross-training ` +
          `for a ${reason.sport}-only plan, take its time`,
      };
    }
    case 'ahead':
      return {
        ...none,
        anchor: 'current-fitness',
        explanation:
          "ahead of plan: the weeks ahead are planned from the athlete's fitness now instead of at the block's start, " +
          'so they may rise as far as the ramp, ACWR, weekly-hours and progression guardrails allow',
      };
    case 'other':
      return {
        ...none,
        explanation: "other: the unlocked days from today are planned again with the plan's own goal and guardrails",
      };
  }
}

/**
 * The plan's stored limits with a re-plan's added: limits on the same day combine (the fewest hours, easy
 * if either says so, every excluded sport), so a fatigue week inside an injury keeps the injury; a week's
 * new hour cap replaces its old one, the coach's latest word on that week.
 */
export function mergeReplanChanges(
  stored: Pick<BlockInput, 'dayLimits' | 'weekHourCaps'>,
  changes: Pick<ReplanChanges, 'dayLimits' | 'weekHourCaps'>,
): { dayLimits: DayLimit[]; weekHourCaps: Record<number, number> } {
  const byDate = new Map<string, DayLimit>();
  for (const limit of [...(stored.dayLimits ?? []), ...changes.dayLimits]) {
    const held = byDate.get(limit.date);
    byDate.set(limit.date, held ? combineLimits(held, limit) : { ...limit });
  }
  return {
    dayLimits: [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)),
    weekHourCaps: { ...stored.weekHourCaps, ...changes.weekHourCaps },
  };
}

function combineLimits(a: DayLimit, b: DayLimit): DayLimit {
  const hours = a.hours === undefined ? b.hours : b.hours === undefined ? a.hours : Math.min(a.hours, b.hours);
  const without = [...new Set([...(a.withoutSports ?? []), ...(b.withoutSports ?? [])])];
  return {
    date: a.date,
    ...(hours === undefined ? {} : { hours }),
    ...(a.easyOnly || b.easyOnly ? { easyOnly: true } : {}),
    ...(without.length > 0 ? { withoutSports: without } : {}),
    reason: a.reason === b.reason ? a.reason : `${a.reason}; ${b.reason}`,
  };
}

/** The block's last training day: race day itself is raced, never limited. */
function raceEve(plan: ReplanPlan): string {
  return addDays(plan.raceDate, -1);
}

function daysFrom(plan: ReplanPlan, first: string, count: number): string[] {
  return daysBetweenInclusive(plan, first, addDays(first, count - 1));
}

function daysBetweenInclusive(plan: ReplanPlan, first: string, last: string): string[] {
  const dates: string[] = [];
  const end = last < raceEve(plan) ? last : raceEve(plan);
  for (let date = first; date <= end; date = addDays(date, 1)) dates.push(date);
  return dates;
}

function plannedHoursOn(plan: ReplanPlan, date: string): number {
  return (plan.plannedSeconds[date] ?? 0) / 3600;
}

/** Hundredths of an hour: a coarser step would move the fatigue week's load off its share. */
function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

function span(dates: readonly string[]): string {
  if (dates.length === 0) return 'none left before the race';
  return dates.length === 1 ? formatDay(dates[0]!) : `${formatDay(dates[0]!)} – ${formatDay(dates.at(-1)!)}`;
}

function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
