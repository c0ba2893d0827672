import { AppError, type ActivityDetail } from '../../common/contract';
import {
  FIRST_DATED_DAY,
  placeCoachStart,
  startIsCoachSettable,
  warningsAfterCoachDate,
} from '../../common/domain/activity-warnings';
import { formatDate, formatDateTime } from '../../common/format';
import { updateActivityPlacement, updateActivityWarnings } from '../db/repositories/activities';
import { markLoadDirty } from '../db/repositories/load-state';
import { getActivityDetail } from './activity-detail';
import { rescoreActivitiesFrom } from './activity-rescore';
import { ensureLoadCurrent } from './analytics';
import { getAthlete } from './athletes';
import type { ServiceContext } from './context';

/**
 * The coach gives the real start of an activity whose device clock was never set and whose file gave no
 * date, or only its modification time (wall-clock time in the athlete's zone, "2026-12-01T07:30"). The activity and its laps move to
 * that instant; its warning becomes "date set by the coach", which records where it was filed before and
 * when the coach set it. It is scored with the thresholds of its new day, and the PMC is recomputed from
 * that day by the same refresh an import triggers (it never counted where it was filed: see
 * FIRST_DATED_DAY). A date the file itself gave is not the coach's to overwrite.
 */
export async function setActivityStart(
  ctx: ServiceContext,
  input: { id: number; localStart: string },
): Promise<ActivityDetail> {
  const { activity } = await getActivityDetail(ctx, input.id);
  if (!startIsCoachSettable(activity.warnings)) {
    throw new AppError(
      'CONFLICT',
      `"${activity.name}" was dated by its own file (${formatDate(activity.localDate)}); only an activity whose device clock was not set can be given a date`,
      'id',
    );
  }
  const athlete = await getAthlete(ctx, activity.athleteId);
  const placed = placeCoachStart(input.localStart, athlete.timeZone);
  const now = ctx.now();
  if (placed.localDate < FIRST_DATED_DAY) {
    throw new AppError(
      'VALIDATION',
      `A start before ${formatDate(FIRST_DATED_DAY)} cannot be a real date for a FIT recording`,
      'localStart',
    );
  }
  if (Date.parse(placed.startTime) > now.getTime()) {
    throw new AppError(
      'VALIDATION',
      `${formatDateTime(placed.startTime, athlete.timeZone)} is in the future for ${athlete.name} (${athlete.timeZone})`,
      'localStart',
    );
  }

  await ctx.db.transaction().execute(async (trx) => {
    const shiftMs = Date.parse(placed.startTime) - Date.parse(activity.startTime);
    // 'utc': the instant is what the coach meant; a later change of zone re-dates it like any zone-dated activity.
    await updateActivityPlacement(trx, activity.id, { ...placed, timeSource: 'utc' }, shiftMs);
    await updateActivityWarnings(
      trx,
      activity.id,
      warningsAfterCoachDate(activity.warnings, activity.startTime, now.toISOString()),
    );
    await rescoreActivitiesFrom(trx, athlete, placed.localDate, activity.id);
    // Only a day that counted in the load makes the PMC stale; an undated activity's old day never did.
    if (activity.localDate >= FIRST_DATED_DAY) await markLoadDirty(trx, athlete.id, activity.localDate);
  });
  await ensureLoadCurrent(ctx, athlete.id);
  ctx.events.emit({ type: 'data.changed', scope: 'activities', athleteId: athlete.id });
  return getActivityDetail(ctx, activity.id);
}
