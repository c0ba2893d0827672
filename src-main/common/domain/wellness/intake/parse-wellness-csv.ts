import { parse } from 'csv-parse/sync';
import type { WellnessDay } from '../wellness-day';
import { decideDateOrder, parseDateCell, parseTimeOfDay, type DateOrder, type DateOrderDecision } from './dates';
import { DELIMITER_NAMES, detectDelimiter, type Delimiter } from './delimiter';
import {
  DAY_KEY,
  WELLNESS_FIELDS,
  emptyWellnessDay,
  type ColumnTarget,
  type SubjectiveScale,
  type WellnessField,
} from './fields';
import { EXPECTED_HEADERS, customFormat, detectFormat, type FormatSpec, type WellnessCsvFormatId } from './formats';
import { parseFieldCell, parseNumber } from './values';
import { formatDate, formatTimeOfDay } from '../../../format';

/** The caller's own reading of a file: source column → our field, with the scale its scores use. */
export interface WellnessCsvMapping {
  columns: Record<string, ColumnTarget>;
  scale?: SubjectiveScale;
  dateOrder?: DateOrder;
}

export interface CsvRowError {
  /** 1-based line in the file, as a text editor numbers it. */
  line: number;
  column?: string;
  message: string;
}

export interface CsvNotice {
  line?: number;
  message: string;
}

export interface WellnessCsvParse {
  format: { id: WellnessCsvFormatId; label: string } | null;
  delimiter: Delimiter | null;
  header: string[];
  /** The mapping used (detected or given); null when the header is unknown and none was given. */
  mapping: Required<WellnessCsvMapping> | null;
  /** One day per date, oldest first. */
  days: WellnessDay[];
  /** Bad rows, skipped whole; a row with several bad cells has one entry per cell. Line 1 errors concern the whole file. */
  errors: CsvRowError[];
  /** What was decided or dropped without being an error: the date order, second readings of a day, repaired notes. */
  notices: CsvNotice[];
  /** Data rows read (not counting the header and blank lines). */
  rowCount: number;
  /** Rows with a date but no value (apps write placeholder rows on days without a reading). */
  emptyRows: number;
}

interface Candidate {
  line: number;
  date: string;
  timeOfDay: number | null;
  day: WellnessDay;
}

interface RawRow {
  line: number;
  fields: string[];
}

/**
 * Reads a wellness CSV: detects the delimiter and the app that wrote it from the header (or takes the
 * caller's mapping), then reads every row on its own — a row with any bad cell is reported by line and
 * skipped whole, the others are kept. Several readings on one day keep the earliest in the day (the
 * morning reading HRV baselines are built on, docs/domain.md#wellness), or the first in the file when no time is known.
 */
export function parseWellnessCsv(text: string, mapping?: WellnessCsvMapping): WellnessCsvParse {
  const result: WellnessCsvParse = {
    format: null,
    delimiter: null,
    header: [],
    mapping: null,
    days: [],
    errors: [],
    notices: [],
    rowCount: 0,
    emptyRows: 0,
  };
  const body = text.replace(/^\uFEFF/, '');
  const headerLine = body.split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (body.trim() === '') return fileError(result, 'the file is empty');
  const delimiter = detectDelimiter(headerLine);
  if (!delimiter) {
    return fileError(
      result,
      `wrong delimiter: the header is a single column with comma, semicolon and tab alike; expected ${EXPECTED_HEADERS}`,
    );
  }
  result.delimiter = delimiter;

  const rows = readRows(body, delimiter, result.errors);
  const headerRow = rows.shift();
  if (!headerRow) return fileError(result, 'the file has no header line');
  result.header = headerRow.fields.map((h) => h.trim());
  result.rowCount = rows.length;

  const spec = mapping ? checkedCustomFormat(result, mapping) : detectFormat(result.header);
  if (!spec) {
    return fileError(
      result,
      `unknown header (${result.header.join(', ')}): expected ${EXPECTED_HEADERS}; or give a column mapping`,
    );
  }
  result.format = { id: spec.id, label: spec.label };
  const columnIndex = indexColumns(result.header, spec);
  const dateColumn = Object.keys(spec.columns).find((c) => spec.columns[c] === 'date')!;
  const dateAt = columnIndex.get(dateColumn)!;

  const dateCells = rows.map((r) => r.fields[dateAt] ?? '');
  const dateOrder = decideDateOrder(dateCells, mapping?.dateOrder);
  if (dateOrder.ambiguity) result.notices.push({ message: dateOrder.ambiguity });
  const usedOrder = orderInUse(dateCells, dateOrder);
  result.mapping = { columns: spec.columns, scale: spec.scale, dateOrder: usedOrder };

  const typicalWidth = mostCommonWidth(rows);
  const candidates: Candidate[] = [];
  for (const row of rows) {
    const fields = repairSplitNote(row, spec, columnIndex, typicalWidth, result.notices);
    const shapeError = checkWidth(fields, result.header, spec, delimiter);
    if (shapeError) {
      result.errors.push({ line: row.line, message: shapeError });
      continue;
    }
    const read = readRow(row.line, fields, spec, columnIndex, dateOrder, delimiter);
    if ('errors' in read) result.errors.push(...read.errors);
    else if (read.empty) result.emptyRows++;
    else candidates.push(read.candidate);
  }
  result.days = firstReadingPerDay(candidates, result.notices);
  // Records csv-parse could not read were reported while it parsed, before the rows: put them in line order.
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}

function fileError(result: WellnessCsvParse, message: string): WellnessCsvParse {
  result.errors.push({ line: 1, message });
  return result;
}

/**
 * Every record with the line it starts on. csv-parse keeps going past a record it cannot read (an
 * unclosed quote) and reports it instead; such a record becomes an error of its line.
 */
function readRows(body: string, delimiter: Delimiter, errors: CsvRowError[]): RawRow[] {
  const records = parse(body, {
    delimiter,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) errors.push({ line: Number(error.lines), message: `unreadable CSV: ${error.message}` });
      return undefined;
    },
  }) as unknown as { info: { lines: number }; record: string[] }[];
  return records
    .filter(({ record }) => !record.every((f) => f.trim() === ''))
    .map(({ info, record }) => ({ line: info.lines, fields: record }));
}

function checkedCustomFormat(result: WellnessCsvParse, mapping: WellnessCsvMapping): FormatSpec | null {
  const columns = Object.fromEntries(Object.entries(mapping.columns).map(([c, t]) => [c.trim(), t]));
  const missing = Object.keys(columns).filter((c) => !result.header.includes(c));
  const dates = Object.values(columns).filter((t) => t === 'date').length;
  const fields = Object.values(columns).filter((t) => t !== 'date' && t !== 'time').length;
  const problem =
    missing.length > 0
      ? `the mapping names columns the header lacks: ${missing.join(', ')}`
      : dates !== 1
        ? 'the mapping must name exactly one date column'
        : fields === 0
          ? 'the mapping names no wellness column'
          : duplicateTarget(columns);
  if (problem) {
    result.errors.push({ line: 1, message: problem });
    return null;
  }
  return customFormat(result.header, columns, mapping.scale);
}

function duplicateTarget(columns: Record<string, ColumnTarget>): string | null {
  const seen = new Map<string, string>();
  for (const [column, target] of Object.entries(columns)) {
    const key = target === 'hrv_ln_rmssd' ? 'hrv_rmssd' : target;
    if (seen.has(key)) return `columns ${seen.get(key)} and ${column} are both mapped to ${target}`;
    seen.set(key, column);
  }
  return null;
}

function indexColumns(header: readonly string[], spec: FormatSpec): Map<string, number> {
  return new Map(Object.keys(spec.columns).map((c) => [c, header.indexOf(c)]));
}

/** The order the file's dates were actually read in (year-first dates decide when both shapes occur). */
function orderInUse(cells: readonly string[], decision: DateOrderDecision): DateOrder {
  const yearFirst = cells.some((c) => /^\s*\d{4}[-/.]/.test(c));
  return yearFirst ? decision.order['year-first'] : decision.order['year-last'];
}

function mostCommonWidth(rows: readonly RawRow[]): number {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [width, count] of counts) if (count > bestCount) [best, bestCount] = [width, count];
  return best;
}

/**
 * HRV4Training does not quote its notes: "Halsschmerzen, verschleimt." arrives as two fields. A row
 * wider than the file's usual rows with text in the note column gets the note's pieces joined again.
 */
function repairSplitNote(
  row: RawRow,
  spec: FormatSpec,
  columnIndex: Map<string, number>,
  typicalWidth: number,
  notices: CsvNotice[],
): string[] {
  const extra = row.fields.length - typicalWidth;
  const noteColumn = Object.keys(spec.columns).find((c) => spec.columns[c] === 'note');
  const at = noteColumn === undefined ? -1 : columnIndex.get(noteColumn)!;
  if (!spec.tolerateExtraFields || extra <= 0 || at < 0 || !row.fields[at]?.trim()) return row.fields;
  const note = row.fields.slice(at, at + extra + 1).join(',');
  notices.push({ line: row.line, message: `the note held an unquoted comma; read as "${note.trim()}"` });
  return [...row.fields.slice(0, at), note, ...row.fields.slice(at + extra + 1)];
}

function checkWidth(
  fields: readonly string[],
  header: readonly string[],
  spec: FormatSpec,
  delimiter: Delimiter,
): string | null {
  if (fields.length === 1 && header.length > 1) {
    return `wrong delimiter: the row is one field, but this file's header is ${DELIMITER_NAMES[delimiter]}-separated`;
  }
  if (fields.length < header.length) {
    const missing = header.slice(fields.length);
    return `missing columns: ${fields.length} fields where the header has ${header.length} (no ${missing.join(', ')})`;
  }
  const extra = fields.slice(header.length);
  if (!spec.tolerateExtraFields && extra.some((f) => f.trim() !== '')) {
    return `${fields.length} fields where the header has ${header.length}: quote values that contain a ${DELIMITER_NAMES[delimiter]}`;
  }
  return null;
}

type RowRead = { errors: CsvRowError[] } | { empty: true } | { empty: false; candidate: Candidate };

function readRow(
  line: number,
  fields: readonly string[],
  spec: FormatSpec,
  columnIndex: Map<string, number>,
  dateOrder: DateOrderDecision,
  delimiter: Delimiter,
): RowRead {
  const errors: CsvRowError[] = [];
  let date: string | null = null;
  let timeOfDay: number | null = null;
  const values = new Map<WellnessField, number | string>();
  const ctx = { scale: spec.scale, decimalComma: delimiter !== ',' };
  const noReading = isZeroReading(fields, spec, columnIndex);

  for (const [column, target] of Object.entries(spec.columns)) {
    const cell = (fields[columnIndex.get(column)!] ?? '').trim();
    if (target === 'date') {
      const parsed = parseDateCell(cell, dateOrder);
      if (parsed.ok) date = parsed.date;
      else errors.push({ line, column, message: cell === '' ? 'the date is missing' : parsed.message });
      timeOfDay ??= parseTimeOfDay(cell);
      continue;
    }
    if (target === 'time') {
      timeOfDay = parseTimeOfDay(cell) ?? timeOfDay;
      continue;
    }
    if (spec.placeholders.includes(cell)) continue;
    if (noReading && (target === 'hrv_rmssd' || target === 'resting_hr')) continue;
    if (spec.zeroSleepMeansNone && target === 'sleep_hours' && cell === '00:00') continue;
    const parsed = parseFieldCell(cell, target, ctx);
    if (!parsed.ok) errors.push({ line, column, message: parsed.message });
    else values.set(target === 'hrv_ln_rmssd' ? 'hrv_rmssd' : target, parsed.value);
  }
  if (errors.length > 0) return { errors };
  if (values.size === 0) return { empty: true };
  const day = emptyWellnessDay(date!);
  for (const field of WELLNESS_FIELDS) {
    const value = values.get(field);
    if (value !== undefined) (day as unknown as Record<string, unknown>)[DAY_KEY[field]] = value;
  }
  return { empty: false, candidate: { line, date: date!, timeOfDay, day } };
}

/**
 * HRV4Training's rows for days without a measurement carry HR 0 and rMSSD 0 (at 01:00): not a bad
 * reading, which the range checks would reject, but none at all.
 */
function isZeroReading(fields: readonly string[], spec: FormatSpec, columnIndex: Map<string, number>): boolean {
  if (!spec.zeroReadingMeansNone) return false;
  const cells = Object.keys(spec.columns)
    .filter((c) => spec.columns[c] === 'hrv_rmssd' || spec.columns[c] === 'resting_hr')
    .map((c) => (fields[columnIndex.get(c)!] ?? '').trim());
  return cells.length > 0 && cells.every((cell) => parseNumber(cell, false) === 0);
}

function firstReadingPerDay(candidates: Candidate[], notices: CsvNotice[]): WellnessDay[] {
  const byDate = new Map<string, Candidate>();
  for (const c of candidates) {
    const kept = byDate.get(c.date);
    if (!kept) {
      byDate.set(c.date, c);
      continue;
    }
    const later = c.timeOfDay !== null && kept.timeOfDay !== null && c.timeOfDay < kept.timeOfDay ? kept : c;
    const first = later === c ? kept : c;
    byDate.set(c.date, first);
    notices.push({
      line: later.line,
      message: `a second reading on ${formatDate(c.date)}${clock(later.timeOfDay)} was not imported; the earlier one on line ${first.line}${clock(first.timeOfDay)} was kept`,
    });
  }
  return [...byDate.values()].map((c) => c.day).sort((a, b) => a.date.localeCompare(b.date));
}

function clock(minutes: number | null): string {
  if (minutes === null) return '';
  return ` (${formatTimeOfDay(minutes)})`;
}
