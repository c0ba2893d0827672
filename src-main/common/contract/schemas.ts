import { z } from 'zod';
import { canonicalTimeZone, timeZoneError } from '../domain/time-zone';

export const SPORTS = ['run', 'bike', 'swim', 'tri', 'row', 'ski', 'walk', 'strength', 'other'] as const;
export const sportSchema = z.enum(SPORTS);
export type Sport = z.infer<typeof sportSchema>;

/** How every screen and exported file names a sport. */
export const SPORT_LABELS: Record<Sport, string> = {
  run: 'Run',
  bike: 'Bike',
  swim: 'Swim',
  tri: 'Triathlon',
  row: 'Row',
  ski: 'Ski',
  walk: 'Walk',
  strength: 'Strength',
  other: 'Other',
};

export const THRESHOLD_METRICS = [
  'ftp',
  'lthr',
  'maxHr',
  'restingHr',
  'thresholdPace',
  'css',
  'weight',
] as const;
export const thresholdMetricSchema = z.enum(THRESHOLD_METRICS);
export type ThresholdMetric = z.infer<typeof thresholdMetricSchema>;

export const EVENT_KINDS = ['travel', 'illness', 'injury', 'life_stress', 'race', 'note'] as const;
export const eventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof eventKindSchema>;

export const idSchema = z.number().int().positive();

/**
 * The dates any call accepts. No training record a coach brings predates 1980 (the first wireless
 * heart-rate monitor, Polar's Sport Tester PE2000, came in 1982), and nothing is planned more than
 * ten years ahead. The bound also keeps every call quick: a day-by-day series (a PMC seed, a plan's
 * projection to race day) from year 0000 or to year 9999 would hold millions of days.
 */
export const EARLIEST_ACCEPTED_DATE = '1980-01-01';
export const YEARS_ACCEPTED_AHEAD = 10;

/** The last accepted date: 31 December, YEARS_ACCEPTED_AHEAD years after `today`'s year. */
export function latestAcceptedDate(today: Date): string {
  return `${today.getUTCFullYear() + YEARS_ACCEPTED_AHEAD}-12-31`;
}

/** Every date field of the contract: an ISO calendar date inside the accepted range (read against the clock when validated). */
export const isoDateSchema = z.iso.date().pipe(
  z.string().superRefine((date, ctx) => {
    const latest = latestAcceptedDate(new Date());
    if (date < EARLIEST_ACCEPTED_DATE || date > latest) {
      ctx.addIssue({ code: 'custom', message: `must be a date from ${EARLIEST_ACCEPTED_DATE} to ${latest}, got ${date}` });
    }
  }),
);
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

/**
 * Half of a UTF-16 surrogate pair standing alone. JSON and IPC carry one, but no encoding can store it:
 * SQLite, a PDF or an exported file would silently write U+FFFD (�) in its place.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses text holding a lone surrogate, saying where, so the field is named instead of the text silently changed. */
export const WELL_FORMED_TEXT = z.superRefine<string>((text, ctx) => {
  const found = LONE_SURROGATE.exec(text);
  if (!found) return;
  const lines = text.slice(0, found.index).split('\n');
  // Counted in characters as a person sees them: an emoji earlier on the line is one, not two.
  const column = [...lines.at(-1)!].length + 1;
  const where = lines.length > 1 ? `line ${lines.length}, character ${column}` : `character ${column}`;
  ctx.addIssue({ code: 'custom', message: `holds a broken character at ${where} (half of a UTF-16 surrogate pair, which cannot be stored): retype or remove it` });
});

/** Every field a person types or a file names (names, notes, reasons, CSV text) is a freeText(). */
export function freeText() {
  return z.string().check(WELL_FORMED_TEXT);
}

/** Plausible ranges guard against unit mix-ups (e.g. pace typed in min/km instead of seconds). */
export const thresholdRanges: Record<ThresholdMetric, { min: number; max: number; unit: string }> = {
  ftp: { min: 30, max: 700, unit: 'W' },
  lthr: { min: 80, max: 220, unit: 'bpm' },
  maxHr: { min: 100, max: 240, unit: 'bpm' },
  restingHr: { min: 25, max: 110, unit: 'bpm' },
  thresholdPace: { min: 120, max: 900, unit: 's/km' },
  css: { min: 50, max: 300, unit: 's/100m' },
  weight: { min: 25, max: 250, unit: 'kg' },
};

export const thresholdValuesSchema = z
  .object(
    Object.fromEntries(
      THRESHOLD_METRICS.map((m) => [
        m,
        z.number().min(thresholdRanges[m].min).max(thresholdRanges[m].max).optional(),
      ]),
    ) as Record<ThresholdMetric, z.ZodOptional<z.ZodNumber>>,
  )
  .strict();
export type ThresholdValues = Partial<Record<ThresholdMetric, number>>;

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
