import { AppError, type ActivityDetail } from '../../common/contract';
import { updateActivityAnnotations } from '../db/repositories/activities';
import type { ServiceContext } from './context';
import { getActivityDetail } from './activity-detail';
import { rescoreActivitiesFrom } from './activity-rescore';
import { getAthlete } from './athletes';

/**
 * The session RPE and notes of an activity. A changed RPE rescores the activity — without usable sensor
 * data its load is Foster's session-RPE estimate — and marks the PMC stale from its day; both happen in
 * one transaction so the stored load never disagrees with the RPE shown.
 */
export async function annotateActivity(
  ctx: ServiceContext,
  input: { id: number; rpe?: number | null; notes?: string },
): Promise<ActivityDetail> {
  const before = await getActivityDetail(ctx, input.id);
  if (input.rpe === undefined && input.notes === undefined)
    throw new AppError('VALIDATION', 'Give an RPE or notes to save', 'rpe');
  const athlete = await getAthlete(ctx, before.activity.athleteId);
  await ctx.db.transaction().execute(async (trx) => {
    await updateActivityAnnotations(trx, input.id, input);
    if (input.rpe !== undefined && input.rpe !== before.activity.rpe) {
      await rescoreActivitiesFrom(trx, athlete, before.activity.localDate, input.id);
    }
  });
  ctx.events.emit({ type: 'data.changed', scope: 'activities', athleteId: athlete.id });
  return getActivityDetail(ctx, input.id);
}
