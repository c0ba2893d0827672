import { describe, expect, it } from 'vitest';
import { fitCriticalPower, predictedPower } from '../../../../src-main/common/domain/performance/critical-power';
import { PROPERTY_SEEDS, seededRandom } from '../load/seeded-random';

const curveOf = (cp: number, wPrime: number, durations: readonly number[]) =>
  durations.map((durationSeconds) => ({ durationSeconds, value: wPrime / durationSeconds + cp }));

/** 3 to 20 minutes every 30 s, as a fine-grained curve would offer. */
const FINE_DURATIONS = Array.from({ length: 35 }, (_, i) => 180 + 30 * i);

describe('fitCriticalPower — worked example', () => {
  it('fits 400 W for 5 min and 300 W for 20 min: CP = (360 − 120) kJ ÷ 900 s = 266.7 W, W′ = 40 kJ', () => {
    const fit = fitCriticalPower([
      { durationSeconds: 300, value: 400 },
      { durationSeconds: 1200, value: 300 },
    ]);
    expect(fit!.cp).toBeCloseTo(266.667, 3);
    expect(fit!.wPrime).toBeCloseTo(40_000, 6);
    expect(fit!.rSquared).toBe(1);
    expect(fit!.pointsUsed).toBe(2);
    expect(predictedPower(fit!, 600)).toBeCloseTo(333.333, 3);
  });

  it('uses only efforts of 3–20 min', () => {
    const curve = [
      { durationSeconds: 5, value: 1100 },
      { durationSeconds: 60, value: 600 },
      ...curveOf(250, 20_000, [300, 600, 1200]),
      { durationSeconds: 3600, value: 200 },
    ];
    const fit = fitCriticalPower(curve)!;
    expect(fit.pointsUsed).toBe(3);
    expect(fit.cp).toBeCloseTo(250, 9);
    expect(fit.wPrime).toBeCloseTo(20_000, 6);
  });

  it('returns null with fewer than two durations in the window or a non-physiological fit', () => {
    expect(fitCriticalPower([{ durationSeconds: 600, value: 300 }])).toBeNull();
    expect(fitCriticalPower([])).toBeNull();
    // Submaximal 5-min "best": power rising with duration would mean a negative W′.
    expect(
      fitCriticalPower([
        { durationSeconds: 300, value: 250 },
        { durationSeconds: 1200, value: 280 },
      ]),
    ).toBeNull();
  });
});

describe('fitCriticalPower — properties', () => {
  it('recovers CP and W′ exactly from P(t) = W′/t + CP on any grid of durations', () => {
    for (const seed of PROPERTY_SEEDS) {
      const random = seededRandom(seed);
      const cp = random.int(150, 420);
      const wPrime = random.int(8_000, 35_000);
      const durations = [...new Set(Array.from({ length: random.int(2, 12) }, () => random.int(180, 1200)))];
      if (durations.length < 2) continue;
      const fit = fitCriticalPower(curveOf(cp, wPrime, durations))!;
      expect(fit.cp, `seed ${seed}`).toBeCloseTo(cp, 6);
      expect(fit.wPrime, `seed ${seed}`).toBeCloseTo(wPrime, 3);
    }
  });

  it('is robust to ±2 % noise on every power: CP within 3.5 %, unbiased on average; W′, the sensitive one, within 45 %', () => {
    // Bounds hold over 2 000 seeds; W′ is the intercept, so noise on 20-min work (±7 kJ at 300 W) moves it most.
    const cpErrors: number[] = [];
    const wPrimeErrors: number[] = [];
    for (const seed of PROPERTY_SEEDS) {
      const random = seededRandom(seed);
      const cp = random.int(150, 420);
      const wPrime = random.int(12_000, 35_000);
      const noisy = curveOf(cp, wPrime, FINE_DURATIONS).map((p) => ({
        ...p,
        value: p.value * (1 + random.normal(0, 0.02)),
      }));
      const fit = fitCriticalPower(noisy)!;
      cpErrors.push((fit.cp - cp) / cp);
      wPrimeErrors.push((fit.wPrime - wPrime) / wPrime);
      expect(Math.abs(fit.cp - cp) / cp, `seed ${seed}`).toBeLessThan(0.035);
      expect(Math.abs(fit.wPrime - wPrime) / wPrime, `seed ${seed}`).toBeLessThan(0.45);
    }
    const meanOf = (values: number[]) => values.reduce((a, v) => a + v, 0) / values.length;
    expect(Math.abs(meanOf(cpErrors))).toBeLessThan(0.01);
    expect(Math.abs(meanOf(wPrimeErrors))).toBeLessThan(0.1);
  });
});
