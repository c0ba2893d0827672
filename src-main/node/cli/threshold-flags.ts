import type { ThresholdMetric } from '../../common/domain/thresholds';
import { numberOption } from './options';

/** Command-line spelling of each threshold; `athletes add` also takes --weight. */
const FLAG_METRICS = {
  ftp: 'ftp',
  lthr: 'lthr',
  'max-hr': 'maxHr',
  'resting-hr': 'restingHr',
  'threshold-pace': 'thresholdPace',
  css: 'css',
  weight: 'weight',
} as const satisfies Record<string, ThresholdMetric>;

type ThresholdFlag = keyof typeof FLAG_METRICS;

/** parseArgs option declarations for the given threshold flags. */
export function thresholdFlagOptions<F extends ThresholdFlag>(flags: readonly F[]): Record<F, { type: 'string' }> {
  return Object.fromEntries(flags.map((flag) => [flag, { type: 'string' }])) as Record<F, { type: 'string' }>;
}

/** The thresholds given on the command line, checked to be numbers (usage error otherwise). */
export function thresholdsFromFlags(
  values: Partial<Record<string, unknown>>,
  flags: readonly ThresholdFlag[],
): Partial<Record<ThresholdMetric, number>> {
  const thresholds: Partial<Record<ThresholdMetric, number>> = {};
  for (const flag of flags) {
    const raw = values[flag];
    const value = numberOption(typeof raw === 'string' ? raw : undefined, flag);
    if (value !== undefined) thresholds[FLAG_METRICS[flag]] = value;
  }
  return thresholds;
}

export const INSPECT_THRESHOLD_FLAGS = ['ftp', 'lthr', 'max-hr', 'resting-hr', 'threshold-pace', 'css'] as const;
export const ATHLETE_THRESHOLD_FLAGS = [...INSPECT_THRESHOLD_FLAGS, 'weight'] as const;
