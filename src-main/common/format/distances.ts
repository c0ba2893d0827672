import { formatNumber } from './numbers';

/** Distances in the coach's units; everything is stored in metres. */
export type UnitSystem = 'metric' | 'imperial';

export const METERS_PER_MILE = 1609.344;

/** "12.4 km" (under a kilometre "850 m"), or "7.7 mi"; an em dash when unknown. */
export function formatDistance(meters: number | null | undefined, units: UnitSystem = 'metric'): string {
  if (meters === null || meters === undefined || !Number.isFinite(meters)) return '—';
  if (units === 'imperial') return `${formatNumber(meters / METERS_PER_MILE, 1)} mi`;
  return Math.round(Math.abs(meters)) < 1000 ? `${formatNumber(meters)} m` : `${formatNumber(meters / 1000, 1)} km`;
}
