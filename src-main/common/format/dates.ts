import { DEFAULT_LOCALE } from './numbers';

/**
 * Calendar dates as the app names them everywhere: "7 Dec 2026", "7 Dec", "Mon 7 Dec", "5–7 Dec", and
 * weekday names. Dates are calendar days ('YYYY-MM-DD'), formatted in UTC so the machine's time zone
 * never moves a day; which day an instant falls on is decided before it gets here.
 */

const STYLES = {
  date: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  dayMonth: { day: 'numeric', month: 'short', timeZone: 'UTC' },
  day: { day: 'numeric', timeZone: 'UTC' },
  short: { weekday: 'short', timeZone: 'UTC' },
  long: { weekday: 'long', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, style: keyof typeof STYLES): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = formatters.get(key);
  if (!format) {
    // Built once: each toLocaleDateString call builds a formatter, and a 3-year chart axis formats over
    // 1 000 dates to decide which labels fit.
    format = new Intl.DateTimeFormat(locale, STYLES[style]);
    formatters.set(key, format);
  }
  return format;
}

function dayOf(isoDate: string): Date {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a calendar date: "${isoDate}"`);
  return date;
}

/** "7 Dec 2026": unambiguous whatever the reader's day/month order. */
export function formatDate(isoDate: string, locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, 'date').format(dayOf(isoDate));
}

/** "7 Dec": within a plan or a finding, where the year is plain. */
export function formatDayMonth(isoDate: string, locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, 'dayMonth').format(dayOf(isoDate));
}

/** "Mon 7 Dec": a day of a plan or of a run of mornings. */
export function formatDay(isoDate: string, locale = DEFAULT_LOCALE): string {
  return `${weekdayName(isoDate, 'short', locale)} ${formatDayMonth(isoDate, locale)}`;
}

/** "5–7 Dec", "28 Feb–3 Mar", "29 Dec 2026–2 Jan 2027", or "7 Dec" for a single day. */
export function formatDateRange(fromIso: string, toIso: string, locale = DEFAULT_LOCALE): string {
  if (fromIso === toIso) return formatDayMonth(fromIso, locale);
  if (fromIso.slice(0, 4) !== toIso.slice(0, 4)) return `${formatDate(fromIso, locale)}–${formatDate(toIso, locale)}`;
  if (fromIso.slice(0, 7) === toIso.slice(0, 7)) {
    const day = dateFormat(locale, 'day').format(dayOf(fromIso));
    return `${day}–${formatDayMonth(toIso, locale)}`;
  }
  return `${formatDayMonth(fromIso, locale)}–${formatDayMonth(toIso, locale)}`;
}

/** "7 Dec 2026, 14:05": an instant (a change, an import) in the given zone, the machine's when omitted. */
export function formatDateTime(instant: string | Date, timeZone?: string, locale = DEFAULT_LOCALE): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: "${String(instant)}"`);
  const key = `${locale}|time|${timeZone ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    };
    format = new Intl.DateTimeFormat(locale, timeZone ? { ...options, timeZone } : options);
    formatters.set(key, format);
  }
  return format.format(date);
}

export type WeekdayStyle = 'short' | 'long';

/** "Mon" or "Monday". */
export function weekdayName(isoDate: string, style: WeekdayStyle = 'short', locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, style).format(dayOf(isoDate));
}

/** 1970-01-05 was a Monday: the week the names are read from. */
const A_MONDAY = '1970-01-05';

/** The seven weekday names, Monday first, as the planner's week runs. */
export function weekdayNames(style: WeekdayStyle = 'short', locale = DEFAULT_LOCALE): string[] {
  return Array.from({ length: 7 }, (_, i) =>
    weekdayName(new Date(Date.parse(`${A_MONDAY}T00:00:00Z`) + i * 86_400_000).toISOString(), style, locale),
  );
}

/** "UTC+1", "UTC−5", "UTC+5:30", "UTC": an offset from UTC in minutes, as a coach reads a zone. */
export function formatUtcOffset(minutes: number): string {
  if (!Number.isFinite(minutes)) throw new RangeError(`Not an offset: ${minutes}`);
  const whole = Math.round(minutes);
  if (whole === 0) return 'UTC';
  const hours = Math.floor(Math.abs(whole) / 60);
  const rest = Math.abs(whole) % 60;
  return `UTC${whole > 0 ? '+' : '−'}${hours}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`;
}
