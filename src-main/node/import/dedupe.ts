import type { ActivityRecord } from '../../common/domain/activity';
import {
  isSameActivity,
  recordingDetail,
  richerRecording,
  sharedSpan,
  SAME_START_WINDOW_MS,
} from '../../common/domain/same-activity';
import { activitiesStartingBetween, type NearbyActivity } from '../db/repositories/imports';
import type { Db } from '../db/schema';

/**
 * Finds an activity of the athlete's that this record duplicates: the same session exported from
 * another file or format (FIT from the watch, TCX from a platform), matched on time span, duration and
 * distance whatever sport each names (domain/same-activity.ts). Of several, the one sharing most time.
 */
export async function findSameActivity(
  db: Db,
  athleteId: number,
  record: ActivityRecord,
): Promise<NearbyActivity | null> {
  const start = Date.parse(record.startTime);
  if (!Number.isFinite(start)) return null;
  // A match shares at least half of the longer span, so it starts less than one of this record's
  // durations away. Stored start times may differ in precision ("…:05Z" vs "…:05.000Z"), so the string
  // bounds are a second wider and the exact check happens on parsed instants.
  const reach = Math.max(SAME_START_WINDOW_MS, record.elapsedSeconds * 1000) + 1000;
  const from = new Date(start - reach).toISOString();
  const to = new Date(start + reach).toISOString();
  const matches = (await activitiesStartingBetween(db, athleteId, from, to)).filter((c) => isSameActivity(c, record));
  return matches.sort((a, b) => sharedSpan(b, record) - sharedSpan(a, record))[0] ?? null;
}

/** Whether a new record of a stored activity should take its place: the richer of the two is kept. */
export function shouldReplace(
  stored: NearbyActivity,
  record: ActivityRecord,
  channels: readonly string[],
): { replace: boolean; because: string | null } {
  return richerRecording(recordingDetail(stored, stored.channels), recordingDetail(record, channels));
}

export function describeSameActivity(match: NearbyActivity): string {
  return `same activity as ${describeStoredActivity(match)}`;
}

export function describeStoredActivity(match: NearbyActivity): string {
  const when = match.startTime.slice(0, 16).replace('T', ' ');
  const name = match.name ? ` "${match.name}"` : '';
  const from = match.sourceFile ? ` imported from "${match.sourceFile}"` : '';
  return `#${match.id}${name} (${match.sport}, ${when} UTC)${from}`;
}
