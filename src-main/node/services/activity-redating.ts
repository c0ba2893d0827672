import { localDateOf } from '../../common/domain/dates';
import { placeStart } from '../../common/domain/time-zone';
import { listZonePlacedActivities, updateActivityPlacement } from '../db/repositories/activities';
import { findAthleteBrief } from '../db/repositories/imports';
import { markLoadDirty } from '../db/repositories/load-state';
import type { Db } from '../db/schema';
import { rescoreActivitiesFrom } from './activity-rescore';

/**
 * After the athlete's zone changed to `timeZone`: every activity placed by the old zone is placed
 * again — a UTC start gets the new zone's offset (and maybe another day), a floating local time the
 * instant it names in the new zone. Activities dated by their file's own offset keep their day (rows
 * imported before zones were recorded got their time source in migration 010). One whose day changed is scored again (the thresholds
 * of its new day apply) and the PMC is marked stale from the earlier of its two days.
 * Returns how many activities changed day.
 */
export async function redateActivitiesInZone(db: Db, athleteId: number, timeZone: string): Promise<number> {
  const athlete = await findAthleteBrief(db, athleteId);
  if (!athlete) return 0;
  let redated = 0;
  for (const activity of await listZonePlacedActivities(db, athleteId)) {
    const storedMs = Date.parse(activity.startTime);
    // A floating start was stored as the instant its wall-clock time named in the old zone: recover that reading.
    const fileMs = activity.timeSource === 'floating' ? storedMs + activity.utcOffsetMinutes * 60_000 : storedMs;
    const placed = placeStart(activity.timeSource, fileMs, 0, timeZone);
    const startTime = new Date(placed.startMs).toISOString();
    const localDate = localDateOf(startTime, placed.utcOffsetMinutes);
    if (placed.startMs === storedMs && placed.utcOffsetMinutes === activity.utcOffsetMinutes) continue;
    await updateActivityPlacement(
      db,
      activity.id,
      { startTime, utcOffsetMinutes: placed.utcOffsetMinutes, localDate },
      placed.startMs - storedMs,
    );
    if (localDate === activity.localDate) continue;
    await rescoreActivitiesFrom(db, athlete, localDate, activity.id);
    await markLoadDirty(db, athleteId, localDate < activity.localDate ? localDate : activity.localDate);
    redated++;
  }
  return redated;
}
