/**
 * Numbers as the app writes them in every sentence, table, chart, PDF and CLI line: rounded once, by
 * Intl.NumberFormat (half away from zero on the decimal a coach reads, so 0.715 is 0.72 everywhere),
 * with a true minus sign and never a "-0" for a value that rounds to zero.
 */

/** The app's wording is British English: "7 Dec 2026", "1 h 5 min". */
export const DEFAULT_LOCALE = 'en-GB';

const MINUS = '\u2212';

export interface NumberOptions {
  /** Drop trailing zeros: 10 rather than 10.0, 9.5 rather than 9.50. */
  trim?: boolean;
  /** "+5", "−8", "0": for changes and form, where the sign is the news. */
  signed?: boolean;
  locale?: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(digits: number, options: NumberOptions): Intl.NumberFormat {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const key = `${locale}|${digits}|${options.trim ? 1 : 0}|${options.signed ? 1 : 0}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: options.trim ? 0 : digits,
      maximumFractionDigits: digits,
      useGrouping: false,
      signDisplay: options.signed ? 'exceptZero' : 'negative',
    });
    formatters.set(key, format);
  }
  return format;
}

/** `value` with `digits` decimals; an em dash when there is no value. */
export function formatNumber(value: number | null | undefined, digits = 0, options: NumberOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat(digits, options).format(value).replace('-', MINUS);
}

/** "+5", "−8", "+4.9", "0". */
export function formatSigned(
  value: number | null | undefined,
  digits = 0,
  options: Omit<NumberOptions, 'signed'> = {},
): string {
  return formatNumber(value, digits, { ...options, signed: true });
}

/** A share (0.08) as "8 %". */
export function formatPercent(share: number, digits = 0, options: NumberOptions = {}): string {
  return `${formatNumber(share * 100, digits, options)} %`;
}

/**
 * How many decimals a measured value (ms of rMSSD, bpm, TSS, a ratio such as ACWR) is written with:
 * whole units from 10 up, two decimals below it, none for a whole number.
 */
export function measureDigits(value: number): number {
  return Math.abs(value) < 10 && !Number.isInteger(value) ? 2 : 0;
}

/**
 * "41 ms", "1.35": a measured value as every sentence, chart label and tooltip writes it. Written from
 * its rounded value, so 9.996 reads "10" (not "10.00") just as the stored 10 does.
 */
export function formatMeasure(value: number, unit = ''): string {
  const rounded = roundAsMeasured(value);
  const text = formatNumber(rounded, measureDigits(rounded));
  return unit ? `${text} ${unit}` : text;
}

/**
 * The value formatMeasure writes, as a number (41.37 → 41, 9.437 → 9.44): what a stored figure is
 * rounded to, so the number kept, the line a chart draws and the figure a sentence prints are one.
 */
export function roundAsMeasured(value: number): number {
  if (!Number.isFinite(value)) return value;
  // Rounded by the Intl formatter that writes numbers (half away from zero on the decimal shown), in a
  // locale whose decimal point Number() reads.
  return Number(numberFormat(measureDigits(value), { locale: 'en-GB' }).format(value));
}

const FILE_SIZE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** A file's size as file managers write it, in steps of 1024: "800 KB", "128 MB", "1.5 GB". */
export function formatFileSize(bytes: number, options: Omit<NumberOptions, 'signed' | 'trim'> = {}): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < FILE_SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, unit === 0 || value >= 10 ? 0 : 1, { ...options, trim: true })} ${FILE_SIZE_UNITS[unit]}`;
}
