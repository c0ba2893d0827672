import { contentHash } from './content-hash';
import { calendarEventContent, type CalendarEntry, type CalendarEvent } from './ics';

/**
 * Decides each event's SEQUENCE from what was sent before (RFC 5545 §3.8.7.4: it rises with each
 * significant revision): unchanged sessions keep theirs, changed ones go up by one, new ones start at 0,
 * and sessions sent before but no longer in the plan come back once as cancelled, one higher — then stay
 * cancelled at that number on later exports, so a calendar that missed one export still learns of it.
 */
export interface SentEvent {
  uid: string;
  contentHash: string;
  sequence: number;
  date: string;
  summary: string;
  cancelled: boolean;
}

export interface CalendarRevision {
  entries: CalendarEntry[];
  /** What to remember as sent, for the next export. */
  sent: SentEvent[];
}

export function reviseCalendar(
  current: readonly CalendarEvent[],
  previously: readonly SentEvent[],
  /** UIDs of sessions still in the plan (some may lie outside this export's range): those are not cancelled. */
  stillPlanned: ReadonlySet<string>,
  range: { from: string; to: string },
): CalendarRevision {
  const before = new Map(previously.map((e) => [e.uid, e]));
  const entries: CalendarEntry[] = [];
  const sent: SentEvent[] = [];
  for (const event of current) {
    const hash = contentHash(calendarEventContent(event));
    const last = before.get(event.uid);
    const sequence = !last ? 0 : last.contentHash === hash && !last.cancelled ? last.sequence : last.sequence + 1;
    entries.push({ event, sequence, cancelled: false });
    sent.push({
      uid: event.uid,
      contentHash: hash,
      sequence,
      date: event.date,
      summary: event.summary,
      cancelled: false,
    });
  }
  for (const last of previously) {
    if (stillPlanned.has(last.uid) || last.date < range.from || last.date > range.to) continue;
    const sequence = last.cancelled ? last.sequence : last.sequence + 1;
    const event: CalendarEvent = {
      uid: last.uid,
      date: last.date,
      summary: last.summary,
      description: 'This session was removed from the plan.',
      categories: [],
    };
    entries.push({ event, sequence, cancelled: true });
    sent.push({ ...last, sequence, cancelled: true });
  }
  return { entries, sent };
}
