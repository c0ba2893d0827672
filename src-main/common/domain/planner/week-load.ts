import { rampCapLoad, type CtlResponse } from './week-simulation';
import type { WeekFrame } from './week-frames';
import type { Guardrails } from './types';

/**
 * What sets a week's load: a guardrail's maximum, the most a schedule managed to fit into the week's days,
 * the pattern's own cut (recovery, taper), or a minimum.
 */
export type LoadLimit =
  | 'ramp'
  | 'acwr'
  | 'progression'
  | 'max-hours'
  | 'week-hours'
  | 'availability'
  | 'max-load'
  | 'schedule'
  | 'min-hours'
  | 'min-load'
  | 'pattern';

export interface WeekLoad {
  /** Whole TSS. */
  load: number;
  /** The limit that set it; 'pattern' when the recovery or taper cut did. */
  limit: LoadLimit;
  /** A minimum the maxima did not leave room for; the maxima win because they protect the athlete. */
  unmetMinimum: UnmetWeekMinimum | null;
}

export interface UnmetWeekMinimum {
  limit: 'min-hours' | 'min-load';
  /** The load the minimum asks for. */
  load: number;
  /** The CTL rise that load would bring. */
  ramp: number;
}

export interface WeekLoadContext {
  frame: WeekFrame;
  /** How the week's load moves CTL (week-simulation.ts). */
  ctlResponse: CtlResponse;
  /** CTL at the end of the week before. */
  startCtl: number;
  /** TSS per hour of the week's intensity mix. */
  loadPerHour: number;
  guardrails: Guardrails;
  /** Race week has no minimum: it is short and its job is freshness. */
  minimumsApply: boolean;
  /** The most load a schedule of this week could hold, when it fell well short of what it was asked. */
  scheduleCeiling?: number;
  /** The least load a schedule of this week held, when it went well over what it was asked (race week's shakeouts). */
  scheduleFloor?: number;
  /** Loads from the athlete's recent training: the ACWR guardrail's and the progression step's ceilings. */
  acwrCap?: number;
  progressionCap?: number;
  /** The coach's hour cap for this week (time constraints). */
  weekHourCap?: number;
}

/**
 * The week's load: the wanted load (the pattern's recovery or taper cut; unbounded for a loading week) held
 * under every maximum — CTL ramp on the projection, weekly hours (or the hours available, when fewer),
 * weekly load, what the week's days could hold when scheduled — and raised to the minimums where the maxima leave room.
 */
export function chooseWeekLoad(context: WeekLoadContext, wanted: number = Number.POSITIVE_INFINITY): WeekLoad {
  const chosen = withinMaxima(context, wanted);
  const floor = context.scheduleFloor;
  if (floor === undefined || chosen.load >= floor || chosen.limit !== 'pattern') return chosen;
  // The schedule will hold this much anyway; planning less would only mislead the taper search.
  return { ...chosen, load: Math.min(Math.ceil(floor), chosen.cap) };
}

function withinMaxima(context: WeekLoadContext, wanted: number): WeekLoad & { cap: number } {
  const { frame, guardrails, loadPerHour } = context;
  const weekCap = context.weekHourCap ?? Number.POSITIVE_INFINITY;
  const hoursAvailable = Math.min(guardrails.maxWeeklyHours, frame.availableHours, weekCap);
  const hourLimit: LoadLimit =
    weekCap <= Math.min(guardrails.maxWeeklyHours, frame.availableHours)
      ? 'week-hours'
      : guardrails.maxWeeklyHours <= frame.availableHours
        ? 'max-hours'
        : 'availability';
  const maxima: [LoadLimit, number][] = [
    ['ramp', rampCapLoad(context.startCtl, context.ctlResponse, guardrails.maxRampPerWeek)],
    ['acwr', context.acwrCap ?? Number.POSITIVE_INFINITY],
    ['progression', context.progressionCap ?? Number.POSITIVE_INFINITY],
    [hourLimit, hoursAvailable * loadPerHour],
    ['max-load', guardrails.maxWeeklyLoad ?? Number.POSITIVE_INFINITY],
    ['schedule', context.scheduleCeiling ?? Number.POSITIVE_INFINITY],
  ];
  const [capLimit, cap] = maxima.reduce((lowest, next) => (next[1] < lowest[1] ? next : lowest));
  const minima: [LoadLimit & ('min-hours' | 'min-load'), number][] = context.minimumsApply
    ? [
        ['min-hours', guardrails.minWeeklyHours * loadPerHour],
        ['min-load', guardrails.minWeeklyLoad ?? 0],
      ]
    : [];
  const floor = minima.reduce<[('min-hours' | 'min-load') | null, number]>(
    (highest, next) => (next[1] > highest[1] ? next : highest),
    [null, 0],
  );

  const capped = Math.floor(cap);
  if (floor[0] !== null && floor[1] > cap) {
    const ramp =
      context.ctlResponse.carry * context.startCtl + context.ctlResponse.perLoad * floor[1] - context.startCtl;
    return { load: capped, limit: capLimit, unmetMinimum: { limit: floor[0], load: floor[1], ramp }, cap: capped };
  }
  if (wanted < cap) {
    if (floor[0] !== null && floor[1] > wanted)
      return { load: Math.min(Math.ceil(floor[1]), capped), limit: floor[0], unmetMinimum: null, cap: capped };
    return { load: Math.floor(wanted), limit: 'pattern', unmetMinimum: null, cap: capped };
  }
  return { load: capped, limit: capLimit, unmetMinimum: null, cap: capped };
}
