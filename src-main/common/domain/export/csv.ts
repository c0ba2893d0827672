import type { ExportPlan, ExportSession } from './export-model';
import { workoutStepLines } from './workout-text';

/**
 * One row per planned session, for spreadsheets and apps that import CSV: RFC 4180 (comma-separated,
 * fields quoted when they hold a comma, quote or line break, CRLF rows) with a header row. Minutes,
 * kilometres and load are plain numbers so a spreadsheet can sum them. A UTF-8 byte-order mark leads the
 * file: without it Excel reads "5×1 km" as "5Ã—1 km".
 */
export const CSV_COLUMNS = [
  'date',
  'weekday',
  'week',
  'phase',
  'sport',
  'workout',
  'planned_minutes',
  'planned_km',
  'planned_load',
  'steps',
  'description',
] as const;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function buildCsv(plan: ExportPlan, sessions: readonly ExportSession[]): string {
  const rows = sessions.map((s) => [
    s.date,
    WEEKDAYS[new Date(`${s.date}T00:00:00Z`).getUTCDay()]!,
    String(s.weekIndex),
    s.phase,
    s.sport,
    s.name,
    String(Math.round(s.plannedSeconds / 60)),
    s.plannedMeters === null ? '' : (s.plannedMeters / 1000).toFixed(2),
    String(Math.round(s.plannedLoad)),
    workoutStepLines(s.definition, plan.thresholds).join(' | '),
    s.definition.description,
  ]);
  return '\ufeff' + [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  // A leading =, +, - or @ makes spreadsheets run the cell as a formula; a quote mark keeps it text.
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
