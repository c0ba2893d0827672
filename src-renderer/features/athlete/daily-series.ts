import type { ActivitySummary, WellnessDay } from '../../../src-main/common/contract';
import { addDaysIso } from '../../format/dates';

/** Every calendar day from `from` to `to` inclusive, so rest days show as gaps rather than vanish. */
export function daysInRange(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDaysIso(day, 1)) days.push(day);
  return days;
}

/** Sum of activity load per local date (days without a known load count as 0). */
export function dailyLoad(activities: ActivitySummary[], days: string[]): number[] {
  const byDay = new Map<string, number>();
  for (const activity of activities) {
    if (activity.load === null) continue;
    byDay.set(activity.localDate, (byDay.get(activity.localDate) ?? 0) + activity.load);
  }
  return days.map((day) => Math.round(byDay.get(day) ?? 0));
}

/** HRV per day, null where there was no reading (the line breaks instead of inventing values). */
export function dailyHrv(wellness: WellnessDay[], days: string[]): (number | null)[] {
  const byDay = new Map(wellness.map((w) => [w.date, w.hrvRmssd]));
  return days.map((day) => byDay.get(day) ?? null);
}
