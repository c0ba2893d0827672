import { addDays, weekdayIndex } from '../dates';
import type { DayLimit, WeekdayHours } from './types';

/** A logged event as the planner reads it. */
export interface LifeEvent {
  kind: 'travel' | 'illness' | 'injury' | 'life_stress';
  startDate: string;
  /** Null while it goes on. */
  endDate: string | null;
  title: string;
}

/**
 * An ongoing event without an end date limits this many of the first days still to plan (from today, or
 * from the block's start when it starts later): the coach has not cleared it, and a re-plan can extend it.
 */
const OPEN_EVENT_DAYS = 3;
/** After an illness, this many days allow only easy sessions before hard ones return (a graded return). */
const RETURN_AFTER_ILLNESS_DAYS = 3;
/** Travel leaves time for a hotel run or a short swim, not for the planned sessions. */
const TRAVEL_HOURS = 1;

/**
 * The days logged events limit between `from` and `to`: illness (ended or still open) is rest and then three easy days, travel leaves
 * an hour, an injury or a stressful spell allows only easy sessions. Where events overlap the stricter limit wins.
 */
export function eventDayLimits(
  events: readonly LifeEvent[],
  availability: WeekdayHours,
  from: string,
  to: string,
  today: string,
): DayLimit[] {
  const byDate = new Map<string, DayLimit>();
  for (const event of events) {
    const openUntil = addDays(from > today ? from : today, OPEN_EVENT_DAYS - 1);
    const last = event.endDate ?? (openUntil > event.startDate ? openUntil : event.startDate);
    for (
      let date = event.startDate < from ? from : event.startDate;
      date <= last && date <= to;
      date = addDays(date, 1)
    ) {
      keepStricter(byDate, limitFor(event, Math.max(0, availability[weekdayIndex(date)] ?? 0), date));
    }
    // An illness still open is planned as ending on the last day it limits, so its return is graded too.
    if (event.kind === 'illness') {
      for (let d = 1; d <= RETURN_AFTER_ILLNESS_DAYS; d += 1) {
        const date = addDays(last, d);
        if (date >= from && date <= to)
          keepStricter(byDate, { date, easyOnly: true, reason: `return after illness: ${event.title}` });
      }
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Where limits meet on a day, the fewer hours win; a day's rest is not softened into an easy day. */
function keepStricter(byDate: Map<string, DayLimit>, limit: DayLimit): void {
  const current = byDate.get(limit.date);
  if (!current || (limit.hours ?? Number.POSITIVE_INFINITY) < (current.hours ?? Number.POSITIVE_INFINITY))
    byDate.set(limit.date, limit);
}

function limitFor(event: LifeEvent, available: number, date: string): DayLimit {
  const reason = `${event.kind.replace('_', ' ')}: ${event.title}`;
  switch (event.kind) {
    case 'illness':
      return { date, hours: 0, reason };
    case 'travel':
      return { date, hours: Math.min(available, TRAVEL_HOURS), reason };
    case 'injury':
    case 'life_stress':
      return { date, easyOnly: true, reason };
  }
}
