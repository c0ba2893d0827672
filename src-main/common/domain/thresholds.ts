import { z } from 'zod';

export const THRESHOLD_METRICS = ['ftp', 'lthr', 'maxHr', 'restingHr', 'thresholdPace', 'css', 'weight'] as const;
export const thresholdMetricSchema = z.enum(THRESHOLD_METRICS);
export type ThresholdMetric = z.infer<typeof thresholdMetricSchema>;

/** Plausible ranges guard against unit mix-ups (e.g. pace typed in min/km instead of seconds). */
export const thresholdRanges: Record<ThresholdMetric, { min: number; max: number; unit: string }> = {
  ftp: { min: 30, max: 700, unit: 'W' },
  lthr: { min: 80, max: 220, unit: 'bpm' },
  maxHr: { min: 100, max: 240, unit: 'bpm' },
  restingHr: { min: 25, max: 110, unit: 'bpm' },
  thresholdPace: { min: 120, max: 900, unit: 's/km' },
  css: { min: 50, max: 300, unit: 's/100m' },
  weight: { min: 25, max: 250, unit: 'kg' },
};

export const thresholdValuesSchema = z
  .object(
    Object.fromEntries(
      THRESHOLD_METRICS.map((m) => [m, z.number().min(thresholdRanges[m].min).max(thresholdRanges[m].max).optional()]),
    ) as Record<ThresholdMetric, z.ZodOptional<z.ZodNumber>>,
  )
  .strict();
export type ThresholdValues = Partial<Record<ThresholdMetric, number>>;

export interface ThresholdEntry {
  metric: ThresholdMetric;
  value: number;
  validFrom: string;
}
