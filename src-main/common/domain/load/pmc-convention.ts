/**
 * How the Performance Management Chart smooths daily load and dates form. Both conventions are in use
 * by the tools coaches compare against, so the choice is a per-athlete setting and its label is shown
 * next to every chart (docs/domain.md#load).
 *
 * CTL_d = CTL_{d−1} + (load_d − CTL_{d−1})·k, likewise ATL with its own time constant N:
 * - TrainingPeaks (Coggan's PMC): k = 1/N.
 * - GoldenCheetah (PMCData, the exact discretisation of Banister's impulse–response decay): k = 1 − e^(−1/N).
 * Form (TSB):
 * - previous-day (TrainingPeaks): today's form is yesterday's balance, TSB_d = CTL_{d−1} − ATL_{d−1},
 *   so a workout shows in form only on the following day.
 * - same-day: TSB_d = CTL_d − ATL_d.
 */
export type PmcSmoothing = 'trainingpeaks' | 'goldencheetah';
export type FormTiming = 'previous-day' | 'same-day';

export interface PmcConvention {
  smoothing: PmcSmoothing;
  formTiming: FormTiming;
  /** CTL ("fitness") time constant in days. */
  ctlDays: number;
  /** ATL ("fatigue") time constant in days. */
  atlDays: number;
}

/**
 * TrainingPeaks by default: it is the convention most coaches read daily, and the ramp
 * arithmetic (weekly load ≈ 7 × (CTL₀ + 6.44·r)) is stated for k = 1/42.
 */
export const DEFAULT_PMC_CONVENTION: PmcConvention = {
  smoothing: 'trainingpeaks',
  formTiming: 'previous-day',
  ctlDays: 42,
  atlDays: 7,
};

/** The daily weight k of a load in the exponentially weighted average with time constant N days. */
export function smoothingFactor(timeConstantDays: number, smoothing: PmcSmoothing): number {
  if (!(timeConstantDays > 0) || !Number.isFinite(timeConstantDays)) {
    throw new RangeError(`time constant must be a positive number of days, got ${timeConstantDays}`);
  }
  return smoothing === 'trainingpeaks' ? 1 / timeConstantDays : 1 - Math.exp(-1 / timeConstantDays);
}

const SMOOTHING_LABELS: Record<PmcSmoothing, string> = {
  trainingpeaks: 'TrainingPeaks smoothing (k = 1/N)',
  goldencheetah: 'GoldenCheetah smoothing (k = 1 − e^(−1/N))',
};

const FORM_TIMING_LABELS: Record<FormTiming, string> = {
  'previous-day': "form = yesterday's CTL − ATL",
  'same-day': "form = today's CTL − ATL",
};

/** The convention in use plus one line a coach can read under every chart. */
export interface LabelledPmcConvention extends PmcConvention {
  /** E.g. "TrainingPeaks smoothing (k = 1/N) · CTL 42 d, ATL 7 d · form = yesterday's CTL − ATL". */
  label: string;
}

export function labelPmcConvention(convention: PmcConvention): LabelledPmcConvention {
  const label = [
    SMOOTHING_LABELS[convention.smoothing],
    `CTL ${convention.ctlDays} d, ATL ${convention.atlDays} d`,
    FORM_TIMING_LABELS[convention.formTiming],
  ].join(' · ');
  return { ...convention, label };
}
