import { bestOver, TWENTY_MINUTES, type MeanMaximal } from '../../../common/domain/metrics/mean-maximal';

/**
 * The stored metrics' efficiency factor and best 20-min power, written beside the metrics JSON as
 * columns (migration 011) so the roster-wide rule reads need not parse every activity's metrics.
 */
export function performanceColumns(metrics: Record<string, unknown>): {
  efficiency_factor: number | null;
  best_20min_power: number | null;
} {
  const ef = metrics.efficiencyFactor;
  const curve = Array.isArray(metrics.meanMaxPower) ? (metrics.meanMaxPower as MeanMaximal[]) : [];
  return {
    efficiency_factor: typeof ef === 'number' ? ef : null,
    best_20min_power: bestOver(curve, TWENTY_MINUTES),
  };
}
