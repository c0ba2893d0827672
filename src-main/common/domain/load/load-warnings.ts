import type { PmcRow } from './pmc';

export type WarningLevel = 'ok' | 'warn' | 'critical';

/**
 * When a PMC value deserves the coach's attention (docs/domain.md#load):
 * - Ramp rate: 5–8 CTL points a week is typical, about 10 the upper limit (TrainingPeaks' ramp-rate guidance).
 * - ACWR: flagged above 1.5 (Gabbett 2016). The "sweet spot" of 0.8–1.3 is disputed (Impellizzeri et al.
 *   2020, Int J Sports Physiol Perform 15:907), so there is only a warning, never a critical level.
 * - Monotony: Foster (1998) linked values above 2.0 to illness; 1.5 is the early warning.
 */
export const LOAD_WARNING_THRESHOLDS = {
  rampPerWeek: { warn: 8, critical: 10 },
  acwr: {
    warn: 1.5,
    caveat: 'ACWR above 1.5 is a common warning sign, but the evidence for a safe "sweet spot" is disputed.',
  },
  monotony: { warn: 1.5, critical: 2.0 },
} as const;

export interface LoadWarnings {
  ramp: WarningLevel;
  acwr: WarningLevel;
  monotony: WarningLevel;
}

function levelOf(value: number | null, thresholds: { warn: number; critical?: number }): WarningLevel {
  if (value === null) return 'ok';
  if (thresholds.critical !== undefined && value > thresholds.critical) return 'critical';
  return value > thresholds.warn ? 'warn' : 'ok';
}

/** Warning levels of one PMC day; values that are not known yet (null) are not flagged. */
export function loadWarningsOf(row: Pick<PmcRow, 'ramp' | 'acwr' | 'monotony'>): LoadWarnings {
  return {
    ramp: levelOf(row.ramp, LOAD_WARNING_THRESHOLDS.rampPerWeek),
    acwr: levelOf(row.acwr, LOAD_WARNING_THRESHOLDS.acwr),
    monotony: levelOf(row.monotony, LOAD_WARNING_THRESHOLDS.monotony),
  };
}
