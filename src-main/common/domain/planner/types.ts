import type { WorkoutCategory, WorkoutDefinition, WorkoutSport } from '../../contract/workout-schema';
import type { PmcConvention } from '../load/pmc-convention';

/** Shared vocabulary of the block generator, the day scheduler and the plan services. */

export const RACE_TYPES = ['marathon', 'half-marathon', '10k', '70.3', 'ironman', 'gran-fondo', 'custom'] as const;
export type RaceType = (typeof RACE_TYPES)[number];

export const LOADING_PATTERNS = ['3:1', '2:1', 'none'] as const;
/** Build weeks : recovery weeks; 'none' has no planned recovery weeks before the taper. */
export type LoadingPattern = (typeof LOADING_PATTERNS)[number];

export const PHASES = ['base', 'build', 'peak', 'taper', 'race'] as const;
export type Phase = (typeof PHASES)[number];

/** Monday = 0 … Sunday = 6, the order of the calendar's columns. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Hours the athlete can train on each weekday, Monday first; 0 = unavailable (a rest day). */
export type WeekdayHours = readonly [number, number, number, number, number, number, number];

export interface Guardrails {
  minWeeklyHours: number;
  maxWeeklyHours: number;
  /** Weekly load bounds in TSS; null = unbounded. */
  minWeeklyLoad: number | null;
  maxWeeklyLoad: number | null;
  /** Largest CTL rise allowed in any week, points per week (GUIDE: 5–8 typical, ~10 upper limit). */
  maxRampPerWeek: number;
  /** Largest share of a week's training time above threshold (the high band), 0–1. */
  maxHighIntensityShare: number;
  /** Longest single session, seconds. */
  maxSessionSeconds: number;
  /** Whether two hard days may follow each other (off unless the coach says so). */
  allowBackToBackHardDays: boolean;
}

/** Race-day form the taper must land in, TSB points (default +5 to +20). */
export interface TsbWindow {
  min: number;
  max: number;
}

/** Everything the block generator needs; all plain data so it runs the same in tests, CLI and app. */
export interface BlockInput {
  raceDate: string;
  raceType: RaceType;
  /**
   * 8–30, 18 by default, counting race week as the last week. The block ends on race day; week 1 starts on
   * the Monday `weeks − 1` weeks before race week's Monday.
   */
  weeks: number;
  pattern: LoadingPattern;
  /** CTL and ATL on the day before the block's first day, from the athlete's history. */
  startCtl: number;
  startAtl: number;
  availability: WeekdayHours;
  /** Day of the long session (Saturday or Sunday for most athletes). */
  longSessionDay: Weekday;
  guardrails: Guardrails;
  tsbWindow: TsbWindow;
  convention: PmcConvention;
  /** Race-day CTL the coach wants; when the guardrails cannot reach it the plan says what would. */
  targetRaceCtl?: number;
  /** Taper weeks before race week; the race type's default when omitted (see phases.ts). */
  taperWeeks?: number;
}

/** Consecutive weeks of one phase, 1-based and inclusive. */
export interface PhaseSpan {
  phase: Phase;
  firstWeek: number;
  lastWeek: number;
}

/** Whether a plan meets its guardrails and race-day form window, and if not, what would make it. */
export interface Feasibility {
  feasible: boolean;
  /** Each problem in one sentence that ends with a concrete change that would fix it. */
  reasons: string[];
}

/** One day of a plan's projected PMC. */
export interface ProjectedDay {
  date: string;
  load: number;
  ctl: number;
  atl: number;
  tsb: number;
}

/** A week of the projection, read on its last day; race week on race eve, because the race is not training. */
export interface ProjectedWeek {
  index: number;
  load: number;
  projectedCtl: number;
  projectedTsb: number;
  /** CTL rise over the week: CTL on its last day − CTL on the previous week's last day (the start CTL for week 1). */
  ramp: number;
}

/** Fitness and form the athlete starts the race with: CTL at the end of race eve and CTL − ATL then. */
export interface RaceDayProjection {
  date: string;
  projectedCtl: number;
  projectedTsb: number;
}

/** Share of planned training time per intensity band (Seiler's three-zone model: below LT1, LT1–LT2, above LT2); sums to 1. */
export interface IntensityDistribution {
  low: number;
  moderate: number;
  high: number;
}

/** The kinds of key session a week can ask for; the scheduler maps each to library categories. */
export type KeySession = 'long' | 'tempo' | 'threshold' | 'vo2max' | 'race-pace' | 'test';

export interface WeekTarget {
  /** 1-based. */
  index: number;
  /** Monday of the week. */
  startDate: string;
  phase: Phase;
  recovery: boolean;
  targetLoad: number;
  targetHours: number;
  intensity: IntensityDistribution;
  longSessionSeconds: number;
  keySessions: KeySession[];
  /** Sentences naming each guardrail that limited this week, e.g. "week 9 capped by the 6 CTL/week ramp limit". */
  binding: string[];
}

/** A workout as the planner places it: the definition plus what it costs this athlete. */
export interface PlannedSession {
  /** Library workout it came from, when it did. */
  libraryKey: string | null;
  definition: WorkoutDefinition;
  plannedSeconds: number;
  plannedMeters: number | null;
  plannedLoad: number;
  /** Seconds per intensity band, for checking the week's distribution and the high-intensity guardrail. */
  bandSeconds: IntensityDistribution;
  hard: boolean;
}

export interface PlannedDay {
  date: string;
  sessions: PlannedSession[];
}

/** One candidate of the library as the scheduler sees it. */
export interface LibraryEntry {
  key: string;
  definition: WorkoutDefinition;
}

export type { WorkoutCategory, WorkoutSport };
