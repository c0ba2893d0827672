import { stringify } from 'csv-stringify/sync';
import type { ExportPlan, ExportSession } from './export-model';
import { workoutStepLines } from './workout-text';
import { weekdayName } from '../../format';

/**
 * One row per planned session, for spreadsheets and apps that import CSV: RFC 4180 (comma-separated,
 * fields quoted when they hold a comma, quote or line break, CRLF rows) with a header row. Minutes,
 * kilometres and load are plain numbers so a spreadsheet can sum them. A UTF-8 byte-order mark leads the
 * file: without it Excel reads "5×1 km" as "5Ã—1 km".
 *
 * The week_*_km columns repeat the session's week's planned distance per sport on every row of that week
 * (empty when the sport has none), so a filter by week shows its volume without summing rows by hand.
 * They come last so tools reading the earlier columns by position keep working.
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
  'week_run_km',
  'week_bike_km',
  'week_swim_km',
] as const;

export function buildCsv(plan: ExportPlan, sessions: readonly ExportSession[]): string {
  const weekKm = new Map(plan.weeks.map((w) => [w.index, w.plannedDistanceKm]));
  const km = (value: number | undefined) => (value === undefined ? '' : value.toFixed(1));
  const rows = sessions.map((s) => [
    s.date,
    weekdayName(s.date, 'long'),
    String(s.weekIndex),
    s.phase,
    s.sport,
    s.name,
    String(Math.round(s.plannedSeconds / 60)),
    s.plannedMeters === null ? '' : (s.plannedMeters / 1000).toFixed(2),
    String(Math.round(s.plannedLoad)),
    workoutStepLines(s.definition, plan.thresholds).join(' | '),
    s.definition.description,
    km(weekKm.get(s.weekIndex)?.run),
    km(weekKm.get(s.weekIndex)?.bike),
    km(weekKm.get(s.weekIndex)?.swim),
  ]);
  return writeCsv([[...CSV_COLUMNS], ...rows]);
}

/**
 * Rows of text cells as every CSV this app writes them: RFC 4180 (fields quoted when they hold a comma,
 * quote or line break, CRLF rows), a UTF-8 byte-order mark (without it Excel reads "5×1 km" as "5Ã—1 km"),
 * and each cell neutralised against formula injection.
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return stringify(rows as string[][], {
    bom: true,
    record_delimiter: 'windows',
    // csv-stringify quotes a field holding its own record delimiter (CRLF) but not a lone CR or LF;
    // RFC 4180 wants any line break quoted, or a spreadsheet starts a new row inside a description.
    quoted_match: /[\r\n]/,
    cast: { string: neutraliseFormula },
  });
}

/** A number as this writer prints them (-5, 0.5, -0.25): a spreadsheet keeps it a number, so it can sum it. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/**
 * What makes a spreadsheet read a cell as a formula: OWASP's CSV-injection list (= + - @, tab, CR, LF, NUL)
 * and a leading space, since Excel and LibreOffice skip leading blanks before an "=".
 */
const FORMULA_START = /^[=+\-@\t\r\n\0 ]/;

/**
 * A cell's text neutralised against formula injection: a leading single quote keeps any text that starts
 * like a formula as text ("-1+HYPERLINK(…)" included); csv-stringify then quotes it per RFC 4180. Every
 * CSV this app writes passes its cells through it.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
