import { z } from 'zod';
import { COLUMN_TARGETS } from '../domain/wellness/intake/fields';
import type { CsvNotice, CsvRowError, WellnessCsvFormatId } from '../domain/wellness/intake';
import { freeText } from '../domain/free-text';
import type { WellnessDay } from '../domain/wellness/wellness-day';
import { call } from './call';
import { idSchema } from './schemas';

export type { CsvNotice, CsvRowError };

/** Source column → what it holds; with the scale of its 1–5/1–10/0–10 scores and the order of its dates. */
export const wellnessCsvMappingSchema = z
  .object({
    columns: z.record(freeText().trim().min(1).max(200), z.enum(COLUMN_TARGETS)),
    scale: z.enum(['1-5', '1-10', '0-10']).optional(),
    dateOrder: z.enum(['ymd', 'ydm', 'dmy', 'mdy']).optional(),
  })
  .strict();
export type WellnessCsvMappingInput = z.infer<typeof wellnessCsvMappingSchema>;

/** How a file was (or would be) read. */
export interface WellnessCsvReading {
  format: { id: WellnessCsvFormatId; label: string } | null;
  /** 'comma', 'semicolon' or 'tab'; null when no delimiter splits the header. */
  delimiter: string | null;
  header: string[];
  mapping: Required<WellnessCsvMappingInput> | null;
  /** Bad rows, by line (line 1: the whole file). */
  errors: CsvRowError[];
  notices: CsvNotice[];
  rowCount: number;
  emptyRows: number;
}

export interface WellnessCsvPreview extends WellnessCsvReading {
  /** The first days that would be imported, oldest first. */
  firstDays: WellnessDay[];
  dayCount: number;
}

export interface WellnessImportReport extends WellnessCsvReading {
  fileName: string;
  athleteId: number;
  /** Days written (a day's values merge into what is stored: empty cells erase nothing). */
  imported: number;
  /** Data rows skipped because a cell was bad (see errors). */
  skipped: number;
  dateRange: { from: string; to: string } | null;
}

export const WELLNESS_PREVIEW_DAYS = 10;
/** 5 MB of text: decades of daily rows; anything larger is not a wellness export. */
export const WELLNESS_CSV_MAX_CHARS = 5_000_000;
export const WELLNESS_CSV_TOO_LARGE = 'the file is larger than 5 MB';
const csvTextSchema = freeText().max(WELLNESS_CSV_MAX_CHARS, WELLNESS_CSV_TOO_LARGE);

/** Calls of the wellness CSV intake. */
export const wellnessCalls = {
  'wellness.previewCsv': call<WellnessCsvPreview>()(
    z.object({ text: csvTextSchema, mapping: wellnessCsvMappingSchema.optional() }).strict(),
  ),
  'wellness.importCsv': call<WellnessImportReport>()(
    z
      .object({
        athleteId: idSchema,
        fileName: freeText().trim().min(1).max(255),
        text: csvTextSchema,
        mapping: wellnessCsvMappingSchema.optional(),
      })
      .strict(),
  ),
} as const;
