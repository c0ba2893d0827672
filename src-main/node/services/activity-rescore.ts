import { localDateOf } from '../../common/domain/dates';
import type { ActivityLoad } from '../../common/domain/activity';
import { activitiesToRescore, updateActivityScore } from '../db/repositories/activity-analysis';
import { markLoadDirty } from '../db/repositories/load-state';
import type { Db } from '../db/schema';
import { thresholdsForDate } from './activities';
import { scoreActivity, storedMetricsOf } from './activity-analysis';

type AthleteForScoring = { id: number; sex: 'female' | 'male' | null };

/**
 * Scores again every activity of the athlete dated on or after `fromDate` — after a threshold valid
 * from that date was set or changed, their loads are different — and marks the stored PMC stale
 * from that date. Run it on the transaction that changed the threshold.
 */
export async function rescoreActivitiesFrom(
  db: Db,
  athlete: AthleteForScoring,
  fromDate: string,
  onlyActivityId?: number,
): Promise<number> {
  let rescored = 0;
  for await (const _ of scoreAgain(db, athlete, fromDate, onlyActivityId)) rescored++;
  await markLoadDirty(db, athlete.id, fromDate);
  return rescored;
}

/**
 * Scores again an activity whose stored metrics predate an entry of the metric registry, so the new
 * metric gets its value (domain/metrics/registry.ts). Its thresholds have not changed, so neither has
 * its load as a rule; the PMC is marked stale only if it did.
 */
export async function rescoreStaleMetrics(
  db: Db,
  athlete: AthleteForScoring,
  activity: { id: number; localDate: string; load: number | null },
): Promise<void> {
  for await (const load of scoreAgain(db, athlete, activity.localDate, activity.id)) {
    if (load.load !== activity.load) await markLoadDirty(db, athlete.id, activity.localDate);
  }
}

async function* scoreAgain(
  db: Db,
  athlete: AthleteForScoring,
  fromDate: string,
  onlyActivityId?: number,
): AsyncGenerator<ActivityLoad> {
  for await (const { id, record } of activitiesToRescore(db, athlete.id, fromDate, onlyActivityId)) {
    const date = localDateOf(record.startTime, record.utcOffsetMinutes);
    const { thresholds, thresholdDates } = await thresholdsForDate(db, athlete.id, date);
    const scored = scoreActivity(record, { thresholds, thresholdDates, sex: athlete.sex });
    await updateActivityScore(db, id, scored.load, storedMetricsOf(scored));
    yield scored.load;
  }
}
