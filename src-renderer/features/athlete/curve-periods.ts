import { addDaysIso, daysBetween } from '../../format/dates';

export type PeriodId = 'last-6-weeks' | 'last-90-days' | 'season' | 'last-365-days';
export type ComparisonId = 'none' | 'previous' | 'last-year';

export const PERIOD_LABELS: Record<PeriodId, string> = {
  'last-6-weeks': 'Last 6 weeks',
  'last-90-days': 'Last 90 days',
  season: 'This season (since 1 Jan)',
  'last-365-days': 'Last 365 days',
};

export const COMPARISON_LABELS: Record<ComparisonId, string> = {
  none: 'No comparison',
  previous: 'Previous period of the same length',
  'last-year': 'Same dates last year',
};

export interface DateRange {
  from: string;
  to: string;
}

export function periodRange(period: PeriodId, today: string): DateRange {
  switch (period) {
    case 'last-6-weeks':
      return { from: addDaysIso(today, -41), to: today };
    case 'last-90-days':
      return { from: addDaysIso(today, -89), to: today };
    case 'season':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'last-365-days':
      return { from: addDaysIso(today, -364), to: today };
  }
}

function shiftYear(iso: string, years: number): string {
  const shifted = `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
  // 29 Feb has no twin in a common year: fall back to 28 Feb.
  return Number.isNaN(Date.parse(`${shifted}T00:00:00Z`)) || shifted.endsWith('02-29')
    ? shifted.replace(/-02-29$/, '-02-28')
    : shifted;
}

export function comparisonRange(comparison: ComparisonId, range: DateRange): DateRange | undefined {
  switch (comparison) {
    case 'none':
      return undefined;
    case 'previous': {
      const length = daysBetween(range.from, range.to) + 1;
      return { from: addDaysIso(range.from, -length), to: addDaysIso(range.from, -1) };
    }
    case 'last-year':
      return { from: shiftYear(range.from, -1), to: shiftYear(range.to, -1) };
  }
}
