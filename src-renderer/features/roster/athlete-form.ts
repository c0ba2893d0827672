import type { NewAthlete } from '../../../src-main/common/contract';
import { THRESHOLD_METRICS, thresholdRanges, type ThresholdMetric } from '../../../src-main/common/domain/thresholds';
import type { Sport } from '../../../src-main/common/domain/sports';
import {
  formatThreshold,
  paceFromDisplaySeconds,
  parseMinutesSeconds,
  swimPaceFromDisplaySeconds,
  THRESHOLD_LABELS,
  weightFromDisplay,
  type UnitSystem,
} from '../../format/units';

/** What the coach typed, as text, in display units. */
export interface AthleteFormValues {
  name: string;
  sports: Sport[];
  tags: string;
  /** IANA zone; the coach's own unless changed. */
  timeZone: string;
  thresholds: Record<ThresholdMetric, string>;
}

export const emptyAthleteForm = (timeZone: string): AthleteFormValues => ({
  name: '',
  sports: ['run'],
  tags: '',
  timeZone,
  thresholds: Object.fromEntries(THRESHOLD_METRICS.map((m) => [m, ''])) as Record<ThresholdMetric, string>,
});

/** Form errors keyed by the contract's field path ("name", "thresholds.ftp" …). */
export type FieldErrors = Partial<Record<string, string>>;

const PACE_METRICS = new Set<ThresholdMetric>(['thresholdPace', 'css']);

/** Converts one typed threshold to the stored unit (W, bpm, s/km, s/100 m, kg). */
export function parseThreshold(
  metric: ThresholdMetric,
  text: string,
  units: UnitSystem,
): number | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (PACE_METRICS.has(metric)) {
    const seconds = parseMinutesSeconds(trimmed);
    if (seconds === undefined) return 'invalid';
    return metric === 'css' ? swimPaceFromDisplaySeconds(seconds, units) : paceFromDisplaySeconds(seconds, units);
  }
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value)) return 'invalid';
  return metric === 'weight' ? weightFromDisplay(value, units) : value;
}

/**
 * Builds the athletes.create input. Only what cannot be sent at all (a pace that is not m:ss) is
 * rejected here; ranges are the contract's job, so the server's answer is the one source of truth.
 */
export function toNewAthlete(
  values: AthleteFormValues,
  units: UnitSystem,
): { input: NewAthlete; errors?: undefined } | { input?: undefined; errors: FieldErrors } {
  const thresholds: Partial<Record<ThresholdMetric, number>> = {};
  const errors: FieldErrors = {};
  for (const metric of THRESHOLD_METRICS) {
    const parsed = parseThreshold(metric, values.thresholds[metric], units);
    if (parsed === 'invalid') {
      errors[`thresholds.${metric}`] = PACE_METRICS.has(metric) ? 'Enter minutes:seconds, e.g. 4:30' : 'Enter a number';
    } else if (parsed !== undefined) {
      thresholds[metric] = parsed;
    }
  }
  if (Object.keys(errors).length > 0) return { errors };
  const tags = values.tags
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const timeZone = values.timeZone.trim();
  return { input: { name: values.name, sports: values.sports, tags, thresholds, ...(timeZone && { timeZone }) } };
}

/** The server's message for a field, phrased for a coach: threshold ranges in the units they typed. */
export function describeFieldError(field: string, message: string, units: UnitSystem): string {
  const metric = field.startsWith('thresholds.') ? (field.slice('thresholds.'.length) as ThresholdMetric) : undefined;
  if (metric && metric in thresholdRanges) {
    const { min, max } = thresholdRanges[metric];
    const low = formatThreshold(metric, min, units);
    const high = formatThreshold(metric, max, units);
    return `${THRESHOLD_LABELS[metric]} must be between ${low} and ${high}`;
  }
  return message.replace(/^[\w.]+: /, '');
}
