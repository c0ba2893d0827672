import { computePmc, type PmcSeed } from '../load/pmc';
import type { PmcConvention } from '../load/pmc-convention';
import { spreadWeekLoad, type WeekFrame } from './week-frames';

/**
 * Runs one week of load, spread by the frame, through computePmc from CTL and ATL at the end of the week
 * before; returns them at the end of this one (unchanged for a race week without training days).
 */
export function simulateWeek(start: PmcSeed, frame: WeekFrame, weekLoad: number, convention: PmcConvention): PmcSeed {
  if (frame.dates.length === 0) return start;
  const rows = computePmc(spreadWeekLoad(frame, weekLoad), {
    from: frame.dates[0]!,
    to: frame.dates.at(-1)!,
    convention,
    seed: start,
  });
  const last = rows.at(-1)!;
  return { ctl: last.ctl, atl: last.atl };
}

/**
 * How a week moves CTL: end-of-week CTL = carry × CTL before the week + perLoad × the week's load. CTL is an
 * exponentially weighted sum, so it is linear in both for a fixed spread of load over the week; two runs of
 * the PMC itself (a unit CTL with no load, a unit load from zero) measure the line, whichever smoothing
 * convention is in use.
 */
export interface CtlResponse {
  carry: number;
  perLoad: number;
}

export function weekCtlResponse(frame: WeekFrame, convention: PmcConvention): CtlResponse {
  return {
    carry: simulateWeek({ ctl: 1, atl: 0 }, frame, 0, convention).ctl,
    perLoad: simulateWeek({ ctl: 0, atl: 0 }, frame, 1, convention).ctl,
  };
}

/**
 * The largest weekly load whose projected CTL rise over the week stays within `maxRamp`. With an even
 * spread and k = 1/42 this is steadyWeeklyLoadForRamp's 7·(CTL₀ + 6.44·r).
 */
export function rampCapLoad(startCtl: number, response: CtlResponse, maxRamp: number): number {
  if (!(response.perLoad > 0)) return Number.POSITIVE_INFINITY;
  return Math.max(0, (startCtl + maxRamp - response.carry * startCtl) / response.perLoad);
}
