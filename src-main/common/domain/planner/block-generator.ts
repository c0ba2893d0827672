import type { PmcSeed } from '../load/pmc';
import { loadPerHour, weekIntensity } from './intensity-model';
import { TAPER_WEEKS, isRecoveryWeek, layoutPhases, phaseSpans } from './phases';
import { projectLoads, type BlockProjection } from './projection';
import { TAPER_SCALE_MAX, searchTaper, taperShare, type TaperOutcome } from './taper-search';
import { addDays, daysBetween } from '../dates';
import { ACWR_CHRONIC_DAYS, ACWR_MIN_CHRONIC_DAILY_LOAD, ACWR_PRIOR_DAYS } from '../load/load-ratios';
import type { BlockInput, IntensityDistribution, Phase, PhaseSpan, WeekTarget } from './types';
import { buildWeekFrames, spreadWeekLoad, type WeekFrame } from './week-frames';
import { formatHours, formatNumber, formatPercent, weekdayNames } from '../../format';
import {
  chooseWeekLoad,
  type LoadLimit,
  type UnmetWeekMinimum,
  type WeekLoad,
  type WeekLoadContext,
} from './week-load';
import { keySessions } from './week-sessions';
import { estimatedRaceLoad } from './race-calendar';
import { LongSessionProgression, longSports, secondLongDay } from './long-sessions';
import { weekNotes } from './week-notes';
import { simulateWeek, weekCtlResponse, type CtlResponse } from './week-simulation';

/** A recovery week carries 65 % of the loading week before it, the middle of the usual 60–70 % cut. */
export const RECOVERY_LOAD_SHARE = 0.65;

/**
 * A loading week grows at most 10 % on the loading week before it: the classic step, and well inside the
 * > 30 % weekly jumps Nielsen et al. (2014) linked to running injuries. The ACWR guardrail bounds it too.
 */
export const PROGRESSION_STEP = 0.1;

/**
 * A week holding a B race trains 80 % of a loading week, race included: three easy days before the race,
 * two after.
 */
const B_RACE_WEEK_SHARE = 0.8;

/** How far under the ACWR guardrail loading weeks aim, like plan-block.ts's FORM_MARGIN for race-day form. */
const ACWR_MARGIN = 0.02;

export interface GeneratedBlock {
  weeks: WeekTarget[];
  phases: PhaseSpan[];
  /**
   * The fitness projection of the loads the search chose, each week's spread over its days in proportion
   * to availability, or as a calibration says the schedule spreads it.
   */
  projection: BlockProjection;
  /** Weeks where a minimum did not fit under the maxima (the week keeps the maximum). */
  unmetMinimums: UnmetMinimum[];
  taper: TaperSummary;
}

export interface UnmetMinimum extends UnmetWeekMinimum {
  week: number;
  /** The load the maxima allow, and the maximum that set it. */
  allowedLoad: number;
  cappedBy: LoadLimit;
  /** TSS per hour of the week's intensity, to turn loads into hours. */
  loadPerHour: number;
}

export interface TaperSummary extends Pick<TaperOutcome, 'scale' | 'raceTsb' | 'landing'> {
  firstWeek: number;
  /** Taper weeks before race week. */
  weeks: number;
  /** Whether the minimums kept the first taper week above the lightest taper (90 % of the last loading week). */
  heldByMinimum: boolean;
}

/**
 * What a schedule of earlier targets delivered in one week, so the next targets aim at what the library can
 * actually deliver (plan-block.ts): the real spread of load over the days, which moves end-of-week CTL and
 * race-day form, and the real ratios of scheduled to asked load and of load to hours.
 */
export interface WeekCalibration {
  /** Share of the week's load on each of its training dates (week-frames.ts); sums to 1. */
  shares: number[];
  /** Scheduled load ÷ target load. */
  delivery: number;
  /** Scheduled TSS per hour. */
  loadPerHour: number;
  /** The load the week already holds when its schedule is kept as it is; the search plans the rest around it. */
  heldLoad?: number;
  /** The most the week's days held when asked for clearly more (the schedule's own limit, e.g. short days). */
  ceiling?: number;
  /** The least the week's days held when asked for clearly less (e.g. race week's shakeout sessions). */
  floor?: number;
}

interface WeekPlan {
  frame: WeekFrame;
  phase: Phase;
  recovery: boolean;
  intensity: IntensityDistribution;
  highCapped: boolean;
  loadPerHour: number;
  /** Scheduled ÷ asked load, 1 until a schedule says otherwise. */
  delivery: number;
  ceiling: number | undefined;
  floor: number | undefined;
  ctlResponse: CtlResponse;
}

/**
 * Weekly targets that reach the highest race-day CTL the guardrails allow with race-day TSB in the window.
 *
 * Before the taper every loading week takes the most load its maxima allow (CTL ramp measured on the
 * projection, weekly hours or availability, weekly load): race-day CTL rises with every earlier load, a
 * higher CTL raises the next week's ramp allowance, and load more than two weeks before the race also
 * raises race-day TSB, so greedy is optimal there. Recovery weeks take 65 % of the loading week before.
 * The taper's single scale is then searched on the projection itself (taper-search.ts).
 *
 * Loads are spread over each week's days in proportion to availability and turned into hours with the
 * intensity model's TSS per hour, unless a calibration from a schedule says how that week really spreads
 * and converts; the search then decides the load the schedule should deliver, and each target asks for
 * that load ÷ the week's delivery ratio (never above a maximum).
 */
export function generateBlock(
  input: BlockInput,
  calibration: readonly (WeekCalibration | undefined)[] = [],
): GeneratedBlock {
  const taperWeeks = input.taperWeeks ?? TAPER_WEEKS[input.raceType];
  const phases = layoutPhases(input.raceType, input.weeks, taperWeeks);
  const frames = buildWeekFrames(input).map((frame, i) => {
    const shares = calibration[i]?.shares;
    return shares && shares.length === frame.dates.length ? { ...frame, shares } : frame;
  });
  // Most weeks spread load alike, so they share one measured CTL response.
  const responses = new Map<string, CtlResponse>();
  const responseOf = (frame: WeekFrame) => {
    const key = frame.shares.join();
    if (!responses.has(key)) responses.set(key, weekCtlResponse(frame, input.convention));
    return responses.get(key)!;
  };
  const bRaceWeeks = new Set(
    (input.races ?? [])
      .filter((r) => r.priority !== 'C')
      .map((r) => frames.findIndex((f) => r.date >= f.startDate && r.date <= addDays(f.startDate, 6))),
  );
  // Calendar races within each week and their load, which the scheduler places on top of the week's training.
  const raceDays = frames.map((frame) =>
    (input.races ?? [])
      .filter((r) => r.date < input.raceDate && r.date >= frame.startDate && r.date <= addDays(frame.startDate, 6))
      .map((r) => ({ day: daysBetween(frame.startDate, r.date), load: estimatedRaceLoad(r) })),
  );
  const plans: WeekPlan[] = frames.map((frame, i) => {
    const phase = phases[i]!;
    const recovery = isRecoveryWeek(frame.index, phases, input.pattern);
    const { intensity, highCapped } = weekIntensity(phase, recovery, input.guardrails.maxHighIntensityShare);
    return {
      frame,
      phase,
      recovery,
      intensity,
      highCapped,
      loadPerHour: calibration[i]?.loadPerHour ?? loadPerHour(intensity),
      delivery: calibration[i]?.delivery ?? 1,
      ceiling: calibration[i]?.ceiling,
      floor: calibration[i]?.floor,
      ctlResponse: responseOf(frame),
    };
  });
  const weekLoad = (
    plan: WeekPlan,
    start: PmcSeed,
    wanted?: number,
    caps: Pick<WeekLoadContext, 'acwrCap' | 'progressionCap'> = {},
  ) =>
    chooseWeekLoad(
      {
        ...caps,
        ...(input.weekHourCaps?.[plan.frame.index] === undefined
          ? {}
          : { weekHourCap: input.weekHourCaps[plan.frame.index]! }),
        frame: plan.frame,
        ctlResponse: plan.ctlResponse,
        startCtl: start.ctl,
        loadPerHour: plan.loadPerHour,
        guardrails: input.guardrails,
        minimumsApply: plan.phase !== 'race',
        ...(plan.ceiling === undefined ? {} : { scheduleCeiling: plan.ceiling }),
        ...(plan.floor === undefined ? {} : { scheduleFloor: plan.floor }),
      },
      wanted,
    );

  const firstTaper = input.weeks - taperWeeks;
  const loads: WeekLoad[] = [];
  let state: PmcSeed = { ctl: input.startCtl, atl: input.startAtl };
  const start = startingLoad(input);
  let lastLoading = start ?? 0;
  // Daily loads of the ACWR's window, the athlete's real days first; empty without history, where it has no meaning.
  const window: number[] = [...(input.baseline?.priorDailyLoads ?? [])];
  // Coupled ACWR at the week's end: (L/7) ÷ ((L + prior 21 days)/28) ≤ a  ⇔  L ≤ a·prior/(4 − a); below the
  // chronic floor the ratio is not judged, so a week may always bring the chronic mean up to it. The week's
  // calendar races count toward L, and the cap aims ACWR_MARGIN under the guardrail because the scheduled
  // sessions land a few per cent either side of the targets.
  const acwrCap = (raceLoad: number) => {
    const prior = window.slice(-ACWR_PRIOR_DAYS).reduce((sum, l) => sum + l, 0);
    const a = input.guardrails.maxAcwr - ACWR_MARGIN;
    const unjudged = ACWR_CHRONIC_DAYS * ACWR_MIN_CHRONIC_DAILY_LOAD - prior;
    return a < 4 ? Math.max(0, Math.max((a * prior) / (4 - a), unjudged) - raceLoad) : Number.POSITIVE_INFINITY;
  };
  const limitedWeeks = new Set(
    frames.filter((f) => (input.dayLimits ?? []).some((l) => f.dates.includes(l.date))).map((f) => f.index),
  );
  for (const plan of plans.slice(0, firstTaper - 1)) {
    const races = raceDays[plan.frame.index - 1]!;
    const held = input.doneWeekLoads?.[plan.frame.index] ?? calibration[plan.frame.index - 1]?.heldLoad;
    const first = plan.frame.index === 1 && start !== null;
    const raceLoad = races.reduce((sum, r) => sum + r.load, 0);
    // A B race week is a lighter week whose training leaves room for the race's own load.
    const bRace = bRaceWeeks.has(plan.frame.index - 1) && plan.phase !== 'taper' && plan.phase !== 'race';
    const wanted = bRace
      ? Math.max(0, (plan.recovery ? RECOVERY_LOAD_SHARE : B_RACE_WEEK_SHARE) * lastLoading - raceLoad)
      : plan.recovery
        ? RECOVERY_LOAD_SHARE * lastLoading
        : first
          ? start
          : undefined;
    const caps =
      start === null && input.baseline === undefined
        ? {}
        : { acwrCap: acwrCap(raceLoad), ...(first ? {} : { progressionCap: progressionCap(lastLoading) }) };
    const week: WeekLoad =
      held === undefined
        ? weekLoad(plan, state, wanted ?? undefined, caps)
        : { load: held, limit: 'pattern', unmetMinimum: null };
    // A week cut short by limited days (illness, travel, a fatigue re-plan) or given to a race is not where
    // the build stands: the progression goes on from the last full loading week, as the long sessions do
    // (long-sessions.ts), and the ACWR limit brings the load back gradually.
    if (!plan.recovery && !limitedWeeks.has(plan.frame.index) && races.length === 0) lastLoading = week.load;
    loads.push(week);
    const days = spreadDays(plan.frame, week.load);
    for (const race of races) days[race.day] = (days[race.day] ?? 0) + race.load;
    window.push(...days);
    state = simulateWeek(state, plan.frame, week.load, input.convention);
  }

  const taperPlans = plans.slice(firstTaper - 1);
  const fullWeekHours = input.availability.reduce((sum, h) => sum + Math.max(0, h), 0);
  const taper = searchTaper(
    state,
    {
      weekCount: taperPlans.length,
      wanted: (offset, scale) => {
        const { frame, phase } = taperPlans[offset]!;
        const daysShare = phase === 'race' && fullWeekHours > 0 ? frame.availableHours / fullWeekHours : 1;
        return lastLoading * taperShare(offset, taperPlans.length, scale) * daysShare;
      },
      load: (offset, wanted, start) => weekLoad(taperPlans[offset]!, start, wanted),
      simulate: (offset, load, start) => simulateWeek(start, taperPlans[offset]!.frame, load, input.convention),
    },
    input.tsbWindow,
  );
  loads.push(...taper.loads);

  const dailyLoads: Record<string, number> = {};
  plans.forEach((plan, i) => spreadWeekLoad(plan.frame, loads[i]!.load, dailyLoads));
  const projection = projectLoads(
    dailyLoads,
    frames.map((f) => f.startDate),
    input,
  );

  const spans = phaseSpans(phases);
  const longs = new LongSessionProgression(input.raceType, input.baseline);
  const weeks = plans.map((plan, i) =>
    weekTarget(
      input,
      plan,
      loads[i]!,
      spans,
      longs,
      i >= firstTaper - 1 ? i - (firstTaper - 1) : null,
      raceDays[i]!.length > 0,
    ),
  );
  const unmetMinimums = loads.flatMap((week, i): UnmetMinimum[] =>
    week.unmetMinimum
      ? [
          {
            ...week.unmetMinimum,
            week: i + 1,
            allowedLoad: week.load,
            cappedBy: week.limit,
            loadPerHour: plans[i]!.loadPerHour,
          },
        ]
      : [],
  );
  // The lightest taper cuts the first week to 90 %; a minimum that holds it above that leaves no taper.
  const heldByMinimum = taper.loads[0]!.load > TAPER_SCALE_MAX * lastLoading + 1;
  return {
    weeks,
    phases: spans,
    projection,
    unmetMinimums,
    taper: {
      scale: taper.scale,
      raceTsb: taper.raceTsb,
      landing: taper.landing,
      firstWeek: firstTaper,
      weeks: taperWeeks,
      heldByMinimum,
    },
  };
}

/** At least half an hour of easy training more a week, so an athlete starting from almost nothing still builds. */
const PROGRESSION_FLOOR = 30;

function progressionCap(lastLoading: number): number {
  return Math.max((1 + PROGRESSION_STEP) * lastLoading, lastLoading + PROGRESSION_FLOOR);
}

/** Week 1's load: the coach's, or the recent normal week's; null without history. */
function startingLoad(input: BlockInput): number | null {
  if (input.startLoad) return input.startLoad.load;
  return input.baseline ? input.baseline.weekLoad : null;
}

/** A week's load over its days by the frame's shares, seven days long (a short race week padded with rest). */
function spreadDays(frame: WeekFrame, load: number): number[] {
  const days = frame.shares.map((share) => share * load);
  while (days.length < 7) days.push(0);
  return days;
}

function weekTarget(
  input: BlockInput,
  plan: WeekPlan,
  week: WeekLoad,
  spans: readonly PhaseSpan[],
  longs: LongSessionProgression,
  taperOffset: number | null,
  raceWeek: boolean,
): WeekTarget {
  const { index, startDate } = plan.frame;
  const { guardrails } = input;
  const maxRequest = Math.min(
    guardrails.maxWeeklyLoad ?? Number.POSITIVE_INFINITY,
    guardrails.maxWeeklyHours * plan.loadPerHour,
  );
  // Never ask for more than a maximum allows, nor for less than a minimum the week itself meets.
  const least =
    plan.phase === 'race' ? 0 : Math.max(guardrails.minWeeklyLoad ?? 0, guardrails.minWeeklyHours * plan.loadPerHour);
  const asked = Math.min(week.load / plan.delivery, Math.max(maxRequest, week.load));
  const request = plan.delivery === 1 ? week.load : Math.floor(Math.max(asked, Math.min(Math.ceil(least), week.load)));
  const hours = plan.loadPerHour > 0 ? request / plan.loadPerHour : 0;
  const [mainSport, secondSport] = longSports(input.raceType);
  const secondDay = secondLongDay(input.availability, input.longSessionDay);
  const long = longs.next(
    {
      phase: plan.phase,
      recovery: plan.recovery,
      raceWeek,
      taperOffset: plan.phase === 'race' ? null : taperOffset,
      hours,
    },
    {
      maxSessionSeconds: guardrails.maxSessionSeconds,
      dayHours: {
        [mainSport!]: input.availability[input.longSessionDay] ?? 0,
        ...(secondSport && secondDay !== null ? { [secondSport]: input.availability[secondDay] ?? 0 } : {}),
      },
    },
  );
  const span = spans.find((s) => index >= s.firstWeek && index <= s.lastWeek)!;
  const binding = [
    loadBinding(index, week.limit, input, plan.frame.availableHours),
    ...(week.unmetMinimum ? [unmetBinding(index, week, input)] : []),
  ];
  if (plan.highCapped) {
    binding.push(`week ${index} high-intensity share capped at ${formatPercent(guardrails.maxHighIntensityShare)} max`);
  }
  if (long.cappedBy === 'session') {
    binding.push(
      `week ${index} long session capped by the ${formatHours(guardrails.maxSessionSeconds / 3600)} longest-session limit`,
    );
  } else if (long.cappedBy === 'availability') {
    binding.push(
      `week ${index} long session capped by the ${formatHours(input.availability[input.longSessionDay] ?? 0)} available on ${weekdayNames('long')[input.longSessionDay]}`,
    );
  }
  const multisport = longSports(input.raceType).length > 1;
  return {
    index,
    startDate,
    phase: plan.phase,
    recovery: plan.recovery,
    targetLoad: request,
    targetHours: Math.round(hours * 100) / 100,
    intensity: plan.intensity,
    longSessionSeconds: long.seconds[mainSport!] ?? 0,
    longSessions: long.seconds,
    keySessions: keySessions(plan.phase, index - span.firstWeek + 1, plan.recovery, index === span.lastWeek),
    brick: multisport && (plan.phase === 'build' || plan.phase === 'peak'),
    binding: binding.filter((sentence): sentence is string => sentence !== null),
    notes: weekNotes(input, plan.frame, request, hours),
  };
}

function loadBinding(index: number, limit: LoadLimit, input: BlockInput, hoursAvailable: number): string | null {
  const g = input.guardrails;
  switch (limit) {
    case 'ramp':
      return `week ${index} capped by the ${formatNumber(g.maxRampPerWeek, 1, { trim: true })} CTL/week ramp limit`;
    case 'max-hours':
      return `week ${index} capped by ${formatHours(g.maxWeeklyHours)} max weekly hours`;
    case 'week-hours':
      return `week ${index} capped by the ${formatHours(input.weekHourCaps?.[index] ?? 0)} the coach set for it`;
    case 'acwr':
      return `week ${index} capped by the ${formatNumber(g.maxAcwr, 2, { trim: true })} ACWR limit (7-day ÷ 28-day load)`;
    case 'progression':
      return `week ${index} held to ${formatPercent(PROGRESSION_STEP)} more than the loading week before`;
    case 'availability':
      return `week ${index} capped by the ${formatHours(hoursAvailable)} available`;
    case 'max-load':
      return `week ${index} capped by ${formatNumber(g.maxWeeklyLoad ?? 0, 1, { trim: true })} TSS max weekly load`;
    case 'min-hours':
      return `week ${index} raised to ${formatHours(g.minWeeklyHours)} min weekly hours`;
    case 'min-load':
      return `week ${index} raised to ${formatNumber(g.minWeeklyLoad ?? 0, 1, { trim: true })} TSS min weekly load`;
    case 'schedule':
      return `week ${index} capped by the sessions its available days can hold`;
    case 'pattern':
      return null;
  }
}

function unmetBinding(index: number, week: WeekLoad, input: BlockInput): string {
  const g = input.guardrails;
  const minimum =
    week.unmetMinimum!.limit === 'min-hours'
      ? `${formatHours(g.minWeeklyHours)} min weekly hours`
      : `${formatNumber(g.minWeeklyLoad ?? 0, 1, { trim: true })} TSS min weekly load`;
  return `week ${index} below the ${minimum}: the maximum wins`;
}
