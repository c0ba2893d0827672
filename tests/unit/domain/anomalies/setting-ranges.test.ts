import { describe, expect, it } from 'vitest';
import {
  RULE_SETTING_RANGES,
  rangeProblem,
  settingRange,
} from '../../../../src-main/common/domain/anomalies/setting-ranges';
import {
  DEFAULT_RULE_SETTINGS,
  RULE_SETTING_FIELDS,
  ruleSettingProblem,
} from '../../../../src-main/common/domain/anomalies/settings';

describe('rule setting ranges', () => {
  it('give every number of every rule a non-empty range that holds its default, and nothing else', () => {
    for (const [rule, defaults] of Object.entries(DEFAULT_RULE_SETTINGS)) {
      const numbers = Object.keys(defaults).filter((key) => typeof defaults[key as keyof typeof defaults] === 'number');
      expect(Object.keys(RULE_SETTING_RANGES[rule as keyof typeof RULE_SETTING_RANGES]).sort(), rule).toEqual(
        numbers.sort(),
      );
      for (const key of numbers) {
        const range = settingRange(rule as keyof typeof DEFAULT_RULE_SETTINGS, key)!;
        expect(range.min, `${rule}.${key}`).toBeLessThan(range.max);
        expect(range.step, `${rule}.${key}`).toBeGreaterThan(0);
        expect(rangeProblem(range, (defaults as unknown as Record<string, number>)[key]!), `${rule}.${key}`).toBeNull();
      }
    }
  });

  it('take both ends and refuse what lies beyond them, and part values where the step is whole', () => {
    const tsbWarning = RULE_SETTING_RANGES.tsbLow.warning;
    expect(rangeProblem(tsbWarning, -80)).toBeNull();
    expect(rangeProblem(tsbWarning, 0)).toBeNull();
    expect(rangeProblem(tsbWarning, 500)).toBe('must be between -80 and 0 TSB');
    expect(rangeProblem(tsbWarning, -80.5)).toBe('must be between -80 and 0 TSB');
    expect(rangeProblem(tsbWarning, -20.5)).toBe('must be a whole number between -80 and 0 TSB');
    expect(rangeProblem(RULE_SETTING_RANGES.sleepDeficit.minHours, 6.5)).toBeNull();
  });

  it('are what the settings form offers, and explain a refusal with the rule and the setting by name', () => {
    for (const field of RULE_SETTING_FIELDS) expect(field).toMatchObject(settingRange(field.rule, field.key)!);
    const tsbWarning = RULE_SETTING_FIELDS.find((f) => f.rule === 'tsbLow' && f.key === 'warning')!;
    expect(ruleSettingProblem(tsbWarning, 500)).toBe(
      'Form (TSB) very low, Warning below: must be between -80 and 0 TSB, not 500',
    );
    expect(ruleSettingProblem(tsbWarning, -30)).toBeNull();
  });
});
