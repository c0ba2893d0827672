import { z } from 'zod';
import type { HistoryGuardrail } from '../domain/planner/history-guardrails';
import type {
  Guardrails,
  LoadingPattern,
  RaceType,
  TsbWindow,
  WeekdayHours,
  WeekTarget,
} from '../domain/planner/types';
import { planRequestSchema } from '../domain/planner/plan-request';
import { ILLNESS_DAYS, INJURY_SPORTS, type ReplanReasonKind } from '../domain/planner/replan-reasons';
import type { Compliance } from '../domain/planner/compliance';
import type { SportDistanceKm } from '../domain/planner/week-distance';
import { freeText } from '../domain/free-text';
import { isoDateSchema } from '../domain/accepted-dates';
import type { Sport } from '../domain/sports';
import type { WorkoutCategory, WorkoutDefinition } from '../domain/workouts/workout-schema';
import { call } from './call';
import { idSchema } from './schemas';

/** Why the coach changed the plan; required on every edit so the change log always says why. */
const reasonSchema = freeText().trim().min(1, 'say why the plan changes (pick or type a reason)').max(500);

/** A new plan: the athlete's id, then what the coach asked the planner for. */
export const newPlanSchema = z.object({ athleteId: idSchema, ...planRequestSchema.shape }).strict();
export type NewPlanInput = z.input<typeof newPlanSchema>;

/** What the new-plan form knows before the coach sets anything else: enough to show the block's defaults. */
export const planDefaultsSchema = newPlanSchema.pick({
  athleteId: true,
  raceType: true,
  raceDate: true,
  weeks: true,
  startDate: true,
});

/** The settings createPlan would use for a block, shown in the form before anything is created. */
export interface PlanDefaults {
  startDate: string;
  weeks: number;
  /** The athlete's local date: a block starting before it is under way. */
  today: string;
  guardrails: Guardrails;
  /** Guardrails taken from the athlete's history, each with the numbers it came from. */
  fromHistory: { key: HistoryGuardrail; why: string }[];
  availability: WeekdayHours;
  longSessionDay: number;
  baseline: PlanSettingsView['baseline'];
  races: PlanSettingsView['races'];
  /** The split of endurance time per sport for a triathlon (from the athlete's recent training or the race); null otherwise. */
  sportShare: { swim: number; bike: number; run: number } | null;
}

export interface PlannedWorkoutView {
  id: number;
  date: string;
  name: string;
  sport: Sport;
  category: WorkoutCategory;
  plannedSeconds: number;
  plannedMeters: number | null;
  plannedLoad: number;
  hard: boolean;
  origin: 'generated' | 'coach' | 'suggestion';
  libraryKey: string | null;
  definition: WorkoutDefinition;
  /** The completed activity matched to it (same day, same sport), if any. */
  actual: { activityId: number; name: string; seconds: number; load: number | null } | null;
  /** Null for sessions still ahead. */
  compliance: Compliance | null;
}

export interface PlanDayView {
  date: string;
  locked: boolean;
  workouts: PlannedWorkoutView[];
  /** Activities done that day that match no planned session. */
  unplanned: { activityId: number; name: string; sport: Sport; seconds: number; load: number | null }[];
}

/** A week's targets as generated, next to what the calendar now holds, what was done and the projection. */
export interface PlanWeekView extends WeekTarget {
  /** What the sessions now on the calendar add up to (race day excluded, as for the guardrails). */
  plannedLoad: number;
  plannedHours: number;
  projectedCtl: number;
  projectedTsb: number;
  /**
   * Distance of the sessions on the calendar by sport, km to 0.1 (race day excluded, as for the load);
   * only sports whose every session has a distance.
   */
  targetDistanceKm: SportDistanceKm;
  /** Completed so far, for weeks that have started. */
  actualLoad: number | null;
  actualHours: number | null;
  /** Whether the week is over: its numbers are history. */
  done: boolean;
  /** Planned ACWR at the week's end (recorded days before today, planned after); null where it is not judged. */
  acwr: number | null;
  actualDistanceKm: SportDistanceKm | null;
}

export interface PlanChangeView {
  id: number;
  at: string;
  actor: 'coach' | 'generator' | 'suggestion';
  kind: string;
  weekIndex: number | null;
  summary: string;
  reason: string;
}

export interface PlanProjectionDay {
  date: string;
  load: number;
  ctl: number;
  atl: number;
  tsb: number;
}

export interface PlanSettingsView {
  pattern: LoadingPattern;
  guardrails: Guardrails;
  availability: WeekdayHours;
  longSessionDay: number;
  tsbWindow: TsbWindow;
  targetRaceCtl: number | null;
  startCtl: number;
  startAtl: number;
  /** Guardrails taken from the athlete's history, shown "from history". */
  fromHistory: string[];
  /** The recent training week 1 started from; null for an athlete without history. */
  baseline: { weekLoad: number; weekHours: number; normalWeeks: number; skippedWeeks: string[] } | null;
  /** Other races on the athlete's calendar inside the block. */
  races: { date: string; name: string; priority: 'A' | 'B' | 'C'; raceType: RaceType | null }[];
  sportShare: Partial<Record<'swim' | 'bike' | 'run', number>> | null;
}

/**
 * A re-plan for a reason, with its parameters. Checks that need the plan (weeks inside the block, dates
 * inside it) are the service's; the note is optional except for 'other', where it is the only reason given.
 */
const noteSchema = freeText().trim().max(500).default('');
const replanOption = <K extends ReplanReasonKind, P extends z.ZodType>(
  reasonKind: K,
  params: P,
  note: z.ZodType<string> = noteSchema,
) => z.object({ planId: idSchema, reasonKind: z.literal(reasonKind), params, note }).strict();
const noParams = z.object({}).strict().default({});

export const replanRequestSchema = z.discriminatedUnion('reasonKind', [
  replanOption('fatigue', noParams),
  replanOption(
    'illness',
    z
      .object({
        days: z
          .number()
          .int()
          .min(ILLNESS_DAYS.min, `at least ${ILLNESS_DAYS.min} day of rest`)
          .max(ILLNESS_DAYS.max, `at most ${ILLNESS_DAYS.max} days of rest; re-plan again if the illness lasts longer`)
          .default(ILLNESS_DAYS.default),
      })
      .strict()
      .default({ days: ILLNESS_DAYS.default }),
  ),
  replanOption(
    'time-constraints',
    z
      .object({
        weeks: z.array(z.number().int().min(1).max(30)).min(1, 'pick at least one week'),
        hours: z.number().min(0, 'hours cannot be negative').max(40, 'at most 40 h a week'),
      })
      .strict(),
  ),
  replanOption(
    'injury',
    z
      .object({ sport: z.enum(INJURY_SPORTS), from: isoDateSchema.optional(), to: isoDateSchema.optional() })
      .strict()
      .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
        message: 'the injury must end on or after its first day',
        path: ['to'],
      }),
  ),
  replanOption('ahead', noParams),
  replanOption('other', noParams, reasonSchema),
]);
export type ReplanRequest = z.input<typeof replanRequestSchema>;

/** A session as the re-plan preview lists it. */
export interface ReplanSessionView {
  name: string;
  sport: Sport;
  minutes: number;
  load: number;
  hard: boolean;
}

/** One day a re-plan changes: what it holds now and what it would hold. */
export interface ReplanDayChange {
  date: string;
  weekIndex: number;
  before: ReplanSessionView[];
  after: ReplanSessionView[];
}

/** A week whose planned totals a re-plan changes (race day excluded, as for the guardrails). */
export interface ReplanWeekChange {
  index: number;
  startDate: string;
  before: { load: number; hours: number };
  after: { load: number; hours: number };
}

/** What a re-plan would do, computed without writing anything. */
export interface ReplanPreview {
  planId: number;
  reasonKind: ReplanReasonKind;
  /** One sentence: what the reason changes and why. */
  explanation: string;
  /** The first day the reason changes: today, or week 1's Monday for a block not yet started. */
  from: string;
  /** Planned load of the 7 days from `from`, TSS. */
  nextSevenDays: { before: number; after: number };
  days: ReplanDayChange[];
  weeks: ReplanWeekChange[];
  /** Whether the re-planned block meets its guardrails and race-day form window, and if not why. */
  feasible: boolean;
  reasons: string[];
}

export interface PlanView {
  id: number;
  athleteId: number;
  athleteName: string;
  name: string;
  raceName: string;
  raceDate: string;
  raceType: RaceType;
  startDate: string;
  status: 'active' | 'archived';
  /** The athlete's local date the view was computed for (past days are history, not plan). */
  today: string;
  settings: PlanSettingsView;
  feasible: boolean;
  reasons: string[];
  weeks: PlanWeekView[];
  raceDay: { date: string; projectedCtl: number; projectedTsb: number };
  days: PlanDayView[];
  projection: PlanProjectionDay[];
  changes: PlanChangeView[];
}

export interface PlanSummary {
  id: number;
  athleteId: number;
  athleteName: string;
  name: string;
  raceName: string;
  raceDate: string;
  raceType: RaceType;
  startDate: string;
  weeks: number;
  status: 'active' | 'archived';
}

/** The athlete's active plan as a dashed future on their PMC: planned days from today to race day. */
export interface PlannedFuture {
  planId: number;
  name: string;
  raceDate: string;
  days: PlanProjectionDay[];
}

export const planCalls = {
  'plans.plannedFuture': call<PlannedFuture | null>()(z.object({ athleteId: idSchema }).strict()),
  'plans.defaults': call<PlanDefaults>()(planDefaultsSchema),
  'plans.create': call<PlanView>()(newPlanSchema),
  'plans.list': call<PlanSummary[]>()(
    z.object({ athleteId: idSchema.optional(), includeArchived: z.boolean().optional() }).strict().default({}),
  ),
  'plans.get': call<PlanView>()(z.object({ id: idSchema }).strict()),
  'plans.moveWorkout': call<PlanView>()(
    z.object({ planId: idSchema, workoutId: idSchema, toDate: isoDateSchema, reason: reasonSchema }).strict(),
  ),
  'plans.addWorkout': call<PlanView>()(
    z.object({ planId: idSchema, date: isoDateSchema, libraryWorkoutId: idSchema, reason: reasonSchema }).strict(),
  ),
  'plans.removeWorkout': call<PlanView>()(
    z.object({ planId: idSchema, workoutId: idSchema, reason: reasonSchema }).strict(),
  ),
  'plans.setDayLocked': call<PlanView>()(
    z.object({ planId: idSchema, date: isoDateSchema, locked: z.boolean(), reason: reasonSchema }).strict(),
  ),
  'plans.regenerate': call<PlanView>()(z.object({ planId: idSchema, reason: reasonSchema }).strict()),
  'plans.previewReplan': call<ReplanPreview>()(replanRequestSchema),
  'plans.applyReplan': call<PlanView>()(replanRequestSchema),
  'plans.archive': call<PlanView>()(z.object({ planId: idSchema, reason: reasonSchema }).strict()),
} as const;
