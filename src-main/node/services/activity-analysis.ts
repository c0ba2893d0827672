import type { ActivityLoad, ActivityRecord } from '../../common/domain/activity';
import { computeActivityMetrics, type StreamReductions } from '../../common/domain/metrics/activity-metrics';
import type { MeanMaximal } from '../../common/domain/metrics/mean-maximal';
import type { LoadContext } from '../../common/domain/metrics/training-load';
import type { ZoneTime } from '../../common/domain/metrics/zones';
import {
  storedMetricsJson,
  type StoredActivityAnalysis,
  type StoredMetricsJson,
  type ZoneModel,
} from '../db/repositories/activity-analysis';

export interface ScoredActivity {
  load: ActivityLoad;
  analysis: StoredActivityAnalysis;
}

/**
 * Load plus the stored analysis of one activity, from the thresholds valid on its date. `reductions`:
 * its threshold-free stream reductions when already computed (the importer's workers do).
 */
export function scoreActivity(record: ActivityRecord, ctx: LoadContext, reductions?: StreamReductions): ScoredActivity {
  const m = computeActivityMetrics(record, ctx, reductions);
  const zoneSeconds: Partial<Record<ZoneModel, number[]>> = {};
  const zones: [ZoneModel, ZoneTime[] | null][] = [
    ['power', m.timeInPowerZones],
    ['hr', m.timeInHrZones],
    ['pace', m.timeInPaceZones],
  ];
  for (const [model, times] of zones) if (times) zoneSeconds[model] = times.map((z) => z.seconds);
  return {
    load: m.load,
    analysis: {
      metrics: m.metrics,
      npSource: m.npSource,
      meanMaxPower: roundCurve(m.meanMaxPower, 1),
      meanMaxSpeed: roundCurve(m.meanMaxSpeed, 3),
      zoneSeconds,
      excludedSamples: record.excludedSamples ?? [],
    },
  };
}

/** The JSON stored in `activities.metrics`: every registry metric's value plus the analysis. */
export function storedMetricsOf(scored: ScoredActivity): StoredMetricsJson {
  return storedMetricsJson(scored.analysis);
}

function roundCurve(points: readonly MeanMaximal[], digits: number): MeanMaximal[] {
  const scale = 10 ** digits;
  return points.map((p) => ({ durationSeconds: p.durationSeconds, value: Math.round(p.value * scale) / scale }));
}
