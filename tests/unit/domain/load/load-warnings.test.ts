import { describe, expect, it } from 'vitest';
import { loadWarningsOf } from '../../../../src-main/common/domain/load/load-warnings';

describe('loadWarningsOf', () => {
  it('does not flag typical values or values not yet known', () => {
    expect(loadWarningsOf({ ramp: 6, acwr: 1.2, monotony: 1.3 })).toEqual({ ramp: 'ok', acwr: 'ok', monotony: 'ok' });
    expect(loadWarningsOf({ ramp: null, acwr: null, monotony: null })).toEqual({
      ramp: 'ok',
      acwr: 'ok',
      monotony: 'ok',
    });
  });

  it('warns above a ramp of 8 and is critical above 10 CTL points a week', () => {
    expect(loadWarningsOf({ ramp: 8, acwr: null, monotony: null }).ramp).toBe('ok');
    expect(loadWarningsOf({ ramp: 9, acwr: null, monotony: null }).ramp).toBe('warn');
    expect(loadWarningsOf({ ramp: 10.5, acwr: null, monotony: null }).ramp).toBe('critical');
  });

  it('only warns on ACWR above 1.5, never critical, because the thresholds are disputed', () => {
    expect(loadWarningsOf({ ramp: null, acwr: 1.5, monotony: null }).acwr).toBe('ok');
    expect(loadWarningsOf({ ramp: null, acwr: 2.4, monotony: null }).acwr).toBe('warn');
  });

  it('warns on monotony above 1.5 and is critical above 2.0', () => {
    expect(loadWarningsOf({ ramp: null, acwr: null, monotony: 1.6 }).monotony).toBe('warn');
    expect(loadWarningsOf({ ramp: null, acwr: null, monotony: 10 }).monotony).toBe('critical');
  });
});
