/** Number formats shared by the plan's binding and feasibility sentences. */

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** At most one decimal, none when whole: 10, 9.5. */
export function numberText(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Up to two decimals, as ratios read: 1.3, 1.42. */
export function ratioText(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** "10 h", "9.5 h". */
export function hoursText(hours: number): string {
  return `${numberText(hours)} h`;
}

/** "8 %". */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** Form with its sign, as coaches read it: "+5", "−8", "+4.9", "0". */
export function signedText(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `−${-rounded}`;
  return '0';
}

/** "21 Mar": a date as the plan's sentences name it. */
export function dateText(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** "Sun 21 Mar": a day as the plan's sentences name it. */
export function dayText(date: string): string {
  const weekday = WEEKDAY_NAMES[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!.slice(0, 3);
  return `${weekday} ${dateText(date)}`;
}
