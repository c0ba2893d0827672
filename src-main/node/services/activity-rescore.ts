import { localDateOf } from '../../common/domain/dates';
import { activitiesToRescore, updateActivityScore } from '../db/repositories/activity-analysis';
import { markLoadDirty } from '../db/repositories/load-state';
import type { Db } from '../db/schema';
import { thresholdsForDate } from './activities';
import { scoreActivity, storedMetricsOf } from './activity-analysis';

/**
 * Scores again every activity of the athlete dated on or after `fromDate` — after a threshold valid
 * from that date was set or changed, their loads are different — and marks the stored PMC stale
 * from that date. Run it on the transaction that changed the threshold.
 */
export async function rescoreActivitiesFrom(
  db: Db,
  athlete: { id: number; sex: 'female' | 'male' | null },
  fromDate: string,
  onlyActivityId?: number,
): Promise<number> {
  let rescored = 0;
  for await (const { id, record } of activitiesToRescore(db, athlete.id, fromDate, onlyActivityId)) {
    const date = localDateOf(record.startTime, record.utcOffsetMinutes);
    const { thresholds, thresholdDates } = await thresholdsForDate(db, athlete.id, date);
    const scored = scoreActivity(record, { thresholds, thresholdDates, sex: athlete.sex });
    await updateActivityScore(db, id, scored.load, storedMetricsOf(scored));
    rescored++;
  }
  await markLoadDirty(db, athlete.id, fromDate);
  return rescored;
}
