import type { WellnessMarkerDay, WellnessSeries } from '../../common/contract';
import { addDays } from '../../common/domain/dates';
import { DEFAULT_BASELINE_OPTIONS } from '../../common/domain/wellness/rolling-baseline';
import {
  WELLNESS_MARKERS,
  wellnessMarkerSeries,
  type MarkerStatus,
  type WellnessMarkerId,
} from '../../common/domain/wellness/wellness-markers';
import { listMorningMarkers } from '../db/repositories/wellness';
import { requireAthlete } from './analytics';
import type { ServiceContext } from './context';

const MARKER_IDS: readonly WellnessMarkerId[] = ['hrv', 'restingHr', 'sleep'];

/**
 * HRV (ln rMSSD), resting HR and sleep for every day of the range, each with its 7-day mean and
 * 60-day baseline band. Readings from before the range are read too, so its first days are judged
 * on a full baseline (and a full week for the trend arrow).
 */
export async function getWellnessSeries(
  ctx: ServiceContext,
  athleteId: number,
  range: { from: string; to: string },
): Promise<WellnessSeries> {
  await requireAthlete(ctx, athleteId);
  const { baselineDays, recentDays } = DEFAULT_BASELINE_OPTIONS;
  const days = await listMorningMarkers(ctx.db, athleteId, addDays(range.from, -(baselineDays + recentDays)), range.to);
  const series = new Map(MARKER_IDS.map((id) => [id, wellnessMarkerSeries(days, id, range)]));
  const byDate = new Map(days.map((d) => [d.date, d]));
  return {
    athleteId,
    markers: MARKER_IDS.map((id) => {
      const { label, unit, concerningSide } = WELLNESS_MARKERS[id];
      return { id, label, unit, concerningSide };
    }),
    days: series.get('hrv')!.map((hrv, i) => {
      const day = byDate.get(hrv.date);
      const markers = Object.fromEntries(
        MARKER_IDS.map((id) => [id, markerDay(series.get(id)![i]!, day ? WELLNESS_MARKERS[id].valueOf(day) : null)]),
      ) as Record<WellnessMarkerId, WellnessMarkerDay>;
      return {
        date: hrv.date,
        rmssd: day?.hrvRmssd ?? null,
        restingHr: day?.restingHr ?? null,
        sleepHours: day?.sleepHours ?? null,
        markers,
      };
    }),
  };
}

function markerDay(status: MarkerStatus, value: number | null): WellnessMarkerDay {
  return {
    value,
    recentMean: status.recentMean,
    baselineMean: status.baselineMean,
    band: status.band,
    position: status.position,
    trend: status.trend,
    concerning: status.concerning,
  };
}
