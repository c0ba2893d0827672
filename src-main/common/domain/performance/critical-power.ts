import type { MeanMaximal } from '../metrics/mean-maximal';
import { fitLine } from './linear-regression';

/**
 * Two-parameter critical-power model (Monod & Scherrer 1965, Ergonomics 8:329): P(t) = W′/t + CP, i.e. the
 * work done in a maximal effort of t seconds is W(t) = CP·t + W′. CP (W) is the slope and W′ (J) the
 * intercept of the linear regression of work on time.
 */
export interface CriticalPowerFit {
  cp: number;
  wPrime: number;
  rSquared: number;
  /** The mean-maximal points used, within the fitting window. */
  pointsUsed: number;
}

/**
 * Efforts of about 3 to 20 minutes (docs/domain.md#performance): shorter ones lean on anaerobic capacity beyond the model,
 * longer ones on fatigue it does not describe, so both bias the fit (Jones et al. 2010, Med Sci Sports
 * Exerc 42:1876).
 */
export const CRITICAL_POWER_WINDOW = { minSeconds: 180, maxSeconds: 1200 } as const;

/**
 * Fits CP and W′ to the mean-maximal powers inside the window. Null with fewer than two durations or when
 * the fit is not physiological (CP or W′ not positive) — typically because the "best" efforts were not
 * maximal, which no regression can correct.
 */
export function fitCriticalPower(
  curve: readonly MeanMaximal[],
  window: { minSeconds: number; maxSeconds: number } = CRITICAL_POWER_WINDOW,
): CriticalPowerFit | null {
  const points = curve.filter(
    (p) => p.durationSeconds >= window.minSeconds && p.durationSeconds <= window.maxSeconds && p.value > 0,
  );
  const line = fitLine(
    points.map((p) => p.durationSeconds),
    points.map((p) => p.value * p.durationSeconds),
  );
  if (!line || line.slope <= 0 || line.intercept <= 0) return null;
  return { cp: line.slope, wPrime: line.intercept, rSquared: line.rSquared, pointsUsed: points.length };
}

/** Power the model predicts an athlete can hold for `durationSeconds`: W′/t + CP. */
export function predictedPower(fit: Pick<CriticalPowerFit, 'cp' | 'wPrime'>, durationSeconds: number): number {
  return fit.wPrime / durationSeconds + fit.cp;
}
