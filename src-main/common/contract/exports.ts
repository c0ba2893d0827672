import { z } from 'zod';
import { isoDateSchema } from '../domain/accepted-dates';
import { call } from './call';
import { idSchema } from './schemas';

/**
 * Exports to athletes: plans as calendar, spreadsheet, PDF or a zip bundle, and planned workouts as
 * files their devices and apps open. Files are made in the main process and returned as bytes (base64)
 * with a safe file name; the renderer saves them (Electron's save dialog, or a download in browser mode).
 */
export const WORKOUT_FILE_FORMATS = ['fit', 'zwo', 'erg', 'mrc', 'txt', 'html'] as const;
export type WorkoutFileFormat = (typeof WORKOUT_FILE_FORMATS)[number];
export const workoutFileFormatSchema = z.enum(WORKOUT_FILE_FORMATS);

export const PLAN_FILE_FORMATS = ['ics', 'csv', 'pdf', 'zip'] as const;
export type PlanFileFormat = (typeof PLAN_FILE_FORMATS)[number];

/** What each workout format is for, as the export dialog and the CLI describe it. */
export const WORKOUT_FORMAT_LABELS: Record<WorkoutFileFormat, string> = {
  fit: 'Garmin / Wahoo / Coros (FIT)',
  zwo: 'Zwift (ZWO, bike and run)',
  erg: 'ERG trainer file (watts, bike)',
  mrc: 'MRC trainer file (% FTP, bike)',
  txt: 'Plain text',
  html: 'Web page (HTML)',
};

export const workoutFormatsSchema = z
  .array(workoutFileFormatSchema)
  .min(1, 'choose at least one workout format')
  .max(WORKOUT_FILE_FORMATS.length)
  .refine((formats) => new Set(formats).size === formats.length, { message: 'each workout format once' });

export const poolLengthSchema = z.number().min(10, 'a pool is at least 10 m').max(100, 'a pool is at most 100 m');

export const exportPreferencesSchema = z
  .object({ athleteId: idSchema, workoutFormats: workoutFormatsSchema, poolLengthMeters: poolLengthSchema })
  .strict();

export interface ExportPreferences {
  athleteId: number;
  workoutFormats: WorkoutFileFormat[];
  poolLengthMeters: number;
  /** False until the coach saves preferences for this athlete (the defaults are then shown). */
  saved: boolean;
}

export const planExportSchema = z
  .object({
    planId: idSchema,
    format: z.enum(PLAN_FILE_FORMATS),
    /** Inclusive date range; defaults to the whole plan. */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    /** For PDFs: one week of the block (1-based) instead of the whole range. */
    week: z.number().int().min(1).max(30).optional(),
    /** Privacy default: coach-only material (change log reasons, feasibility notes) stays out unless ticked. */
    includeCoachNotes: z.boolean().default(false),
    /** For bundles: overrides the athlete's saved workout formats. */
    workoutFormats: workoutFormatsSchema.optional(),
  })
  .strict()
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: 'the range must not end before it starts',
    path: ['to'],
  })
  .refine((input) => input.week === undefined || input.format === 'pdf', {
    message: 'a single week is exported as a PDF',
    path: ['week'],
  });
export type PlanExportInput = z.output<typeof planExportSchema>;

export interface ExportedFile {
  /** Safe on every OS, no folders: the renderer offers it as the default name. */
  fileName: string;
  mimeType: string;
  base64: string;
  byteLength: number;
  /** What could not be written exactly, e.g. a pace target for an athlete without threshold pace. */
  warnings: string[];
  /** One line for the coach: "42 sessions, 2027-01-04 to 2027-04-18". */
  summary: string;
}

export const exportCalls = {
  'exports.preferences': call<ExportPreferences>()(z.object({ athleteId: idSchema }).strict()),
  'exports.savePreferences': call<ExportPreferences>()(exportPreferencesSchema),
  'exports.plan': call<ExportedFile>()(planExportSchema),
  'exports.workout': call<ExportedFile>()(
    z.object({ plannedWorkoutId: idSchema, format: workoutFileFormatSchema }).strict(),
  ),
} as const;
