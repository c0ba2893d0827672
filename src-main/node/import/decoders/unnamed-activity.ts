import { localDateOf } from '../../../common/domain/dates';

/**
 * "Running 2026-03-01": the name of an activity its file left unnamed, dated by the activity's local
 * day — the day it is filed under — never the UTC date, which is another day for an evening run west
 * of Greenwich or a morning ride east of it.
 */
export function namedForDay(prefix: string, startMs: number, utcOffsetMinutes: number): string {
  return `${prefix} ${localDateOf(new Date(startMs).toISOString(), utcOffsetMinutes)}`;
}
