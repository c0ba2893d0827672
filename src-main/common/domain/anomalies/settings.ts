import { LOAD_WARNING_THRESHOLDS } from '../load/load-warnings';
import { ACWR_MIN_CHRONIC_DAILY_LOAD } from '../load/load-ratios';
import { DEFAULT_BASELINE_OPTIONS } from '../wellness/rolling-baseline';
import { rangeProblem, settingRange, type SettingRange } from './setting-ranges';
import type { AnomalyRule, RuleSettings } from './types';

/**
 * Defaults a coach can start from, each with its source:
 * - HRV: ln rMSSD against a 60-day baseline, normal band mean ± 0.5 SD (the smallest worthwhile change),
 *   ≥ 3 readings a week (Plews et al. 2013, docs/domain.md#wellness). The band is what the coach sees; an anomaly needs
 *   3 mornings in a row, or the 7-day mean, 2 SD below the mean (outside ~95 % of normal mornings).
 *   Against the band itself a third of normal mornings and about one week in seven read low: on the demo
 *   roster (24 athletes × 600 days) the band raised 239 anomalies away from any illness, travel, stress or
 *   injury. In seeded calm series (ln rMSSD SD 0.07 with day-to-day carry-over) 1.5 SD still raised about
 *   one a year per athlete from scatter alone, 2 SD about one in eight years; resting HR catches most of
 *   the illnesses a stricter HRV line lets through.
 * - Resting HR: 5 bpm or more above the athlete's baseline on consecutive mornings is the classic sign of
 *   incomplete recovery or oncoming illness (Achten & Jeukendrup 2003, Sports Med 33:517).
 * - Sleep: under 6 h is below every adult recommendation (Hirshkowitz et al. 2015, Sleep Health 1:40);
 *   3 such nights in a week, not one.
 * - TSB: below −30 is the high-risk zone of Friel's form zones (domain/load/form-zones.ts); −40 critical.
 * - Ramp, ACWR, monotony: the PMC's own warning levels (domain/load/load-warnings.ts). Monotony also needs
 *   the week's strain at twice the athlete's 12-week norm: Foster tied illness to strain peaks, and an
 *   athlete who trains daily lives above monotony 1.5 (see rules/load.ts).
 * - ACWR on the EWMA variant (Williams et al. 2017; see rules/load.ts for why not the rolling one), not
 *   judged while the chronic load is under 10 TSS a day (about an hour of easy training a week):
 *   a ratio against almost nothing, after a break, says nothing about tissue load.
 * - Compliance: under 60 % of the key sessions of two weeks done (green or better), with at least two planned.
 * - Performance: best 20-min power or steady-session efficiency 8 % lower than in the six weeks before, with
 *   4 sessions in each window: beyond the ~4 % an off-season costs and the noise of field data
 *   (performance/season-trend.ts reads under 0.5 % a week as steady); at 5 % the demo roster's HR noise
 *   alone raised drops in calm weeks.
 * - No uploads: a week without any activity.
 */
export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  hrvSuppressed: {
    enabled: true,
    consecutiveDays: 3,
    baselineDays: DEFAULT_BASELINE_OPTIONS.baselineDays,
    bandSd: DEFAULT_BASELINE_OPTIONS.bandWidthSd,
    alertSd: 2,
    minReadingsPerWeek: DEFAULT_BASELINE_OPTIONS.minRecentReadings,
    gapDays: 2,
  },
  restingHrElevated: { enabled: true, consecutiveDays: 2, bpmAboveBaseline: 5, baselineDays: 60, gapDays: 2 },
  sleepDeficit: { enabled: true, minHours: 6, days: 3, windowDays: 7 },
  tsbLow: { enabled: true, warning: -30, critical: -40 },
  ctlRamp: {
    enabled: true,
    maxPerWeek: LOAD_WARNING_THRESHOLDS.rampPerWeek.warn,
    criticalPerWeek: LOAD_WARNING_THRESHOLDS.rampPerWeek.critical,
  },
  acwrSpike: {
    enabled: true,
    warning: LOAD_WARNING_THRESHOLDS.acwr.warn,
    critical: 2,
    minChronicLoad: ACWR_MIN_CHRONIC_DAILY_LOAD,
  },
  monotonyStrain: {
    enabled: true,
    monotonyWarning: LOAD_WARNING_THRESHOLDS.monotony.warn,
    monotonyCritical: LOAD_WARNING_THRESHOLDS.monotony.critical,
    strainAboveTypical: 2,
  },
  complianceDrop: { enabled: true, windowDays: 14, minKeyCompletion: 0.6, minKeySessions: 2 },
  performanceDecline: { enabled: true, windowDays: 42, minDropPercent: 8, minActivities: 4 },
  noUploads: { enabled: true, days: 7 },
  injuryNote: { enabled: true },
};

export type RuleSettingsPatch = Partial<{ [R in keyof RuleSettings]: Partial<RuleSettings[R]> }>;

/** The athlete's settings: every field the athlete's patch sets overrides the global one, the rest stay global. */
export function mergeRuleSettings(
  global: RuleSettings,
  athletePatch: RuleSettingsPatch | null | undefined,
): RuleSettings {
  const merged = { ...global } as Record<keyof RuleSettings, object>;
  for (const rule of Object.keys(global) as (keyof RuleSettings)[]) {
    const patch = athletePatch?.[rule];
    if (!patch) continue;
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    merged[rule] = { ...global[rule], ...defined };
  }
  return merged as RuleSettings;
}

/** Which settings group belongs to which rule. */
export const RULE_SETTINGS_KEY: Record<AnomalyRule, keyof RuleSettings> = {
  'hrv-suppressed': 'hrvSuppressed',
  'resting-hr-elevated': 'restingHrElevated',
  'sleep-deficit': 'sleepDeficit',
  'tsb-low': 'tsbLow',
  'ctl-ramp': 'ctlRamp',
  'acwr-spike': 'acwrSpike',
  'monotony-strain': 'monotonyStrain',
  'compliance-drop': 'complianceDrop',
  'performance-decline': 'performanceDecline',
  'no-uploads': 'noUploads',
  'injury-note': 'injuryNote',
};

export const RULE_LABELS: Record<AnomalyRule, string> = {
  'hrv-suppressed': 'HRV suppressed',
  'resting-hr-elevated': 'Resting HR elevated',
  'sleep-deficit': 'Sleep deficit',
  'tsb-low': 'Form (TSB) very low',
  'ctl-ramp': 'Fitness (CTL) ramping too fast',
  'acwr-spike': 'Acute:chronic load spike',
  'monotony-strain': 'High training monotony',
  'compliance-drop': 'Key sessions missed or shortened',
  'performance-decline': 'Performance falling',
  'no-uploads': 'No uploads',
  'injury-note': 'Injury or illness in notes',
};

/** One number of a rule's settings as the settings form shows it: its label, with its range (setting-ranges.ts). */
export interface RuleSettingField extends SettingRange {
  rule: keyof RuleSettings;
  key: string;
  label: string;
}

const field = (rule: keyof RuleSettings, key: string, label: string): RuleSettingField => {
  const range = settingRange(rule, key);
  if (!range) throw new Error(`${rule} has no number ${key}`);
  return { rule, key, label, ...range };
};

export const RULE_SETTING_FIELDS: readonly RuleSettingField[] = [
  field('hrvSuppressed', 'consecutiveDays', 'Mornings in a row below the band'),
  field('hrvSuppressed', 'baselineDays', 'Baseline length'),
  field('hrvSuppressed', 'bandSd', 'Normal band half-width'),
  field('hrvSuppressed', 'alertSd', 'Raise when below the mean by'),
  field('hrvSuppressed', 'minReadingsPerWeek', 'Readings needed per week'),
  field('hrvSuppressed', 'gapDays', 'Days that may interrupt one episode'),
  field('restingHrElevated', 'consecutiveDays', 'Mornings in a row above baseline'),
  field('restingHrElevated', 'bpmAboveBaseline', 'Rise above baseline'),
  field('restingHrElevated', 'baselineDays', 'Baseline length'),
  field('restingHrElevated', 'gapDays', 'Days that may interrupt one episode'),
  field('sleepDeficit', 'minHours', 'Short night below'),
  field('sleepDeficit', 'days', 'Short nights needed'),
  field('sleepDeficit', 'windowDays', 'Within the last'),
  field('tsbLow', 'warning', 'Warning below'),
  field('tsbLow', 'critical', 'Critical below'),
  field('ctlRamp', 'maxPerWeek', 'Warning above'),
  field('ctlRamp', 'criticalPerWeek', 'Critical above'),
  field('acwrSpike', 'warning', 'Warning above'),
  field('acwrSpike', 'critical', 'Critical above'),
  field('acwrSpike', 'minChronicLoad', 'Judge only above a chronic load of'),
  field('monotonyStrain', 'monotonyWarning', 'Warning above'),
  field('monotonyStrain', 'monotonyCritical', 'Critical above'),
  field('monotonyStrain', 'strainAboveTypical', 'And strain above usual by'),
  field('complianceDrop', 'windowDays', 'Window'),
  field('complianceDrop', 'minKeyCompletion', 'Key sessions done at least'),
  field('complianceDrop', 'minKeySessions', 'Key sessions planned at least'),
  field('performanceDecline', 'windowDays', 'Compare windows of'),
  field('performanceDecline', 'minDropPercent', 'Drop of at least'),
  field('performanceDecline', 'minActivities', 'Activities per window at least'),
  field('noUploads', 'days', 'Days without an activity'),
];

const RULE_OF_SETTINGS = Object.fromEntries(
  Object.entries(RULE_SETTINGS_KEY).map(([rule, key]) => [key, rule]),
) as Record<keyof RuleSettings, AnomalyRule>;

/**
 * Why `value` cannot be the field's number, naming the rule, the setting and what it allows ("Form (TSB)
 * very low, Warning below: must be between -80 and 0 TSB, not 500"); null when it can.
 */
export function ruleSettingProblem(field: RuleSettingField, value: number): string | null {
  const problem = rangeProblem(field, value);
  return problem && `${RULE_LABELS[RULE_OF_SETTINGS[field.rule]]}, ${field.label}: ${problem}, not ${value}`;
}
