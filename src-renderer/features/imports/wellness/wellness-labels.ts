import type { WellnessDay } from '../../../../src-main/common/domain/wellness/wellness-day';
import { DATE_ORDER_LABELS, type DateOrder } from '../../../../src-main/common/domain/wellness/intake/dates';
import {
  NUMERIC_FIELDS,
  type ColumnTarget,
  type SubjectiveScale,
} from '../../../../src-main/common/domain/wellness/intake/fields';

/** What each mapping target is called in the UI, with its unit. */
export const TARGET_LABELS: Record<ColumnTarget, string> = {
  date: 'Date',
  time: 'Time of the reading (picks the first of a day)',
  hrv_ln_rmssd: 'HRV as ln rMSSD (converted to ms)',
  hrv_rmssd: `${NUMERIC_FIELDS.hrv_rmssd.label} (ms)`,
  resting_hr: `${NUMERIC_FIELDS.resting_hr.label} (bpm)`,
  sleep_hours: 'Sleep (h, or h:mm)',
  sleep_quality: `${NUMERIC_FIELDS.sleep_quality.label} (score)`,
  soreness: `${NUMERIC_FIELDS.soreness.label} (score)`,
  fatigue: `${NUMERIC_FIELDS.fatigue.label} (score)`,
  mood: `${NUMERIC_FIELDS.mood.label} (score)`,
  stress: `${NUMERIC_FIELDS.stress.label} (score)`,
  weight: `${NUMERIC_FIELDS.weight.label} (kg)`,
  note: 'Note',
};

export const SCALE_LABELS: Record<SubjectiveScale, string> = {
  '1-5': 'Scores 1–5 (kept as they are)',
  '1-10': 'Scores 1–10 (mapped onto 1–5)',
  '0-10': 'Scores 0–10 (mapped onto 1–5)',
};

export function dateOrderLabel(order: DateOrder): string {
  return DATE_ORDER_LABELS[order];
}

/** The columns of the preview table: our fields with their units. */
export const DAY_COLUMNS: { key: Exclude<keyof WellnessDay, 'date'>; label: string }[] = [
  { key: 'hrvRmssd', label: 'rMSSD (ms)' },
  { key: 'restingHr', label: 'Resting HR (bpm)' },
  { key: 'sleepHours', label: 'Sleep (h)' },
  { key: 'sleepQuality', label: 'Sleep quality (1–5)' },
  { key: 'soreness', label: 'Soreness (1–5)' },
  { key: 'fatigue', label: 'Fatigue (1–5)' },
  { key: 'mood', label: 'Mood (1–5)' },
  { key: 'stress', label: 'Stress (1–5)' },
  { key: 'weightKg', label: 'Weight (kg)' },
  { key: 'note', label: 'Note' },
];
