import type { MarkerStatusSummary } from '../../common/contract';
import { addDays } from '../../common/domain/dates';
import { DEFAULT_BASELINE_OPTIONS, baselineStatusOn } from '../../common/domain/wellness/rolling-baseline';
import {
  WELLNESS_MARKERS,
  type WellnessMarker,
  type WellnessReading,
} from '../../common/domain/wellness/wellness-markers';
import type { MorningStatus } from '../db/repositories/load-state';
import { listMorningMarkers } from '../db/repositories/wellness';
import type { Db } from '../db/schema';

/** HRV and resting-HR status on `today` from the baseline window of readings before it. */
export async function morningStatusOn(db: Db, athleteId: number, today: string): Promise<MorningStatus> {
  const days = await listMorningMarkers(
    db,
    athleteId,
    addDays(today, -(DEFAULT_BASELINE_OPTIONS.baselineDays - 1)),
    today,
  );
  return {
    hrv: markerStatus(days, WELLNESS_MARKERS.hrv, today),
    restingHr: markerStatus(days, WELLNESS_MARKERS.restingHr, today),
  };
}

function markerStatus(days: readonly WellnessReading[], marker: WellnessMarker, today: string): MarkerStatusSummary {
  const readings = days.flatMap((day) => {
    const value = marker.valueOf(day);
    return value === null ? [] : [{ date: day.date, value }];
  });
  const status = baselineStatusOn(readings, today);
  return { position: status.position, trend: status.trend, recentMean: status.recentMean, band: status.band };
}
