import type { Settings } from '../../src-main/common/contract';
import type { ThresholdMetric } from '../../src-main/common/domain/thresholds';
import { formatNumber, formatPace, METERS_PER_MILE } from '../../src-main/common/format';

/** Display units follow the coach's setting; everything is stored in SI (m, s, kg) and per-km paces. */
export type UnitSystem = Settings['units'];

const KG_PER_LB = 0.45359237;
const YARDS_PER_METER = 1 / 0.9144;

export function distanceUnit(units: UnitSystem): string {
  return units === 'imperial' ? 'mi' : 'km';
}

/** Parses "m:ss" (or plain seconds); undefined when it is not a time. */
export function parseMinutesSeconds(text: string): number | undefined {
  const match = /^\s*(\d{1,3}):([0-5]\d)\s*$/.exec(text);
  if (match) return Number(match[1]) * 60 + Number(match[2]);
  return undefined;
}

/** Running pace: stored as seconds per km, shown per km or per mile. */
export function paceUnit(units: UnitSystem): string {
  return units === 'imperial' ? 'min/mi' : 'min/km';
}
export function paceToDisplaySeconds(secondsPerKm: number, units: UnitSystem): number {
  return units === 'imperial' ? (secondsPerKm * METERS_PER_MILE) / 1000 : secondsPerKm;
}
export function paceFromDisplaySeconds(displaySeconds: number, units: UnitSystem): number {
  return units === 'imperial' ? (displaySeconds * 1000) / METERS_PER_MILE : displaySeconds;
}

/** Swim pace (CSS): stored as seconds per 100 m, shown per 100 m or per 100 yd. */
export function swimPaceUnit(units: UnitSystem): string {
  return units === 'imperial' ? 'min/100 yd' : 'min/100 m';
}
export function swimPaceToDisplaySeconds(secondsPer100m: number, units: UnitSystem): number {
  return units === 'imperial' ? secondsPer100m / YARDS_PER_METER : secondsPer100m;
}
export function swimPaceFromDisplaySeconds(displaySeconds: number, units: UnitSystem): number {
  return units === 'imperial' ? displaySeconds * YARDS_PER_METER : displaySeconds;
}

export function weightUnit(units: UnitSystem): string {
  return units === 'imperial' ? 'lb' : 'kg';
}
export function weightToDisplay(kg: number, units: UnitSystem): number {
  return units === 'imperial' ? kg / KG_PER_LB : kg;
}
export function weightFromDisplay(value: number, units: UnitSystem): number {
  return units === 'imperial' ? value * KG_PER_LB : value;
}

export const THRESHOLD_LABELS: Record<ThresholdMetric, string> = {
  ftp: 'FTP',
  lthr: 'LTHR',
  maxHr: 'Max HR',
  restingHr: 'Resting HR',
  thresholdPace: 'Threshold pace',
  css: 'CSS',
  weight: 'Weight',
};

/** A threshold in the coach's units, with its unit, e.g. "4:30 /km" or "250 W". */
export function formatThreshold(metric: ThresholdMetric, value: number, units: UnitSystem): string {
  switch (metric) {
    case 'ftp':
      return `${formatNumber(value)} W`;
    case 'lthr':
    case 'maxHr':
    case 'restingHr':
      return `${formatNumber(value)} bpm`;
    case 'thresholdPace':
      return formatPace(paceToDisplaySeconds(value, units), units === 'imperial' ? 'mi' : 'km');
    case 'css':
      return formatPace(swimPaceToDisplaySeconds(value, units), units === 'imperial' ? '100 yd' : '100 m');
    case 'weight':
      return `${formatNumber(weightToDisplay(value, units), 1)} ${weightUnit(units)}`;
  }
}

/** Speed: stored in m/s, shown in km/h or mph. */
export function speedUnit(units: UnitSystem): string {
  return units === 'imperial' ? 'mph' : 'km/h';
}
export function speedToDisplay(metersPerSecond: number, units: UnitSystem): number {
  return units === 'imperial' ? (metersPerSecond * 3600) / METERS_PER_MILE : metersPerSecond * 3.6;
}

/** Running pace in display seconds (per km or per mile) from a speed in m/s. */
export function paceFromSpeed(metersPerSecond: number, units: UnitSystem): number {
  return paceToDisplaySeconds(1000 / metersPerSecond, units);
}

const FEET_PER_METER = 1 / 0.3048;

export function elevationUnit(units: UnitSystem): string {
  return units === 'imperial' ? 'ft' : 'm';
}
export function elevationToDisplay(meters: number, units: UnitSystem): number {
  return units === 'imperial' ? meters * FEET_PER_METER : meters;
}

export function thresholdUnit(metric: ThresholdMetric, units: UnitSystem): string {
  switch (metric) {
    case 'ftp':
      return 'W';
    case 'lthr':
    case 'maxHr':
    case 'restingHr':
      return 'bpm';
    case 'thresholdPace':
      return paceUnit(units);
    case 'css':
      return swimPaceUnit(units);
    case 'weight':
      return weightUnit(units);
  }
}
