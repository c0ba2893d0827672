import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDay,
  formatDayMonth,
  formatUtcOffset,
  formatDistance,
  formatDuration,
  formatFileSize,
  formatHours,
  formatMeasure,
  formatNumber,
  formatPace,
  formatPercent,
  formatSigned,
  formatTimeOfDay,
  plural,
  pluralNoun,
  roundAsMeasured,
  weekdayName,
  weekdayNames,
  withArticle,
} from '../../../src-main/common/format';

const MINUS = '\u2212';

describe('one text formatter', () => {
  it.each([
    [59.6, '1:00'],
    [59.4, '0:59'],
    [0, '0:00'],
    [-0.4, '0:00'],
    [-75, `${MINUS}1:15`],
    [3599.5, '1:00:00'],
    [3723, '1:02:03'],
    [36_000, '10:00:00'],
  ])('clock: %s s is %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });

  it.each([
    [299.6, 'km', '5:00 /km'],
    [299.4, 'km', '4:59 /km'],
    [240, 'km', '4:00 /km'],
    [95.5, '100 m', '1:36 /100 m'],
    [4500, 'mi', '75:00 /mi'],
    [0, undefined, '0:00'],
  ] as const)('pace: %s s per %s is %s', (seconds, per, text) => {
    expect(formatPace(seconds, per)).toBe(text);
  });

  it.each([
    [0, 'minute', '0 min'],
    [29, 'minute', '0 min'],
    [45 * 60, 'minute', '45 min'],
    [3900, 'minute', '1 h 5 min'],
    [3599.6, 'minute', '1 h'],
    [7200, 'minute', '2 h'],
    [0, 'second', '0 s'],
    [30, 'second', '30 s'],
    [59.6, 'second', '1 min'],
    [90, 'second', '1 min 30 s'],
    [5400, 'second', '1 h 30 min'],
    [3605, 'second', '1 h 5 s'],
    [-600, 'minute', `${MINUS}10 min`],
  ] as const)('duration in words: %s s to the %s is %s', (seconds, resolution, text) => {
    expect(formatDuration(seconds, resolution)).toBe(text);
  });

  it.each([
    [0, 0, {}, '0'],
    [-0, 1, {}, '0.0'],
    [-0.04, 1, {}, '0.0'],
    [-0.05, 1, {}, `${MINUS}0.1`],
    [-12.34, 1, {}, `${MINUS}12.3`],
    [0.715, 2, {}, '0.72'],
    [52.5, 0, {}, '53'],
    [52.46, 0, {}, '52'],
    [1234.5, 1, {}, '1234.5'],
    [10, 1, { trim: true }, '10'],
    [9.5, 1, { trim: true }, '9.5'],
    [1.4249, 2, { trim: true }, '1.42'],
    [1234.5, 1, { locale: 'de-DE' }, '1234,5'],
    [-3.25, 1, { locale: 'fr-FR' }, `${MINUS}3,3`],
  ] as const)('number: %s to %s decimals %o is %s', (value, digits, options, text) => {
    expect(formatNumber(value, digits, options)).toBe(text);
  });

  it.each([null, undefined, NaN, Infinity])('number: %s is an em dash', (value) => {
    expect(formatNumber(value)).toBe('—');
    expect(formatDistance(value)).toBe('—');
  });

  it.each([
    [5, 0, '+5'],
    [-8, 0, `${MINUS}8`],
    [0, 0, '0'],
    [-0.04, 1, '0.0'],
    [0.04, 1, '0.0'],
    [4.94, 1, '+4.9'],
  ])('signed: %s to %s decimals is %s', (value, digits, text) => {
    expect(formatSigned(value, digits)).toBe(text);
  });

  it('file sizes in steps of 1024, as file managers write them', () => {
    expect([0, 900, 2048, 1536 * 1024, 128 * 1024 ** 2, 1.5 * 1024 ** 3].map((b) => formatFileSize(b))).toEqual([
      '0 bytes',
      '900 bytes',
      '2 KB',
      '1.5 MB',
      '128 MB',
      '1.5 GB',
    ]);
  });

  it('percent, hours and time of day', () => {
    expect(formatPercent(0.08)).toBe('8 %');
    expect(formatPercent(-0.001)).toBe('0 %');
    expect(formatHours(10)).toBe('10 h');
    expect(formatHours(9.46)).toBe('9.5 h');
    expect(formatTimeOfDay(7 * 60 + 5)).toBe('07:05');
  });

  it.each([
    [850, 'metric', '850 m'],
    [999.6, 'metric', '1.0 km'],
    [12_440, 'metric', '12.4 km'],
    [0, 'metric', '0 m'],
    [16_093.44, 'imperial', '10.0 mi'],
  ] as const)('distance: %s m (%s) is %s', (meters, units, text) => {
    expect(formatDistance(meters, units)).toBe(text);
  });

  it.each([
    [0, 'low morning', '0 low mornings'],
    [1, 'low morning', '1 low morning'],
    [2, 'low morning', '2 low mornings'],
    [1.5, 'hour', '1.5 hours'],
    [1, 'activity', '1 activity'],
  ])('plural: %s × %s is %s', (count, noun, text) => {
    expect(plural(count, noun, noun === 'activity' ? 'activities' : undefined)).toBe(text);
  });

  it('plural nouns follow the locale rules', () => {
    expect(pluralNoun(1, 'week')).toBe('week');
    expect(pluralNoun(21, 'week')).toBe('weeks');
    expect(plural(3, 'activity', 'activities')).toBe('3 activities');
  });

  it.each([
    ['18-week', 'an 18-week'],
    ['8-week', 'an 8-week'],
    ['11-week', 'an 11-week'],
    ['80-minute', 'an 80-minute'],
    ['12-week', 'a 12-week'],
    ['1100-metre', 'a 1100-metre'],
    ['18,000-metre', 'an 18,000-metre'],
    ['other', 'an other'],
    ['easy run', 'an easy run'],
    ['run', 'a run'],
    ['swim', 'a swim'],
    ['hour', 'an hour'],
    ['user', 'a user'],
    ['FTP test', 'an FTP test'],
    ['HR zone', 'an HR zone'],
    ['UK race', 'a UK race'],
  ])('article: %s → %s', (phrase, text) => {
    expect(withArticle(phrase)).toBe(text);
  });

  it('dates read the same in every view, whatever the machine zone', () => {
    expect(formatDate('2026-12-07')).toBe('7 Dec 2026');
    expect(formatDate('2026-12-07T23:30:00Z')).toBe('7 Dec 2026');
    expect(formatDayMonth('2026-12-07')).toBe('7 Dec');
    expect(formatDay('2026-12-07')).toBe('Mon 7 Dec');
    expect(weekdayName('2026-12-07', 'long')).toBe('Monday');
    expect(weekdayNames()).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(weekdayNames('long')[6]).toBe('Sunday');
    expect(formatDateRange('2026-12-05', '2026-12-07')).toBe('5–7 Dec');
    expect(formatDateRange('2026-02-28', '2026-03-03')).toBe('28 Feb–3 Mar');
    expect(formatDateRange('2026-12-30', '2027-01-02')).toBe('30 Dec 2026–2 Jan 2027');
    expect(formatDateRange('2026-12-07', '2026-12-07')).toBe('7 Dec');
    expect(formatDateTime('2026-12-07T14:05:00Z', 'UTC')).toBe('7 Dec 2026, 14:05');
    expect(formatDateTime('2026-12-07T14:05:00Z', 'Asia/Tokyo')).toBe('7 Dec 2026, 23:05');
  });

  it.each([
    [0, 'UTC'],
    [60, 'UTC+1'],
    [-300, 'UTC−5'],
    [330, 'UTC+5:30'],
    [-570, 'UTC−9:30'],
    [-0, 'UTC'],
  ])('offset: %s min is %s', (minutes, text) => {
    expect(formatUtcOffset(minutes)).toBe(text);
  });

  it('dates and weekdays in other locales', () => {
    expect(formatDate('2026-12-07', 'de-DE')).toBe('7. Dez. 2026');
    expect(weekdayName('2026-12-07', 'long', 'fr-FR')).toBe('lundi');
    expect(weekdayNames('short', 'en-US')[0]).toBe('Mon');
  });

  it('refuses what is not a date rather than print "Invalid Date"', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError);
    expect(() => formatDateTime('soon')).toThrow(RangeError);
  });
});

describe('measured values', () => {
  it('are written whole from 10 up and with two decimals below, and rounded to exactly what is written', () => {
    expect([
      formatMeasure(41.37, 'ms'),
      formatMeasure(41.5, 'ms'),
      formatMeasure(9.437),
      formatMeasure(9),
      formatMeasure(-1.255),
    ]).toEqual(['41 ms', '42 ms', '9.44', '9', '−1.26']);
    expect([formatMeasure(9.996), formatMeasure(0.715)]).toEqual(['10', '0.72']);
    for (const value of [41.37, 41.5, 9.437, 9.996, 0.715, -1.255, 57.25]) {
      expect(String(roundAsMeasured(value))).toBe(formatMeasure(value).replace('−', '-'));
      expect(formatMeasure(roundAsMeasured(value))).toBe(formatMeasure(value));
    }
  });
});
