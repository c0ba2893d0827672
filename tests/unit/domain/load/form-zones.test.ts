import { describe, expect, it } from 'vitest';
import { FORM_ZONES, formZoneOf } from '../../../../src-main/common/domain/load/form-zones';

describe('formZoneOf', () => {
  it.each([
    [40, 'transition'],
    [25.1, 'transition'],
    [25, 'fresh'],
    [10, 'fresh'],
    [5.01, 'fresh'],
    [5, 'grey'],
    [0, 'grey'],
    [-10, 'grey'],
    [-10.01, 'optimal'],
    [-20, 'optimal'],
    [-30, 'optimal'],
    [-30.01, 'high-risk'],
    [-80, 'high-risk'],
  ])('puts form %d in the %s zone', (tsb, zone) => {
    expect(formZoneOf(tsb).id).toBe(zone);
  });

  it('lists the zones from freshest to most fatigued, ending in an open-ended high-risk zone', () => {
    expect(FORM_ZONES.map((z) => z.id)).toEqual(['transition', 'fresh', 'grey', 'optimal', 'high-risk']);
    expect(FORM_ZONES.map((z) => z.lowerBound)).toEqual([25, 5, -10, -30, null]);
  });

  it('rejects a form that is not a finite number', () => {
    expect(() => formZoneOf(Number.NaN)).toThrow(RangeError);
    expect(() => formZoneOf(-Infinity)).toThrow(RangeError);
  });
});
