import { z } from 'zod';
import type {
  AdjustmentIntent,
  AnomalyRule,
  ContextPeriod,
  Evidence,
  RuleSettings,
  Severity,
} from '../domain/anomalies/types';
import { ANOMALY_RULES } from '../domain/anomalies/types';
import type { KeyNumber } from '../domain/briefs/key-numbers';
import {
  DEFAULT_RULE_SETTINGS,
  RULE_SETTING_FIELDS,
  ruleSettingProblem,
  type RuleSettingsPatch,
} from '../domain/anomalies/settings';
import type { RacePriority } from '../domain/events/race-details';
import type { RecentCompliance } from '../domain/planner/compliance';
import { freeText } from '../domain/free-text';
import { isoDateSchema } from '../domain/accepted-dates';
import type { Sport } from '../domain/sports';
import { call } from './call';
import { idSchema } from './schemas';
import type { PlanChangeView } from './plans';
import type { AthleteEvent } from './types';

export const ANOMALY_STATES = ['open', 'acknowledged', 'snoozed', 'resolved'] as const;
export type AnomalyState = (typeof ANOMALY_STATES)[number];

/** What the coach says caused an anomaly when resolving it; shown on charts and used as context later. */
export const ANOMALY_CAUSES = [
  'travel',
  'illness',
  'injury',
  'life_stress',
  'race',
  'training',
  'data',
  'other',
] as const;
export type AnomalyCause = (typeof ANOMALY_CAUSES)[number];

export const INJURY_STATUSES = ['monitoring', 'active', 'resolved'] as const;
export type InjuryStatus = (typeof INJURY_STATUSES)[number];
export const INJURY_SIDES = ['left', 'right', 'both'] as const;
export type InjurySide = (typeof INJURY_SIDES)[number];

export interface AnomalyView {
  id: number;
  athleteId: number;
  athleteName: string;
  rule: AnomalyRule;
  ruleLabel: string;
  severity: Severity;
  /** 'snoozed' only until snoozedUntil; after that the anomaly reads as open again. */
  state: AnomalyState;
  date: string;
  episodeStart: string;
  reason: string;
  /** The reason in a few words ("3 nights of HRV below baseline"), as proposals quote it. */
  headline: string;
  evidence: Evidence;
  context: ContextPeriod[];
  snoozedUntil: string | null;
  cause: AnomalyCause | null;
  resolutionNote: string;
  adjustment: AdjustmentIntent | null;
  suggestionState: 'applied' | 'rejected' | null;
  suggestionNote: string;
}

export interface NoteView {
  id: number;
  athleteId: number;
  date: string;
  author: 'coach' | 'athlete';
  text: string;
}

/** A note from anywhere the athlete's words land: written in the app, on a wellness day or an activity. */
export interface ContextNote {
  ref: string;
  date: string;
  source: 'coach' | 'athlete' | 'wellness' | 'activity';
  text: string;
}

/** A plan change as context: which plan, what changed and why. */
export type ContextPlanChange = PlanChangeView & { planId: number; planName: string };

export interface InjuryUpdateView {
  id: number;
  date: string;
  severity: number;
  status: InjuryStatus;
  note: string;
}

export interface InjuryView {
  id: number;
  athleteId: number;
  bodyPart: string;
  side: InjurySide | null;
  /** 0–10, the latest update's. */
  severity: number;
  status: InjuryStatus;
  startedOn: string;
  resolvedOn: string | null;
  sourceAnomalyId: number | null;
  updates: InjuryUpdateView[];
}

/** One concrete change to a planned session, as proposed; applying it goes through the plan's edit log. */
export interface ProposedEdit {
  kind: 'replace' | 'remove';
  plannedWorkoutId: number;
  date: string;
  from: string;
  /** For replace: the library session put in its place. */
  to: { libraryWorkoutId: number; name: string } | null;
}

export interface SuggestedAdjustment {
  planId: number;
  /** "Swap Thursday's 5×1 km for 45 min easy run: 3 nights of HRV below baseline". */
  summary: string;
  edits: ProposedEdit[];
}

export interface AnomalyDetail extends AnomalyView {
  /** Logged events from two weeks before the episode to today. */
  events: AthleteEvent[];
  notes: ContextNote[];
  planChanges: ContextPlanChange[];
  injuries: InjuryView[];
  /** Null with `suggestionUnavailable` saying why (no plan, nothing ahead, guardrails leave no room). */
  suggestion: SuggestedAdjustment | null;
  suggestionUnavailable: string | null;
}

export interface AnomalySettingsView {
  athleteId: number | null;
  global: RuleSettings;
  /** The athlete's overrides (empty for the global view). */
  patch: Partial<{ [R in keyof RuleSettings]: Partial<RuleSettings[R]> }>;
  effective: RuleSettings;
}

export interface UpcomingSession {
  date: string;
  name: string;
  sport: Sport;
  plannedSeconds: number;
  plannedLoad: number;
}

export interface CallBrief {
  athlete: { id: number; name: string };
  today: string;
  /** Since when the brief reports: the last call, else 14 days ago. */
  since: string;
  lastCall: string | null;
  cadenceDays: number | null;
  nextCallDue: string | null;
  keyNumbers: KeyNumber[];
  anomalies: AnomalyView[];
  injuries: InjuryView[];
  notes: ContextNote[];
  planChanges: ContextPlanChange[];
  compliance: RecentCompliance | null;
  upcoming: UpcomingSession[];
  /** `priority` is the logged race event's; null for a plan's race that was never logged as an event. */
  races: { date: string; name: string; priority: RacePriority | null }[];
  /** The coach's saved agenda, or — until one is saved — a draft drawn from the brief itself. */
  agenda: string;
  agendaSaved: boolean;
}

const textSchema = freeText().trim().min(1, 'write something').max(5000);

const anomalyListSchema = z
  .object({
    athleteId: idSchema.optional(),
    rule: z.enum(ANOMALY_RULES).optional(),
    /** 'active' = open, acknowledged and snoozes that ran out: what still needs the coach. */
    state: z.enum([...ANOMALY_STATES, 'active', 'all']).default('active'),
  })
  .strict()
  .default({ state: 'active' });

const triageSchema = z.discriminatedUnion('action', [
  z.object({ id: idSchema, action: z.literal('acknowledge') }).strict(),
  z.object({ id: idSchema, action: z.literal('snooze'), days: z.number().int().min(1).max(60).default(3) }).strict(),
  z
    .object({
      id: idSchema,
      action: z.literal('resolve'),
      cause: z.enum(ANOMALY_CAUSES),
      note: freeText().trim().max(2000).default(''),
    })
    .strict(),
  z.object({ id: idSchema, action: z.literal('reopen') }).strict(),
]);

/**
 * A rule's setting: its switch, or one of its numbers within the range the domain gives it
 * (domain/anomalies/setting-ranges.ts), refused with a message that names the rule, the setting and that range.
 */
function ruleSettingSchema(rule: keyof RuleSettings, key: string) {
  const field = RULE_SETTING_FIELDS.find((f) => f.rule === rule && f.key === key);
  if (!field) return z.boolean();
  return z.number().superRefine((value, ctx) => {
    const problem = ruleSettingProblem(field, value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

const unknownKeys = (what: string) => (issue: { code: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' ? `${what} ${issue.keys!.map((k) => `"${k}"`).join(', ')}` : undefined;

/** Only known rules and settings, each of its type and range: a typo must not be stored and silently ignored. */
const settingsPatchSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(DEFAULT_RULE_SETTINGS).map(([rule, defaults]) => [
      rule,
      z
        .strictObject(
          Object.fromEntries(
            Object.keys(defaults).map((key) => [key, ruleSettingSchema(rule as keyof RuleSettings, key).optional()]),
          ),
          { error: unknownKeys(`Rule "${rule}" has no setting`) },
        )
        .optional(),
    ]),
  ),
  { error: unknownKeys('Unknown rule') },
) as unknown as z.ZodType<RuleSettingsPatch, Record<string, Record<string, number | boolean>>>;

const injuryFieldsSchema = {
  severity: z.number().int().min(0).max(10),
  status: z.enum(INJURY_STATUSES),
  note: freeText().trim().max(2000).default(''),
};

export const anomalyCalls = {
  /** Re-evaluates the rules first when data changed since the last evaluation (or the day turned). */
  'anomalies.list': call<AnomalyView[]>()(anomalyListSchema),
  'anomalies.get': call<AnomalyDetail>()(z.object({ id: idSchema }).strict()),
  'anomalies.triage': call<AnomalyView>()(triageSchema),
  'anomalies.applySuggestion': call<AnomalyDetail>()(z.object({ id: idSchema }).strict()),
  'anomalies.rejectSuggestion': call<AnomalyDetail>()(
    z.object({ id: idSchema, why: freeText().trim().min(1, 'say why the suggestion is rejected').max(1000) }).strict(),
  ),
  'anomalies.settings.get': call<AnomalySettingsView>()(
    z.object({ athleteId: idSchema.nullable().default(null) }).strict(),
  ),
  /** Global when athleteId is null; for an athlete the patch replaces the athlete's overrides. */
  'anomalies.settings.update': call<AnomalySettingsView>()(
    z.object({ athleteId: idSchema.nullable(), patch: settingsPatchSchema }).strict(),
  ),

  'notes.list': call<NoteView[]>()(z.object({ athleteId: idSchema }).strict()),
  'notes.add': call<NoteView>()(
    z
      .object({
        athleteId: idSchema,
        date: isoDateSchema,
        author: z.enum(['coach', 'athlete']).default('coach'),
        text: textSchema,
      })
      .strict(),
  ),

  'injuries.list': call<InjuryView[]>()(z.object({ athleteId: idSchema }).strict()),
  'injuries.create': call<InjuryView>()(
    z
      .object({
        athleteId: idSchema,
        bodyPart: freeText().trim().min(1, 'name the body part').max(80),
        side: z.enum(INJURY_SIDES).nullable().default(null),
        startedOn: isoDateSchema,
        sourceAnomalyId: idSchema.nullable().default(null),
        ...injuryFieldsSchema,
      })
      .strict(),
  ),
  'injuries.update': call<InjuryView>()(
    z.object({ id: idSchema, date: isoDateSchema, ...injuryFieldsSchema }).strict(),
  ),

  'briefs.get': call<CallBrief>()(z.object({ athleteId: idSchema }).strict()),
  'briefs.saveAgenda': call<CallBrief>()(z.object({ athleteId: idSchema, agenda: freeText().max(10_000) }).strict()),
  /** cadenceDays null removes the cadence. */
  'briefs.setCadence': call<CallBrief>()(
    z.object({ athleteId: idSchema, cadenceDays: z.number().int().min(1).max(90).nullable() }).strict(),
  ),
  /** Records the call as held (with the agenda as it stood) and starts the next brief from that day. */
  'briefs.markHeld': call<CallBrief>()(z.object({ athleteId: idSchema, date: isoDateSchema }).strict()),
  'briefs.pdf': call<{ fileName: string; base64: string }>()(z.object({ athleteId: idSchema }).strict()),
} as const;
