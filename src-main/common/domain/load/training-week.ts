import { addDays, weekdayIndex } from '../dates';

/** The Monday that starts the training week holding `isoDate` (weeks run Monday–Sunday). */
export function weekStartOf(isoDate: string): string {
  return addDays(isoDate, -weekdayIndex(isoDate));
}

/** Every week start (Monday) from the week of `from` to the week of `to`, inclusive. */
export function weekStartsBetween(from: string, to: string): string[] {
  const starts: string[] = [];
  for (let week = weekStartOf(from); week <= to; week = addDays(week, 7)) starts.push(week);
  return starts;
}
