import { addDays } from '../dates';
import { RACE_EASY_DAYS_AFTER, RACE_TAPER_DAYS } from './race-calendar';
import { formatDay, formatHours, formatNumber } from '../../format';
import type { BlockInput, DayLimit } from './types';
import type { WeekFrame } from './week-frames';

/**
 * The sentences that say why a week looks as it does beyond its guardrails: where week 1 starts and from
 * what, the races it holds and what they change, the days logged events or a re-plan limit.
 */
export function weekNotes(input: BlockInput, frame: WeekFrame, load: number, hours: number): string[] {
  const notes: string[] = [];
  if (frame.index === 1 && input.doneWeekLoads?.[1] === undefined) {
    if (input.startLoad) {
      notes.push(
        `week 1 starts at ${formatNumber(Math.round(load), 1, { trim: true })} TSS (${formatHours(Math.round(hours * 10) / 10)}), as the coach set: ${input.startLoad.reason}`,
      );
    } else if (input.baseline) {
      const b = input.baseline;
      const basis =
        b.normalWeeks > 0
          ? `the last ${b.normalWeeks === 1 ? 'normal week' : `${b.normalWeeks} normal weeks`} averaged`
          : 'no recent week was normal; the last weeks as they were averaged';
      // Which weeks were left out and why is the plan's start summary; the week's note stays short enough to read.
      const skipped =
        b.skippedWeeks.length > 0
          ? `; ${b.skippedWeeks.length === 1 ? '1 recent week' : `${b.skippedWeeks.length} recent weeks`} left out (interrupted or light)`
          : '';
      const assumed =
        b.assumedDays > 0
          ? `; the ${b.assumedDays === 1 ? 'day' : `${b.assumedDays} days`} until the block count as normal training`
          : '';
      notes.push(
        `week 1 starts at ${formatNumber(Math.round(load), 1, { trim: true })} TSS (${formatHours(Math.round(hours * 10) / 10)}): ${basis} ${formatNumber(Math.round(b.weekLoad), 1, { trim: true })} TSS (${formatHours(Math.round(b.weekHours * 10) / 10)})${skipped}${assumed}`,
      );
    }
  }
  const last = addDays(frame.startDate, 6);
  for (const race of input.races ?? []) {
    if (race.date < frame.startDate || race.date > last) continue;
    const what = `${race.priority} race: ${race.name} on ${formatDay(race.date)}`;
    notes.push(
      race.priority === 'C'
        ? `${what} — it takes the place of the week's key session, with an easy day before it`
        : `${what} — ${RACE_TAPER_DAYS[race.priority]} easy days before it and ${RACE_EASY_DAYS_AFTER[race.priority]} after`,
    );
  }
  // Consecutive days with the same limit read as one span: "Tue 9 Mar – Fri 12 Mar: rest (illness)".
  const limits = (input.dayLimits ?? [])
    .filter((l) => l.date >= frame.startDate && l.date <= last)
    .sort((a, b) => a.date.localeCompare(b.date));
  let span: { first: string; last: string; text: string } | null = null;
  const flush = () => {
    if (span)
      notes.push(
        `${span.first === span.last ? formatDay(span.first) : `${formatDay(span.first)} – ${formatDay(span.last)}`}: ${span.text}`,
      );
  };
  for (const limit of limits) {
    const text = `${limitEffect(limit)} (${limit.reason})`;
    if (span && span.text === text && addDays(span.last, 1) === limit.date) span.last = limit.date;
    else {
      flush();
      span = { first: limit.date, last: limit.date, text };
    }
  }
  flush();
  return notes;
}

function limitEffect(limit: DayLimit): string {
  if (limit.hours === 0) return 'rest';
  return [
    limit.hours !== undefined ? `${formatHours(limit.hours)} available` : null,
    limit.easyOnly ? 'easy only' : null,
    limit.withoutSports?.length ? `no ${limit.withoutSports.join('/')}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
}
