import { z } from 'zod';
import { isoDateSchema } from '../domain/accepted-dates';
import { freeText } from '../domain/free-text';
import { sportSchema } from '../domain/sports';
import { thresholdValuesSchema } from '../domain/thresholds';
import { canonicalTimeZone, timeZoneError } from '../domain/time-zone';

export const idSchema = z.number().int().positive();

/** A wall-clock date and time without an offset, to the minute ("2026-12-01T07:30"), as a datetime-local input gives it. */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Give a date and time as YYYY-MM-DDTHH:MM, e.g. 2026-12-01T07:30')
  .refine((value) => isCalendarDateTime(value), 'No such date or time of day');

/** Date.parse rolls 30 February over into March: a real date-time reads back as written. */
function isCalendarDateTime(value: string): boolean {
  const ms = Date.parse(`${value}:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 16) === value;
}

/** An IANA time zone, stored under its canonical name ("europe/berlin" → "Europe/Berlin"). */
export const timeZoneSchema = z.string().transform((zone, ctx) => {
  const canonical = canonicalTimeZone(zone);
  if (canonical === null) {
    ctx.addIssue({ code: 'custom', message: timeZoneError(zone) });
    return z.NEVER;
  }
  return canonical;
});

export const newAthleteSchema = z
  .object({
    name: freeText().trim().min(1, 'name is required').max(120),
    sports: z.array(sportSchema).min(1, 'at least one sport').default(['run']),
    sex: z.enum(['female', 'male']).nullable().default(null),
    birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
    notes: freeText().max(10_000).default(''),
    tags: z.array(freeText().trim().min(1).max(40)).default([]),
    /** Default: the coach's (this machine's) zone. */
    timeZone: timeZoneSchema.optional(),
    thresholds: thresholdValuesSchema.default({}),
    thresholdsFrom: isoDateSchema.optional(),
  })
  .strict();
export type NewAthlete = z.input<typeof newAthleteSchema>;

export const athletePatchSchema = z
  .object({
    name: freeText().trim().min(1).max(120).optional(),
    sports: z.array(sportSchema).min(1).optional(),
    sex: z.enum(['female', 'male']).nullable().optional(),
    birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
    notes: freeText().max(10_000).optional(),
    tags: z.array(freeText().trim().min(1).max(40)).optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .strict();

export const settingsSchema = z
  .object({
    theme: z.enum(['system', 'light', 'dark']),
    units: z.enum(['metric', 'imperial']),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = { theme: 'system', units: 'metric' };
