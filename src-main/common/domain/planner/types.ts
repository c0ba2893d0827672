import type { WorkoutCategory, WorkoutDefinition, WorkoutSport } from '../workouts/workout-schema';
import type { PmcConvention } from '../load/pmc-convention';
import type { RacePriority } from '../events/race-details';

export type { RacePriority };

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
  /** Largest CTL rise allowed in any week, points per week (docs/domain.md#load: 5–8 typical, ~10 upper limit). */
  maxRampPerWeek: number;
  /** Largest share of a week's training time above threshold (the high band), 0–1. */
  maxHighIntensityShare: number;
  /** Longest single session, seconds. */
  maxSessionSeconds: number;
  /** Whether two hard days may follow each other (off unless the coach says so). */
  allowBackToBackHardDays: boolean;
  /**
   * Highest planned acute:chronic workload ratio at the end of any week: 7-day ÷ 28-day mean daily load,
   * the coupled rolling form the roster shows (Gabbett 2016: 0.8–1.3 the "sweet spot"; default 1.3).
   */
  maxAcwr: number;
}

/** A race on the athlete's calendar inside the block, besides the goal race the block ends with. */
export interface CalendarRace {
  date: string;
  name: string;
  priority: RacePriority;
  /** What is raced, when known; an unknown race is planned as an hour at threshold effort. */
  raceType: RaceType | null;
}

/** A day the athlete's life or a re-plan limits: travel, illness, an injured sport, a fatigue re-plan. */
export interface DayLimit {
  date: string;
  /** Hours available that day instead of the weekday's; 0 makes it a rest day. */
  hours?: number;
  /** No hard session that day (graded return, fatigue). */
  easyOnly?: boolean;
  /** Sports not to plan that day (an injury). */
  withoutSports?: WorkoutSport[];
  /** A few words the plan shows for it, e.g. "travel: flight to Tokyo". */
  reason: string;
}

/** Where the athlete's training actually is when the block starts, summarised from their history. */
export interface TrainingBaseline {
  /** Mean weekly load and hours of the recent normal weeks (not ill, injured, travelling or on holiday). */
  weekLoad: number;
  weekHours: number;
  /** How many normal weeks the means come from, and the Monday of the first and last. */
  normalWeeks: number;
  /** Sentences naming the recent weeks left out and why, e.g. "week of 30 Nov (2.5 h, holiday)". */
  skippedWeeks: string[];
  /** Load of each of the 21 days before the block's first planned day, oldest first (the ACWR's chronic window). */
  priorDailyLoads: number[];
  /** How many of those days were not recorded yet (the block starts later) and count as normal training. */
  assumedDays: number;
  /** Longest session per sport in the last six weeks, seconds. */
  longestSeconds: Partial<Record<WorkoutSport, number>>;
  /** Share of training time per endurance sport over the last twelve weeks. */
  sportShare: Partial<Record<WorkoutSport, number>>;
  /** Typical pace of runs of an hour or more in the last twelve weeks, s/km; null without such runs. */
  longRunSecondsPerKm: number | null;
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
  /** The athlete's recent training; without it (no history) week 1 follows from CTL alone. */
  baseline?: TrainingBaseline;
  /** The coach's own week-1 load instead of the recent normal week, with the reason. */
  startLoad?: { load: number; reason: string };
  /** Other races inside the block (B and C races, or A races before the goal). */
  races?: readonly CalendarRace[];
  /** Days limited by logged events or a re-plan. */
  dayLimits?: readonly DayLimit[];
  /** Weekly hour caps for particular weeks (time constraints), by 1-based week index. */
  weekHourCaps?: Readonly<Record<number, number>>;
  /** First day still to plan in a block already under way; the weeks before it are history, not judged. */
  plannedFrom?: string;
  /** Loads the athlete recorded in the weeks already over, by 1-based week index: the progression goes on from them. */
  doneWeekLoads?: Readonly<Record<number, number>>;
  /** Share of endurance time per sport for multisport races; the race's default split when omitted. */
  sportShare?: Partial<Record<WorkoutSport, number>>;
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
  /** Every long session of the week by sport (a triathlon week has a long ride and a long run). */
  longSessions: Partial<Record<WorkoutSport, number>>;
  keySessions: KeySession[];
  /** Whether the week ends with a brick: a run straight off its long ride (triathlon build and peak). */
  brick: boolean;
  /** Sentences naming each guardrail that limited this week, e.g. "week 9 capped by the 6 CTL/week ramp limit". */
  binding: string[];
  /** Sentences explaining the week's choices: where week 1 starts, races, limited days. */
  notes: string[];
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
