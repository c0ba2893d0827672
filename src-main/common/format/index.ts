/**
 * The one text formatter: every number, duration, pace, distance, date, weekday and counted noun the
 * domain, the renderer, the PDFs and the CLI put in front of a coach is written here, so one value
 * reads the same everywhere. Pure (Intl only): no Electron, no file system.
 */
export {
  DEFAULT_LOCALE,
  formatFileSize,
  formatMeasure,
  formatNumber,
  formatPercent,
  formatSigned,
  measureDigits,
  roundAsMeasured,
  type NumberOptions,
} from './numbers';
export { formatClock, formatDuration, formatHours, formatPace, formatTimeOfDay, type PaceDistance } from './durations';
export { formatDistance, METERS_PER_MILE, type UnitSystem } from './distances';
export {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDay,
  formatDayMonth,
  formatUtcOffset,
  weekdayName,
  weekdayNames,
  type WeekdayStyle,
} from './dates';
export { indefiniteArticle, listText, plural, pluralNoun, withArticle } from './words';
