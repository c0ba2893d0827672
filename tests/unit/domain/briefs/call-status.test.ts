import { describe, expect, it } from 'vitest';
import { callStatusOf } from '../../../../src-main/common/domain/briefs/call-status';

describe('callStatusOf', () => {
  it('is never due without a cadence', () => {
    expect(callStatusOf({ cadenceDays: null, lastCall: '2026-01-01' }, '2026-05-20')).toEqual({
      cadenceDays: null,
      lastCall: '2026-01-01',
      nextCallDue: null,
      due: false,
    });
  });
  it('is due at once when a cadence is set and no call was ever held', () => {
    expect(callStatusOf({ cadenceDays: 14, lastCall: null }, '2026-05-20')).toMatchObject({
      nextCallDue: '2026-05-20',
      due: true,
    });
  });
  it('falls due a cadence after the last call, and stays due when overdue', () => {
    expect(callStatusOf({ cadenceDays: 14, lastCall: '2026-05-07' }, '2026-05-20')).toMatchObject({
      nextCallDue: '2026-05-21',
      due: false,
    });
    expect(callStatusOf({ cadenceDays: 14, lastCall: '2026-05-06' }, '2026-05-20')).toMatchObject({
      nextCallDue: '2026-05-20',
      due: true,
    });
    expect(callStatusOf({ cadenceDays: 7, lastCall: '2026-04-01' }, '2026-05-20')).toMatchObject({
      nextCallDue: '2026-04-08',
      due: true,
    });
  });
});
