import { addDays } from '../dates';
import type { ExportPlan, ExportSession } from './export-model';
import { workoutStepLines } from './workout-text';
import { formatDistance, formatDuration, formatNumber } from '../../format';
import { SPORT_LABELS } from '../sports';

/**
 * The plan as an iCalendar file (RFC 5545) that calendar apps import or subscribe to: one all-day event
 * per planned session (sessions have a day, not a time), titled with sport, name and duration, its
 * description holding the steps and targets, the phase and the week.
 *
 * Re-exports update rather than duplicate: each event's UID comes from the planned session's id, and its
 * SEQUENCE rises only when what the event shows changed (the caller keeps a content hash per UID, see
 * `calendarEventContent`). Sessions removed since the last export are sent once more with
 * STATUS:CANCELLED and a higher SEQUENCE, which is how RFC 5546 clients learn to drop them.
 */
export interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  categories: string[];
}

export interface CalendarEntry {
  event: CalendarEvent;
  sequence: number;
  cancelled: boolean;
}

export function calendarUid(planId: number, sessionId: number): string {
  return `plan-${planId}-session-${sessionId}@coach-workstation`;
}

export function calendarEvent(plan: ExportPlan, session: ExportSession): CalendarEvent {
  const distance = session.plannedMeters ? `, ${formatDistance(session.plannedMeters)}` : '';
  const description = [
    `${SPORT_LABELS[session.sport]} · ${formatDuration(session.plannedSeconds)}${distance} · planned load ${formatNumber(session.plannedLoad)}`,
    `Week ${session.weekIndex} · ${session.phase} phase · ${plan.planName}`,
    ...(session.definition.description ? ['', session.definition.description] : []),
    '',
    ...workoutStepLines(session.definition, plan.thresholds).map((line) => `- ${line}`),
  ].join('\n');
  return {
    uid: calendarUid(plan.planId, session.id),
    date: session.date,
    summary: `${SPORT_LABELS[session.sport]}: ${session.name} (${formatDuration(session.plannedSeconds)})`,
    description,
    categories: [session.phase, `week ${session.weekIndex}`],
  };
}

/** Everything an attendee sees of an event, for the content hash that decides whether SEQUENCE rises. */
export function calendarEventContent(event: CalendarEvent): string {
  return [event.date, event.summary, event.description, event.categories.join(',')].join('\u0000');
}

export interface CalendarOptions {
  name: string;
  /** DTSTAMP of every event: when this export was made, passed in so files are reproducible. */
  stamp: Date;
}

export function buildIcs(entries: readonly CalendarEntry[], options: CalendarOptions): string {
  const stamp = utcStamp(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Coach Workstation//Training plan export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const { event, sequence, cancelled } of [...entries].sort(byDateThenUid)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(cancelled ? `Cancelled: ${event.summary}` : event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.categories.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
      `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      // A training session does not make the athlete unavailable for meetings.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function byDateThenUid(a: CalendarEntry, b: CalendarEntry): number {
  return a.event.date.localeCompare(b.event.date) || a.event.uid.localeCompare(b.event.uid);
}

function compactDate(iso: string): string {
  return iso.replace(/-/g, '');
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character. */
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  const limit = () => (parts.length === 0 ? 75 : 74);
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit()) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
