import type { ThresholdValues } from '../../contract/schemas';
import type { StepTarget } from '../../contract/workout-schema';

/**
 * A relative target in the athlete's own numbers ("238–250 W", "4:05–3:55 /km", "146–153 bpm"), from
 * the thresholds on the export day. Null when the target is not relative to a threshold (open, zones,
 * RPE) or the athlete has no value for that threshold: the export then shows only the relative target
 * rather than guess one.
 */
export function absoluteTarget(target: StepTarget, t: ThresholdValues): string | null {
  switch (target.type) {
    case 'ftpPercent':
      return t.ftp ? joinRange(watts(t.ftp, target.range.low), watts(t.ftp, target.range.high), ' W') : null;
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
        ? joinRange(heartRate(t.lthr, target.range.low), heartRate(t.lthr, target.range.high), ' bpm')
        : null;
    default:
      return null;
  }
}

/** Watts for a % of FTP, rounded once at the end so 125 % of 260 W is 325 W, not 324 or 326. */
export function watts(ftp: number, percent: number): number {
  return Math.round((ftp * percent) / 100);
}

export function heartRate(lthr: number, percent: number): number {
  return Math.round((lthr * percent) / 100);
}

/** m:ss from seconds (per km or per 100 m). */
export function formatPace(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function joinRange(low: number | string, high: number | string, unit: string): string {
  return low === high ? `${low}${unit}` : `${low}–${high}${unit}`;
}
