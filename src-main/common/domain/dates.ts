/** Calendar-date helpers on ISO 'YYYY-MM-DD' strings, computed in UTC so they never shift with the machine's zone. */

const DAY_MS = 86_400_000;

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  return toIsoDate(new Date(parseIsoDate(iso).getTime() + days * DAY_MS));
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((parseIsoDate(toIso).getTime() - parseIsoDate(fromIso).getTime()) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday (training weeks start on Monday). */
export function weekdayIndex(iso: string): number {
  return (parseIsoDate(iso).getUTCDay() + 6) % 7;
}

/** The local calendar date of an instant, given the activity's offset from UTC in minutes. */
export function localDateOf(startTimeIso: string, utcOffsetMinutes: number): string {
  return toIsoDate(new Date(new Date(startTimeIso).getTime() + utcOffsetMinutes * 60_000));
}
