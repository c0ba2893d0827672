import { TEMPLATE_HEADER, WELLNESS_FIELDS, type ColumnTarget, type SubjectiveScale } from './fields';

export type WellnessCsvFormatId = 'hrv4training' | 'elite-hrv' | 'template' | 'custom';

/** How a file's columns are read: which column is what, and the quirks of the app that wrote it. */
export interface FormatSpec {
  id: WellnessCsvFormatId;
  label: string;
  columns: Record<string, ColumnTarget>;
  scale: SubjectiveScale;
  /** Cells that mean "nothing recorded". */
  placeholders: readonly string[];
  /** HRV4Training writes a 0 HR and 0 rMSSD (at 01:00) on days without a measurement. */
  zeroReadingMeansNone: boolean;
  /** HRV4Training writes "00:00" sleep on days the questionnaire was skipped. */
  zeroSleepMeansNone: boolean;
  /**
   * HRV4Training's exports are not quoted: a trailing comma and locale decimal commas ("45,6749")
   * in the trailing location columns make rows longer than the header, and a comma in a note splits it.
   */
  tolerateExtraFields: boolean;
}

/**
 * HRV4Training's "myMeasurements" export (GoldenCheetah's test files): the iPhone app writes
 * `timestamp_measurement` (older exports without `date`), the Android app `date` + `time`. `rMSSD` is
 * in milliseconds in every variant — AVNN and SDNN beside it are in ms and the values (16–170) sit in
 * the ms range; the app's log-scaled score is the separate `HRV4T_Recovery_Points`. `HR` is the mean
 * heart rate of the morning reading. The questionnaire's sliders are on a 0–10 scale resting on 5
 * (0 occurs in the Android sample), with higher sleep quality better and higher soreness and fatigue
 * worse (the fatigue-8.5 mornings in the Android sample have the lowest rMSSD). `mental_energy` has no
 * counterpart among our fields and is not imported.
 */
function hrv4Training(header: readonly string[]): FormatSpec | null {
  const has = (name: string) => header.includes(name);
  if (!has('rMSSD') || !(has('HRV4T_Recovery_Points') || has('timestamp_measurement'))) return null;
  const columns: Record<string, ColumnTarget> = {};
  const android = has('date') && has('time');
  if (has('date')) columns.date = 'date';
  else if (has('timestamp_measurement')) columns.timestamp_measurement = 'date';
  else return null;
  if (android) columns.time = 'time';
  else if (has('date') && has('timestamp_measurement')) columns.timestamp_measurement = 'time';
  const optional: Record<string, ColumnTarget> = {
    rMSSD: 'hrv_rmssd',
    HR: 'resting_hr',
    sleep_time: 'sleep_hours',
    sleep_quality: 'sleep_quality',
    muscle_soreness: 'soreness',
    fatigue: 'fatigue',
    note: 'note',
  };
  for (const [name, target] of Object.entries(optional)) if (has(name)) columns[name] = target;
  return {
    id: 'hrv4training',
    label: android ? 'HRV4Training (Android)' : 'HRV4Training (iPhone)',
    columns,
    scale: '0-10',
    placeholders: ['', '-'],
    zeroReadingMeansNone: true,
    zeroSleepMeansNone: true,
    tolerateExtraFields: true,
  };
}

/**
 * Elite HRV's export: `Rmssd` in ms (its `lnRmssd` is ln of it — 3.7105 for 40.87 in the sample — and
 * `HRV` the app's 0–100 score derived from it), `HR` the reading's mean heart rate, `Datetime` the time
 * that picks the first reading of a day.
 */
function eliteHrv(header: readonly string[]): FormatSpec | null {
  if (!header.includes('Rmssd') || !header.includes('Date')) return null;
  const columns: Record<string, ColumnTarget> = { Date: 'date', Rmssd: 'hrv_rmssd' };
  if (header.includes('Datetime')) columns.Datetime = 'time';
  if (header.includes('HR')) columns.HR = 'resting_hr';
  return { ...strictDefaults, id: 'elite-hrv', label: 'Elite HRV', columns };
}

const strictDefaults = {
  scale: '1-5' as const,
  placeholders: [''],
  zeroReadingMeansNone: false,
  zeroSleepMeansNone: false,
  tolerateExtraFields: false,
};

/** Our template: `date`, then any subset of the fields in any order (names compared case-insensitively). */
function template(header: readonly string[]): FormatSpec | null {
  const names = header.map((h) => h.toLowerCase());
  if (names[0] !== 'date' || names.length < 2) return null;
  const rest = names.slice(1);
  if (!rest.every((n) => (WELLNESS_FIELDS as readonly string[]).includes(n)) || new Set(rest).size !== rest.length)
    return null;
  const columns = Object.fromEntries(header.map((h, i) => [h, names[i] as ColumnTarget]));
  return { ...strictDefaults, id: 'template', label: 'Wellness template', columns };
}

/** The format a header belongs to, or null when it is none we know. */
export function detectFormat(header: readonly string[]): FormatSpec | null {
  return hrv4Training(header) ?? eliteHrv(header) ?? template(header);
}

/**
 * The caller's mapping. When the header is one we know, the quirks of the app that wrote it (its
 * placeholders, its scale, its unquoted extra fields) still apply: the mapping only changes the columns.
 */
export function customFormat(
  header: readonly string[],
  columns: Record<string, ColumnTarget>,
  scale: SubjectiveScale | undefined,
): FormatSpec {
  const known = detectFormat(header);
  if (known)
    return { ...known, id: 'custom', label: `${known.label}, columns as mapped`, columns, scale: scale ?? known.scale };
  return {
    ...strictDefaults,
    id: 'custom',
    label: 'Custom column mapping',
    columns,
    scale: scale ?? '1-5',
    placeholders: ['', '-'],
  };
}

export const EXPECTED_HEADERS =
  `the template header ${TEMPLATE_HEADER} (date, then any of these columns), ` +
  'an HRV4Training export (timestamp_measurement or date, rMSSD, HR, …) or an Elite HRV export (Date, Datetime, Rmssd, HR, …)';
