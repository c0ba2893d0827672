import { bestOver, TWENTY_MINUTES, type MeanMaximal } from '../metrics/mean-maximal';
import type { CriticalPowerFit } from './critical-power';

export type FtpEstimateMethod = 'twenty-minute-best' | 'critical-power';

export interface FtpEstimate {
  watts: number;
  method: FtpEstimateMethod;
  /** How the number was made, for the coach. */
  explanation: string;
}

/** FTP ≈ 95 % of the best 20-minute power (Allen & Coggan, Training and Racing with a Power Meter). */
export const TWENTY_MINUTE_FTP_FRACTION = 0.95;

/**
 * Estimated FTP from a period's power curve: 95 % of its 20-minute best when the curve has one; otherwise
 * the critical power of the 2-parameter fit. CP sits a little above FTP on average (256 vs 249 W in
 * Karsten et al. 2021, Front Physiol 11:613151), which the explanation says. Null when neither exists.
 */
export function estimateFtp(curve: readonly MeanMaximal[], criticalPower: CriticalPowerFit | null): FtpEstimate | null {
  const twentyMinuteBest = bestOver(curve, TWENTY_MINUTES);
  if (twentyMinuteBest !== null && twentyMinuteBest > 0) {
    const watts = TWENTY_MINUTE_FTP_FRACTION * twentyMinuteBest;
    return {
      watts,
      method: 'twenty-minute-best',
      explanation: `95 % of the best 20-min power (${Math.round(twentyMinuteBest)} W)`,
    };
  }
  if (criticalPower) {
    return {
      watts: criticalPower.cp,
      method: 'critical-power',
      explanation: `Critical power from efforts of 3–20 min (no 20-min effort); CP usually reads a few watts above FTP`,
    };
  }
  return null;
}
