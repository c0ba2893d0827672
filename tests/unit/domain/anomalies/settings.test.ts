import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_SETTINGS,
  mergeRuleSettings,
  RULE_LABELS,
  RULE_SETTING_FIELDS,
  RULE_SETTINGS_KEY,
} from '../../../../src-main/common/domain/anomalies/settings';
import { ANOMALY_RULES } from '../../../../src-main/common/domain/anomalies/types';

describe('rule settings', () => {
  it('override the global values field by field for one athlete', () => {
    const global = mergeRuleSettings(DEFAULT_RULE_SETTINGS, { tsbLow: { warning: -25 } });
    const athlete = mergeRuleSettings(global, { tsbLow: { critical: -50 }, noUploads: { enabled: false } });
    expect(athlete.tsbLow).toEqual({ enabled: true, warning: -25, critical: -50 });
    expect(athlete.noUploads.enabled).toBe(false);
    expect(athlete.hrvSuppressed).toEqual(DEFAULT_RULE_SETTINGS.hrvSuppressed);
    expect(global.noUploads.enabled).toBe(true);
  });

  it('ignore undefined fields and an empty patch', () => {
    expect(mergeRuleSettings(DEFAULT_RULE_SETTINGS, { tsbLow: { warning: undefined } })).toEqual(DEFAULT_RULE_SETTINGS);
    expect(mergeRuleSettings(DEFAULT_RULE_SETTINGS, null)).toEqual(DEFAULT_RULE_SETTINGS);
  });

  it('describe every numeric setting once, with its default inside the allowed range', () => {
    const numeric = Object.entries(DEFAULT_RULE_SETTINGS).flatMap(([rule, values]) =>
      Object.entries(values).flatMap(([key, value]) => (typeof value === 'number' ? [`${rule}.${key}`] : [])),
    );
    const described = RULE_SETTING_FIELDS.map((f) => `${f.rule}.${f.key}`);
    expect([...described].sort()).toEqual([...numeric].sort());
    for (const f of RULE_SETTING_FIELDS) {
      const value = (DEFAULT_RULE_SETTINGS[f.rule] as unknown as Record<string, number>)[f.key]!;
      expect(value, `${f.rule}.${f.key}`).toBeGreaterThanOrEqual(f.min);
      expect(value, `${f.rule}.${f.key}`).toBeLessThanOrEqual(f.max);
    }
  });

  it('label every rule and map it to its settings', () => {
    for (const rule of ANOMALY_RULES) {
      expect(RULE_LABELS[rule].length).toBeGreaterThan(3);
      expect(DEFAULT_RULE_SETTINGS[RULE_SETTINGS_KEY[rule]].enabled).toBe(true);
    }
  });
});
