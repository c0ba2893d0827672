import type { WellnessDay } from './wellness-day';
import {
  DEFAULT_BASELINE_OPTIONS,
  baselineStatusOn,
  baselineStatusSeries,
  type BandPosition,
  type BaselineOptions,
  type BaselineStatus,
  type DatedValue,
} from './rolling-baseline';

export type WellnessReading = Pick<WellnessDay, 'date' | 'hrvRmssd' | 'restingHr' | 'sleepHours'>;
export type WellnessMarkerId = 'hrv' | 'restingHr' | 'sleep';

export interface WellnessMarker {
  id: WellnessMarkerId;
  label: string;
  unit: string;
  /** The side of the band that usually means poor recovery, so the UI can tell a warning from good news. */
  concerningSide: BandPosition;
  valueOf(day: WellnessReading): number | null;
}

/**
 * Natural log of rMSSD: rMSSD is right-skewed, and its log is close to normal, so mean ± SD bands behave
 * (Plews et al. 2012, Eur J Appl Physiol 112:3729). Null for a missing or non-positive reading.
 */
export function lnRmssd(rmssdMs: number | null): number | null {
  return rmssdMs !== null && rmssdMs > 0 ? Math.log(rmssdMs) : null;
}

/**
 * Morning markers judged against their own baselines (docs/domain.md#wellness). HRV below its band suggests
 * accumulated fatigue (Plews 2013); a high resting HR or short sleep point the same way.
 */
export const WELLNESS_MARKERS: Record<WellnessMarkerId, WellnessMarker> = {
  hrv: {
    id: 'hrv',
    label: 'HRV (ln rMSSD)',
    unit: 'ln ms',
    concerningSide: 'below',
    valueOf: (d) => lnRmssd(d.hrvRmssd),
  },
  restingHr: {
    id: 'restingHr',
    label: 'Resting HR',
    unit: 'bpm',
    concerningSide: 'above',
    valueOf: (d) => d.restingHr,
  },
  sleep: { id: 'sleep', label: 'Sleep', unit: 'h', concerningSide: 'below', valueOf: (d) => d.sleepHours },
};

export interface MarkerStatus extends BaselineStatus {
  marker: WellnessMarkerId;
  /** True when the rolling mean is outside the band on the marker's concerning side. */
  concerning: boolean;
}

function readingsOf(days: readonly WellnessReading[], marker: WellnessMarker): DatedValue[] {
  return days.flatMap((day) => {
    const value = marker.valueOf(day);
    return value === null ? [] : [{ date: day.date, value }];
  });
}

function withConcern(status: BaselineStatus, marker: WellnessMarker): MarkerStatus {
  return { ...status, marker: marker.id, concerning: status.position === marker.concerningSide };
}

/** HRV, resting HR and sleep status on one day, from the wellness days up to it. */
export function wellnessStatusOn(
  days: readonly WellnessReading[],
  date: string,
  options: BaselineOptions = DEFAULT_BASELINE_OPTIONS,
): Record<WellnessMarkerId, MarkerStatus> {
  const statusOf = (marker: WellnessMarker) =>
    withConcern(baselineStatusOn(readingsOf(days, marker), date, options), marker);
  return {
    hrv: statusOf(WELLNESS_MARKERS.hrv),
    restingHr: statusOf(WELLNESS_MARKERS.restingHr),
    sleep: statusOf(WELLNESS_MARKERS.sleep),
  };
}

/** One marker's status for every day of a range, for its trend chart. */
export function wellnessMarkerSeries(
  days: readonly WellnessReading[],
  markerId: WellnessMarkerId,
  range: { from: string; to: string },
  options: BaselineOptions = DEFAULT_BASELINE_OPTIONS,
): MarkerStatus[] {
  const marker = WELLNESS_MARKERS[markerId];
  return baselineStatusSeries(readingsOf(days, marker), range, options).map((status) => withConcern(status, marker));
}
