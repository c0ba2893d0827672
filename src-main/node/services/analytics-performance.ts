import type { PerformanceCurves, PeriodCurves, WeeklySummary, ZoneTimeSeries } from '../../common/contract';
import { addDays } from '../../common/domain/dates';
import { weeklyTimeInZones } from '../../common/domain/load/time-in-zones';
import { weeklyVolumeBySport } from '../../common/domain/load/weekly-volume';
import {
  COGGAN_POWER_ZONES,
  FRIEL_RUNNING_HR_ZONES,
  FRIEL_RUNNING_PACE_ZONES,
  type ZoneDefinition,
} from '../../common/domain/metrics/zones';
import { fitCriticalPower } from '../../common/domain/performance/critical-power';
import { estimateFtp } from '../../common/domain/performance/ftp-estimate';
import {
  meanMaximalEnvelope,
  type ActivityCurve,
  type Period,
} from '../../common/domain/performance/mean-maximal-envelope';
import { thresholdPowerTrend } from '../../common/domain/performance/threshold-power-trend';
import { listAnalysedActivities, type AnalysedActivity, type ZoneModel } from '../db/repositories/activity-analysis';
import { requireAthlete } from './analytics';
import type { ServiceContext } from './context';

/**
 * Zone names per model, as the metrics code computed the stored seconds. Cycling and running HR zones
 * differ in their bounds only, not in their ids or names, so one list names both.
 */
const ZONE_NAMES: Record<ZoneModel, readonly ZoneDefinition[]> = {
  power: COGGAN_POWER_ZONES,
  hr: FRIEL_RUNNING_HR_ZONES,
  pace: FRIEL_RUNNING_PACE_ZONES,
};

/** Weekly volume and load by sport, and weekly time in zones for each model some activity stored. */
export async function getWeeklySummary(ctx: ServiceContext, athleteId: number, range: Period): Promise<WeeklySummary> {
  await requireAthlete(ctx, athleteId);
  const activities = await listAnalysedActivities(ctx.db, athleteId, range);
  return {
    athleteId,
    weeks: weeklyVolumeBySport(activities, range),
    timeInZones: {
      power: zoneTimeSeries(activities, 'power', range),
      hr: zoneTimeSeries(activities, 'hr', range),
      pace: zoneTimeSeries(activities, 'pace', range),
    },
  };
}

function zoneTimeSeries(
  activities: readonly AnalysedActivity[],
  model: ZoneModel,
  range: Period,
): ZoneTimeSeries | null {
  const zoned = activities.flatMap((a) => {
    const zoneSeconds = a.analysis.zoneSeconds[model];
    return zoneSeconds ? [{ localDate: a.localDate, zoneSeconds }] : [];
  });
  if (zoned.length === 0) return null;
  return {
    zones: ZONE_NAMES[model].map(({ id, label }) => ({ id, label })),
    weeks: weeklyTimeInZones(zoned, range),
    activities: zoned.length,
  };
}

/** Look-back of each point of the threshold-power trend (thresholdPowerTrend's default window). */
const TREND_WINDOW_DAYS = 42;

/**
 * Power and pace curves of a period (and of a comparison period), the CP fit and estimated FTP, and
 * the threshold-power trend through the period. Power curves come from rides only: FTP is a cycling
 * threshold, and running power meters read on another scale. Pace curves come from runs.
 */
export async function getPerformanceCurves(
  ctx: ServiceContext,
  athleteId: number,
  input: { from: string; to: string; compareFrom?: string; compareTo?: string },
): Promise<PerformanceCurves> {
  await requireAthlete(ctx, athleteId);
  const period = { from: input.from, to: input.to };
  const comparison = input.compareFrom && input.compareTo ? { from: input.compareFrom, to: input.compareTo } : null;
  const trendStart = addDays(period.from, -(TREND_WINDOW_DAYS - 1));
  const activities = await listAnalysedActivities(ctx.db, athleteId, {
    from: comparison && comparison.from < trendStart ? comparison.from : trendStart,
    to: comparison && comparison.to > period.to ? comparison.to : period.to,
    sports: ['bike', 'run'],
  });
  const power = curvesOf(activities, 'bike', (a) => a.analysis.meanMaxPower);
  const pace = curvesOf(activities, 'run', (a) => a.analysis.meanMaxSpeed);
  return {
    athleteId,
    period: periodCurves(power, pace, period),
    comparison: comparison ? periodCurves(power, pace, comparison) : null,
    thresholdPowerTrend: thresholdPowerTrend(power, { ...period, windowDays: TREND_WINDOW_DAYS }),
  };
}

function curvesOf(
  activities: readonly AnalysedActivity[],
  sport: 'bike' | 'run',
  pointsOf: (a: AnalysedActivity) => ActivityCurve['points'],
): ActivityCurve[] {
  return activities.flatMap((a) => {
    const points = pointsOf(a);
    return a.sport === sport && points.length > 0 ? [{ activityId: a.id, localDate: a.localDate, points }] : [];
  });
}

function periodCurves(power: readonly ActivityCurve[], pace: readonly ActivityCurve[], period: Period): PeriodCurves {
  const powerEnvelope = meanMaximalEnvelope(power, period);
  const criticalPower = fitCriticalPower(powerEnvelope);
  const inPeriod = (c: ActivityCurve) => c.localDate >= period.from && c.localDate <= period.to;
  return {
    ...period,
    power: powerEnvelope,
    pace: meanMaximalEnvelope(pace, period),
    criticalPower,
    ftp: estimateFtp(powerEnvelope, criticalPower),
    activitiesWithCurves: power.filter(inPeriod).length + pace.filter(inPeriod).length,
  };
}
