import type { PmcRow } from '../load/pmc';
import type { Sport } from '../sports';
import type { WellnessReading } from '../wellness/wellness-markers';

/**
 * What the anomaly rules read and what they write. The rules are pure: the main process gathers one
 * athlete's history into an `AnomalyInput`, `evaluateAnomalies` returns findings, and the service
 * stores them as anomalies (one per rule and episode) for the inbox.
 */

export const ANOMALY_RULES = [
  'hrv-suppressed',
  'resting-hr-elevated',
  'sleep-deficit',
  'tsb-low',
  'ctl-ramp',
  'acwr-spike',
  'monotony-strain',
  'compliance-drop',
  'performance-decline',
  'no-uploads',
  'injury-note',
] as const;
export type AnomalyRule = (typeof ANOMALY_RULES)[number];

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Kinds of context a coach logs (the event kinds) or tags as an anomaly's cause when resolving it
 * ('training', 'data', 'other' exist only as tagged causes); an anomaly inside one is labelled with it.
 */
export const CONTEXT_KINDS = [
  'travel',
  'illness',
  'injury',
  'life_stress',
  'race',
  'note',
  'training',
  'data',
  'other',
] as const;
export type ContextKind = (typeof CONTEXT_KINDS)[number];

/** A stretch of days with known context: a logged event, or the cause a coach tagged when resolving. */
export interface ContextPeriod {
  kind: ContextKind;
  from: string;
  /** Inclusive; null = a single day, except for an illness, injury or travel still going on: until today. */
  to: string | null;
  title: string;
  source: 'event' | 'tagged-cause';
}

/** Free text written by the coach, the athlete, on a wellness day or on an activity. */
export interface NoteInput {
  /** Stable reference, e.g. "note:12", "wellness:2026-03-02", "activity:881". */
  ref: string;
  date: string;
  source: 'coach' | 'athlete' | 'wellness' | 'activity';
  text: string;
}

/** What the load rules read of a stored PMC day (form, ramp, EWMA ACWR with its chronic load, monotony and strain). */
export type PmcRuleDay = Pick<
  PmcRow,
  'date' | 'ctl' | 'atl' | 'tsb' | 'ramp' | 'acwrEwma' | 'chronicEwma' | 'monotony' | 'strain'
>;

export interface ActivityInput {
  id: number;
  date: string;
  sport: Sport;
  durationSeconds: number;
  /** Training load (TSS-scale) or null when none could be computed. */
  load: number | null;
  rpe: number | null;
  /** Normalized power ÷ mean heart rate (bike) or normalised speed ÷ mean HR (run); null without HR. */
  efficiencyFactor: number | null;
  /** Best 20-min mean-maximal power in watts (bike), null when the activity has no power. */
  best20MinPower: number | null;
}

/** A session of the athlete's active plan up to today, with what was done. */
export interface PlannedSessionInput {
  plannedWorkoutId: number;
  date: string;
  name: string;
  sport: Sport;
  /** Key sessions: long, threshold, VO2max, race-pace, test. */
  key: boolean;
  plannedSeconds: number;
  plannedLoad: number;
  completedSeconds: number | null;
  completedLoad: number | null;
}

/**
 * Thresholds of each rule. Defaults in `DEFAULT_RULE_SETTINGS`; the coach edits them globally and per
 * athlete (a per-athlete patch overrides the global values field by field).
 */
export interface RuleSettings {
  hrvSuppressed: {
    enabled: boolean;
    consecutiveDays: number;
    baselineDays: number;
    /** Half-width of the normal band shown to the coach, in baseline SDs (docs/domain.md#wellness: 0.5, the smallest worthwhile change). */
    bandSd: number;
    /** How far below the baseline mean, in SDs, mornings in a row or the 7-day mean must fall to raise an anomaly. */
    alertSd: number;
    minReadingsPerWeek: number;
    /** Days without the condition (or without a reading) that still belong to the same episode. */
    gapDays: number;
  };
  restingHrElevated: {
    enabled: boolean;
    consecutiveDays: number;
    bpmAboveBaseline: number;
    baselineDays: number;
    gapDays: number;
  };
  sleepDeficit: { enabled: boolean; minHours: number; days: number; windowDays: number };
  tsbLow: { enabled: boolean; warning: number; critical: number };
  ctlRamp: { enabled: boolean; maxPerWeek: number; criticalPerWeek: number };
  /** Judged on the EWMA ratio; `minChronicLoad`: chronic (28-day EWMA) daily load below which it is not judged. */
  acwrSpike: { enabled: boolean; warning: number; critical: number; minChronicLoad: number };
  /** `strainAboveTypical`: the week's strain must also exceed this multiple of the athlete's 12-week mean strain. */
  monotonyStrain: { enabled: boolean; monotonyWarning: number; monotonyCritical: number; strainAboveTypical: number };
  /** `minKeySessions`: key sessions the window must hold before a completion share means anything. */
  complianceDrop: { enabled: boolean; windowDays: number; minKeyCompletion: number; minKeySessions: number };
  /** `minActivities`: activities with a value each window (recent and previous) must hold. */
  performanceDecline: { enabled: boolean; windowDays: number; minDropPercent: number; minActivities: number };
  noUploads: { enabled: boolean; days: number };
  injuryNote: { enabled: boolean };
}

export interface AnomalyInput {
  athleteId: number;
  /** Evaluate up to and including this day. */
  today: string;
  /** Findings whose episode ended before this day are not returned (older history only feeds baselines). */
  raiseFrom: string;
  /** One row per calendar day, ascending, as stored by the load refresh (see domain/load/pmc.ts). */
  pmc: readonly PmcRuleDay[];
  /** The morning readings of the wellness days, ascending. */
  wellness: readonly WellnessReading[];
  activities: readonly ActivityInput[];
  notes: readonly NoteInput[];
  planned: readonly PlannedSessionInput[];
  context: readonly ContextPeriod[];
  settings: RuleSettings;
}

/** One day's number behind a finding, shown in the evidence table and chart. */
export interface EvidencePoint {
  date: string;
  value: number | null;
}

export interface Evidence {
  /** What was measured, e.g. "HRV (rMSSD)", and its unit, e.g. "ms". */
  metric: string;
  unit: string;
  points: EvidencePoint[];
  /** The normal band or limit the points were compared with. */
  baseline?: { mean: number; low: number; high: number } | null;
  threshold?: number | null;
  /** Chart and date range to open for the evidence ("link to the chart range"). */
  chart: { kind: 'pmc' | 'wellness' | 'weekly' | 'performance' | 'plan' | 'notes'; from: string; to: string };
  /** For note findings: the note, the highlighted sentence (offsets into `text`) and what was found. */
  note?: {
    ref: string;
    text: string;
    highlight: { start: number; end: number };
    category: 'pain' | 'illness' | 'medication';
    location: { bodyPart: string; side: 'left' | 'right' | 'both' | null } | null;
  };
  /** Extra facts as label → value pairs, e.g. { "7-day mean": "48 ms" }. */
  facts?: Record<string, string>;
}

/**
 * What the rules ask the planner to do about a load or recovery finding; the service turns it into
 * concrete edits of the next days' planned sessions, within the plan's guardrails.
 */
export type AdjustmentIntent =
  | { kind: 'reduce-intensity'; days: number }
  | { kind: 'reduce-volume'; days: number; share: number }
  | { kind: 'rest'; days: number };

export interface AnomalyFinding {
  rule: AnomalyRule;
  severity: Severity;
  /** First day of the episode: the same rule and episode start is one anomaly, updated, not raised twice. */
  episodeStart: string;
  /** Latest day with evidence. */
  date: string;
  /** Last day the condition held so far. */
  episodeEnd: string;
  /** True when the episode may still grow: its last day lies within the rule's gap of `today`. */
  ongoing: boolean;
  /** Plain language, with the numbers: "HRV below baseline 3 nights in a row (41, 39, 40 ms; band 48–60 ms)". */
  reason: string;
  /** The cause in a few words, for an adjustment's summary and the inbox list: "3 nights of HRV below baseline". */
  headline: string;
  evidence: Evidence;
  /** Context periods overlapping the episode, e.g. travel; the reason mentions them. */
  context: ContextPeriod[];
  adjustment: AdjustmentIntent | null;
}
