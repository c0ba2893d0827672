import { describe, expect, it } from 'vitest';
import { estimateFtp } from '../../../../src-main/common/domain/performance/ftp-estimate';

describe('estimateFtp', () => {
  it('takes 95 % of the best 20-minute power: 300 W → 285 W', () => {
    const estimate = estimateFtp([{ durationSeconds: 1200, value: 300 }], {
      cp: 290,
      wPrime: 20_000,
      rSquared: 1,
      pointsUsed: 3,
    });
    expect(estimate).toEqual({
      watts: 285,
      method: 'twenty-minute-best',
      explanation: '95 % of the best 20-min power (300 W)',
    });
  });

  it('falls back on critical power without a 20-minute effort, and says so', () => {
    const estimate = estimateFtp([{ durationSeconds: 600, value: 320 }], {
      cp: 276,
      wPrime: 18_000,
      rSquared: 1,
      pointsUsed: 2,
    });
    expect(estimate).toMatchObject({ watts: 276, method: 'critical-power' });
    expect(estimate!.explanation).toMatch(/Critical power/);
  });

  it('returns null with neither', () => {
    expect(estimateFtp([], null)).toBeNull();
  });
});
