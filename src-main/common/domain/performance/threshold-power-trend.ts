import { addDays } from '../dates';
import { fitCriticalPower, type CriticalPowerFit } from './critical-power';
import { estimateFtp, type FtpEstimate } from './ftp-estimate';
import { meanMaximalEnvelope, type ActivityCurve } from './mean-maximal-envelope';
import { seasonTrend, type SeasonTrend } from './season-trend';

export interface ThresholdPowerPoint {
  /** Last day of the window the curve was built from. */
  date: string;
  criticalPower: CriticalPowerFit | null;
  ftp: FtpEstimate | null;
}

export interface ThresholdPowerTrend {
  points: ThresholdPowerPoint[];
  /** Trend of estimated FTP across the windows that have one — "falling power at threshold" reads here. */
  ftpTrend: SeasonTrend | null;
  /** Trend of W′ across the windows with a CP fit. */
  wPrimeTrend: SeasonTrend | null;
}

/**
 * CP, W′ and estimated FTP through a season: every `stepDays` from `from` to `to`, the power curve of the
 * `windowDays` ending that day (a rolling 6 weeks by default, long enough to hold maximal efforts of
 * several durations), its 2-parameter fit and FTP estimate; then the trend of each across the season.
 */
export function thresholdPowerTrend(
  curves: readonly ActivityCurve[],
  range: { from: string; to: string; windowDays?: number; stepDays?: number },
): ThresholdPowerTrend {
  const windowDays = range.windowDays ?? 42;
  const stepDays = range.stepDays ?? 7;
  const points: ThresholdPowerPoint[] = [];
  for (let date = range.from; date <= range.to; date = addDays(date, stepDays)) {
    const curve = meanMaximalEnvelope(curves, { from: addDays(date, -(windowDays - 1)), to: date });
    const criticalPower = fitCriticalPower(curve);
    points.push({ date, criticalPower, ftp: estimateFtp(curve, criticalPower) });
  }
  return {
    points,
    ftpTrend: seasonTrend(points.flatMap((p) => (p.ftp ? [{ date: p.date, value: p.ftp.watts }] : []))),
    wPrimeTrend: seasonTrend(
      points.flatMap((p) => (p.criticalPower ? [{ date: p.date, value: p.criticalPower.wPrime }] : [])),
    ),
  };
}
