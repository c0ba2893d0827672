import type { RuleSettings } from './types';

/**
 * The values each rule's numbers may take: outside them a rule stops meaning what it is for (a TSB
 * warning above zero would flag every fresh athlete, a one-day baseline has no spread), so the contract
 * refuses them and the settings form offers only them (settings.ts describes each for the form). `step` is the
 * resolution a coach sets the number in; a whole-number step takes whole numbers only (days, sessions).
 */
export interface SettingRange {
  min: number;
  max: number;
  step: number;
  unit: string;
}

type NumberKeys<T> = { [K in keyof T]-?: T[K] extends number ? K : never }[keyof T];

/** A range for every number of every rule's settings, and nothing else: the compiler checks both ways. */
export type RuleSettingRanges = {
  readonly [R in keyof RuleSettings]: { readonly [K in NumberKeys<RuleSettings[R]>]: SettingRange };
};

const range = (min: number, max: number, step: number, unit: string): SettingRange => ({ min, max, step, unit });

export const RULE_SETTING_RANGES: RuleSettingRanges = {
  hrvSuppressed: {
    consecutiveDays: range(2, 7, 1, 'days'),
    baselineDays: range(28, 90, 1, 'days'),
    bandSd: range(0.25, 2, 0.05, 'SD'),
    alertSd: range(0.5, 4, 0.25, 'SD'),
    minReadingsPerWeek: range(2, 7, 1, 'readings'),
    gapDays: range(0, 5, 1, 'days'),
  },
  restingHrElevated: {
    consecutiveDays: range(1, 7, 1, 'days'),
    bpmAboveBaseline: range(2, 20, 1, 'bpm'),
    baselineDays: range(14, 90, 1, 'days'),
    gapDays: range(0, 5, 1, 'days'),
  },
  sleepDeficit: {
    minHours: range(4, 9, 0.25, 'h'),
    days: range(1, 14, 1, 'nights'),
    windowDays: range(3, 14, 1, 'days'),
  },
  tsbLow: { warning: range(-80, 0, 1, 'TSB'), critical: range(-100, 0, 1, 'TSB') },
  ctlRamp: { maxPerWeek: range(2, 20, 0.5, 'CTL/week'), criticalPerWeek: range(2, 25, 0.5, 'CTL/week') },
  acwrSpike: {
    warning: range(1.1, 3, 0.05, 'ratio'),
    critical: range(1.2, 4, 0.05, 'ratio'),
    minChronicLoad: range(0, 100, 1, 'TSS/day'),
  },
  monotonyStrain: {
    monotonyWarning: range(1, 5, 0.1, 'monotony'),
    monotonyCritical: range(1, 10, 0.1, 'monotony'),
    strainAboveTypical: range(1, 3, 0.05, '×'),
  },
  complianceDrop: {
    windowDays: range(7, 42, 1, 'days'),
    minKeyCompletion: range(0.1, 1, 0.05, 'share'),
    minKeySessions: range(1, 10, 1, 'sessions'),
  },
  performanceDecline: {
    windowDays: range(14, 90, 1, 'days'),
    minDropPercent: range(1, 25, 0.5, '%'),
    minActivities: range(2, 20, 1, 'activities'),
  },
  noUploads: { days: range(2, 30, 1, 'days') },
  injuryNote: {},
};

/** The range of `rule`'s number `key`, or undefined when the rule has no such number. */
export function settingRange(rule: keyof RuleSettings, key: string): SettingRange | undefined {
  return (RULE_SETTING_RANGES[rule] as Readonly<Record<string, SettingRange>>)[key];
}

/** Why `value` is not allowed by `range` ("must be between -80 and 0 TSB"), or null when it is. */
export function rangeProblem(range: SettingRange, value: number): string | null {
  const within = `between ${range.min} and ${range.max} ${range.unit}`;
  if (value < range.min || value > range.max) return `must be ${within}`;
  if (Number.isInteger(range.step) && !Number.isInteger(value)) return `must be a whole number ${within}`;
  return null;
}
