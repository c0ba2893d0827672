import type { WellnessDay } from '../../common/domain/wellness/wellness-day';
import {
  WELLNESS_PREVIEW_DAYS,
  type WellnessCsvPreview,
  type WellnessCsvReading,
  type WellnessImportReport,
} from '../../common/contract/wellness';
import { DELIMITER_NAMES } from '../../common/domain/wellness/intake/delimiter';
import { parseWellnessCsv, type WellnessCsvMapping, type WellnessCsvParse } from '../../common/domain/wellness/intake';
import { listWellness } from '../db/repositories/wellness';
import type { Db } from '../db/schema';
import { getAthlete } from './athletes';
import type { ServiceContext } from './context';
import { saveWellnessDays } from './wellness';

/** What a CSV would import, without writing anything: the Imports page shows it before the coach confirms. */
export function previewWellnessCsv(text: string, mapping?: WellnessCsvMapping): WellnessCsvPreview {
  const parsed = parseWellnessCsv(text, mapping);
  return { ...readingOf(parsed), firstDays: parsed.days.slice(0, WELLNESS_PREVIEW_DAYS), dayCount: parsed.days.length };
}

/**
 * Imports a wellness CSV for one athlete: every good row is written, every bad row is reported by line
 * and skipped. All rows go in one transaction, so the database never holds half a file.
 */
export async function importWellnessCsv(
  ctx: ServiceContext,
  input: { athleteId: number; fileName: string; text: string; mapping?: WellnessCsvMapping },
): Promise<WellnessImportReport> {
  await getAthlete(ctx, input.athleteId);
  const parsed = parseWellnessCsv(input.text, input.mapping);
  if (parsed.days.length > 0) {
    await ctx.db.transaction().execute((trx) => mergeWellnessDays(trx, input.athleteId, parsed.days, 'csv'));
    ctx.events.emit({ type: 'data.changed', scope: 'wellness', athleteId: input.athleteId });
  }
  // A file whose header could not be read skips every row; otherwise each bad row counts once.
  const skipped = parsed.format ? new Set(parsed.errors.map((e) => e.line)).size : parsed.rowCount;
  return {
    ...readingOf(parsed),
    fileName: input.fileName,
    athleteId: input.athleteId,
    imported: parsed.days.length,
    skipped,
    dateRange: parsed.days.length > 0 ? { from: parsed.days[0]!.date, to: parsed.days.at(-1)!.date } : null,
  };
}

/**
 * Writes wellness days over what is stored, value by value: a value the new day lacks keeps the stored
 * one, so a file with only HRV never erases the sleep another source recorded that day.
 */
export async function mergeWellnessDays(
  db: Db,
  athleteId: number,
  days: readonly WellnessDay[],
  source: string,
): Promise<void> {
  if (days.length === 0) return;
  const dates = days.map((d) => d.date).sort();
  const stored = new Map((await listWellness(db, athleteId, dates[0]!, dates.at(-1)!)).map((d) => [d.date, d]));
  const merged = days.map((day) => {
    const before = stored.get(day.date);
    if (!before) return day;
    const out = { ...before };
    for (const key of Object.keys(day) as (keyof WellnessDay)[]) {
      if (day[key] !== null) (out as Record<string, unknown>)[key] = day[key];
    }
    return out;
  });
  await saveWellnessDays(db, athleteId, merged, source);
}

function readingOf(parsed: WellnessCsvParse): WellnessCsvReading {
  return {
    format: parsed.format,
    delimiter: parsed.delimiter ? DELIMITER_NAMES[parsed.delimiter] : null,
    header: parsed.header,
    mapping: parsed.mapping,
    errors: parsed.errors,
    notices: parsed.notices,
    rowCount: parsed.rowCount,
    emptyRows: parsed.emptyRows,
  };
}
