import type { ThresholdValues } from '../thresholds';
import type { StepTarget, WorkoutSport } from '../workouts/workout-schema';
import { formatPace } from '../../format';
import { COGGAN_POWER_ZONES, heartRateZonesFor, type ZoneDefinition } from '../metrics/zones';

/**
 * A relative target in the athlete's own numbers ("238–250 W", "4:05–3:55 /km", "146–153 bpm",
 * "HR zone 2" → "128–141 bpm"), from the thresholds on the export day. Null when the target is not
 * relative to a threshold (open, RPE) or the athlete has no value for that threshold: the export then
 * shows only the relative target rather than guess one.
 */
export function absoluteTarget(target: StepTarget, sport: WorkoutSport, t: ThresholdValues): string | null {
  switch (target.type) {
    case 'ftpPercent':
      return t.ftp ? joinRange(percentOf(t.ftp, target.range.low), percentOf(t.ftp, target.range.high), ' W') : null;
    case 'thresholdPacePercent':
      // Faster is a higher percentage, so the high end is the quicker pace: print slow → fast.
      return t.thresholdPace
        ? joinRange(
            formatPace(t.thresholdPace / (target.range.low / 100)),
            formatPace(t.thresholdPace / (target.range.high / 100)),
            ' /km',
          )
        : null;
    case 'cssPercent':
      return t.css
        ? joinRange(
            formatPace(t.css / (target.range.low / 100)),
            formatPace(t.css / (target.range.high / 100)),
            ' /100 m',
          )
        : null;
    case 'lthrPercent':
      return t.lthr
        ? joinRange(percentOf(t.lthr, target.range.low), percentOf(t.lthr, target.range.high), ' bpm')
        : null;
    case 'hrZone':
      return t.lthr ? zoneRange(heartRateZonesFor(sport), HR_ZONE_COUNT, target.zone, t.lthr, ' bpm') : null;
    case 'powerZone':
      return t.ftp ? zoneRange(COGGAN_POWER_ZONES, COGGAN_POWER_ZONES.length, target.zone, t.ftp, ' W') : null;
    case 'open':
    case 'rpe':
      return null;
  }
}

/** Watts (or bpm) for a % of FTP (or LTHR), rounded once at the end so 125 % of 260 W is 325 W, not 324 or 326. */
function percentOf(threshold: number, percent: number): number {
  return Math.round((threshold * percent) / 100);
}

/** The schema's HR zones 1–5: Friel's Z5a–Z5c are one zone 5 (workout-schema.ts). */
const HR_ZONE_COUNT = 5;

/**
 * A zone in whole units that do not overlap its neighbours: from the zone's own bound up to one below
 * where the next zone starts, so zone 2 and zone 3 never share a beat. The bottom zone has no floor
 * and the top zone no ceiling, as in the published tables.
 */
function zoneRange(
  zones: readonly ZoneDefinition[],
  count: number,
  zone: number,
  threshold: number,
  unit: string,
): string {
  const from = zone > 1 ? Math.round(threshold * zones[zone - 1]!.fromFraction) : null;
  const to = zone < count ? Math.round(threshold * zones[zone]!.fromFraction) - 1 : null;
  if (from === null) return `≤ ${to}${unit}`;
  if (to === null) return `≥ ${from}${unit}`;
  return joinRange(from, to, unit);
}

function joinRange(low: number | string, high: number | string, unit: string): string {
  return low === high ? `${low}${unit}` : `${low}–${high}${unit}`;
}
