import { LOAD_WARNING_THRESHOLDS } from '../load/load-warnings';
import { ACWR_MIN_CHRONIC_DAILY_LOAD } from '../load/load-ratios';
import { DEFAULT_BASELINE_OPTIONS } from '../wellness/rolling-baseline';
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
  acwrSpike: { enabled: true, warning: LOAD_WARNING_THRESHOLDS.acwr.warn, critical: 2, minChronicLoad: ACWR_MIN_CHRONIC_DAILY_LOAD },
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
export function mergeRuleSettings(global: RuleSettings, athletePatch: RuleSettingsPatch | null | undefined): RuleSettings {
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

/** One number of a rule's settings, described for a generic settings form (the `enabled` switches are implied). */
export interface RuleSettingField {
  rule: keyof RuleSettings;
  key: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  step: number;
}

const field = (rule: keyof RuleSettings, key: string, label: string, unit: string, min: number, max: number, step: number): RuleSettingField => ({
  rule,
  key,
  label,
  unit,
  min,
  max,
  step,
});

export const RULE_SETTING_FIELDS: readonly RuleSettingField[] = [
  field('hrvSuppressed', 'consecutiveDays', 'Mornings in a row below the band', 'days', 2, 7, 1),
  field('hrvSuppressed', 'baselineDays', 'Baseline length', 'days', 28, 90, 1),
  field('hrvSuppressed', 'bandSd', 'Normal band half-width', 'SD', 0.25, 2, 0.05),
  field('hrvSuppressed', 'alertSd', 'Raise when below the mean by', 'SD', 0.5, 4, 0.25),
  field('hrvSuppressed', 'minReadingsPerWeek', 'Readings needed per week', 'readings', 2, 7, 1),
  field('hrvSuppressed', 'gapDays', 'Days that may interrupt one episode', 'days', 0, 5, 1),
  field('restingHrElevated', 'consecutiveDays', 'Mornings in a row above baseline', 'days', 1, 7, 1),
  field('restingHrElevated', 'bpmAboveBaseline', 'Rise above baseline', 'bpm', 2, 20, 1),
  field('restingHrElevated', 'baselineDays', 'Baseline length', 'days', 14, 90, 1),
  field('restingHrElevated', 'gapDays', 'Days that may interrupt one episode', 'days', 0, 5, 1),
  field('sleepDeficit', 'minHours', 'Short night below', 'h', 4, 9, 0.25),
  field('sleepDeficit', 'days', 'Short nights needed', 'nights', 1, 14, 1),
  field('sleepDeficit', 'windowDays', 'Within the last', 'days', 3, 14, 1),
  field('tsbLow', 'warning', 'Warning below', 'TSB', -80, 0, 1),
  field('tsbLow', 'critical', 'Critical below', 'TSB', -100, 0, 1),
  field('ctlRamp', 'maxPerWeek', 'Warning above', 'CTL/week', 2, 20, 0.5),
  field('ctlRamp', 'criticalPerWeek', 'Critical above', 'CTL/week', 2, 25, 0.5),
  field('acwrSpike', 'warning', 'Warning above', 'ratio', 1.1, 3, 0.05),
  field('acwrSpike', 'critical', 'Critical above', 'ratio', 1.2, 4, 0.05),
  field('acwrSpike', 'minChronicLoad', 'Judge only above a chronic load of', 'TSS/day', 0, 100, 1),
  field('monotonyStrain', 'monotonyWarning', 'Warning above', 'monotony', 1, 5, 0.1),
  field('monotonyStrain', 'monotonyCritical', 'Critical above', 'monotony', 1, 10, 0.1),
  field('monotonyStrain', 'strainAboveTypical', 'And strain above usual by', '×', 1, 3, 0.05),
  field('complianceDrop', 'windowDays', 'Window', 'days', 7, 42, 1),
  field('complianceDrop', 'minKeyCompletion', 'Key sessions done at least', 'share', 0.1, 1, 0.05),
  field('complianceDrop', 'minKeySessions', 'Key sessions planned at least', 'sessions', 1, 10, 1),
  field('performanceDecline', 'windowDays', 'Compare windows of', 'days', 14, 90, 1),
  field('performanceDecline', 'minDropPercent', 'Drop of at least', '%', 1, 25, 0.5),
  field('performanceDecline', 'minActivities', 'Activities per window at least', 'activities', 2, 20, 1),
  field('noUploads', 'days', 'Days without an activity', 'days', 2, 30, 1),
];
