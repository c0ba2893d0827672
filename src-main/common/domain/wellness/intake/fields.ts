import type { WellnessDay } from '../wellness-day';

/** The wellness values a CSV can fill, named as in the generic template's header. */
export const WELLNESS_FIELDS = [
  'hrv_rmssd',
  'resting_hr',
  'sleep_hours',
  'sleep_quality',
  'soreness',
  'fatigue',
  'mood',
  'stress',
  'weight',
  'note',
] as const;
export type WellnessField = (typeof WELLNESS_FIELDS)[number];

/** The generic template: `date` first, then any subset of the fields, in any order. */
export const TEMPLATE_HEADER = ['date', ...WELLNESS_FIELDS].join(',');

/**
 * What a source column can be mapped to: a field, the date, the time of the reading (only used to
 * pick the first reading of a day), or rMSSD given as its natural log (Elite HRV's `lnRmssd`).
 */
export const COLUMN_TARGETS = ['date', 'time', 'hrv_ln_rmssd', ...WELLNESS_FIELDS] as const;
export type ColumnTarget = (typeof COLUMN_TARGETS)[number];

/** Fields scored on the app's 1–5 scale (as the demo roster and the athlete page use it). */
export const SUBJECTIVE_FIELDS = ['sleep_quality', 'soreness', 'fatigue', 'mood', 'stress'] as const;
export type SubjectiveField = (typeof SUBJECTIVE_FIELDS)[number];

export function isSubjective(field: ColumnTarget): field is SubjectiveField {
  return (SUBJECTIVE_FIELDS as readonly string[]).includes(field);
}

export interface NumericFieldSpec {
  label: string;
  unit: string;
  min: number;
  max: number;
}

/**
 * Plausible ranges, checked after unit conversion. rMSSD 5–300 ms spans resting values from the
 * deconditioned to elite endurance athletes (Nunan et al. 2010, Pacing Clin Electrophysiol 33:1407,
 * give a healthy resting range of 19–75 ms); resting HR 25–120 bpm; weight as the athlete thresholds'
 * range. Anything outside is a unit mix-up or a sensor artefact, so the row is reported, not imported.
 */
export const NUMERIC_FIELDS: Record<Exclude<WellnessField, 'note'>, NumericFieldSpec> = {
  hrv_rmssd: { label: 'HRV (rMSSD)', unit: 'ms', min: 5, max: 300 },
  resting_hr: { label: 'Resting HR', unit: 'bpm', min: 25, max: 120 },
  sleep_hours: { label: 'Sleep', unit: 'h', min: 0, max: 16 },
  sleep_quality: { label: 'Sleep quality', unit: '1–5, 5 best', min: 1, max: 5 },
  soreness: { label: 'Soreness', unit: '1–5, 5 worst', min: 1, max: 5 },
  fatigue: { label: 'Fatigue', unit: '1–5, 5 worst', min: 1, max: 5 },
  mood: { label: 'Mood', unit: '1–5, 5 best', min: 1, max: 5 },
  stress: { label: 'Stress', unit: '1–5, 5 worst', min: 1, max: 5 },
  weight: { label: 'Weight', unit: 'kg', min: 25, max: 250 },
};

export const MAX_NOTE_LENGTH = 2000;

/**
 * The scale a file's subjective scores use. '1-5' is ours and the template's; '1-10' and '0-10' are
 * mapped linearly onto 1–5, so each scale's midpoint lands on our 3 (HRV4Training's sliders rest on 5).
 */
export type SubjectiveScale = '1-5' | '1-10' | '0-10';

export const SCALE_BOUNDS: Record<SubjectiveScale, { min: number; max: number }> = {
  '1-5': { min: 1, max: 5 },
  '1-10': { min: 1, max: 10 },
  '0-10': { min: 0, max: 10 },
};

/** A file's score on `scale` as a 1–5 score, to one decimal. */
export function toFivePointScale(value: number, scale: SubjectiveScale): number {
  const { min, max } = SCALE_BOUNDS[scale];
  return Math.round((1 + ((value - min) * 4) / (max - min)) * 10) / 10;
}

/** Where each field lands in a WellnessDay. */
export const DAY_KEY: Record<WellnessField, keyof Omit<WellnessDay, 'date'>> = {
  hrv_rmssd: 'hrvRmssd',
  resting_hr: 'restingHr',
  sleep_hours: 'sleepHours',
  sleep_quality: 'sleepQuality',
  soreness: 'soreness',
  fatigue: 'fatigue',
  mood: 'mood',
  stress: 'stress',
  weight: 'weightKg',
  note: 'note',
};

export function emptyWellnessDay(date: string): WellnessDay {
  return {
    date,
    hrvRmssd: null,
    restingHr: null,
    sleepHours: null,
    sleepQuality: null,
    soreness: null,
    fatigue: null,
    mood: null,
    stress: null,
    weightKg: null,
    note: null,
  };
}
