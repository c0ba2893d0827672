import type { ActivityRecord } from '../../common/domain/activity';
import { activitiesStartingBetween, type NearbyActivity } from '../db/repositories/imports';
import type { Db } from '../db/schema';

/** Two recordings are the same activity when the athlete and sport match and they start within this window. */
export const SAME_ACTIVITY_WINDOW_MS = 60_000;

/**
 * Finds an activity of the athlete's that this record duplicates: the same session exported from
 * another file or format (FIT from the watch, TCX from a platform) — same sport, start within a minute.
 */
export async function findSameActivity(db: Db, athleteId: number, record: ActivityRecord): Promise<NearbyActivity | null> {
  const start = Date.parse(record.startTime);
  if (!Number.isFinite(start)) return null;
  // Stored start times may differ in precision ("…:05Z" vs "…:05.000Z"), so the string bounds are a
  // second wider than the window and the exact check happens on parsed instants.
  const from = new Date(start - SAME_ACTIVITY_WINDOW_MS - 1000).toISOString();
  const to = new Date(start + SAME_ACTIVITY_WINDOW_MS + 1000).toISOString();
  const candidates = await activitiesStartingBetween(db, athleteId, from, to);
  return (
    candidates.find((c) => c.sport === record.sport && Math.abs(Date.parse(c.startTime) - start) <= SAME_ACTIVITY_WINDOW_MS) ?? null
  );
}

export function describeSameActivity(match: NearbyActivity): string {
  const when = match.startTime.slice(0, 16).replace('T', ' ');
  const name = match.name ? ` "${match.name}"` : '';
  const from = match.sourceFile ? ` imported from "${match.sourceFile}"` : '';
  return `same activity as #${match.id}${name} (${match.sport}, ${when} UTC)${from}`;
}
