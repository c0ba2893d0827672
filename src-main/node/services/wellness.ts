import type { WellnessDay } from '../../common/domain/wellness/wellness-day';
import { markWellnessDirty } from '../db/repositories/load-state';
import { listWellness, upsertWellness } from '../db/repositories/wellness';
import type { Db } from '../db/schema';
import type { ServiceContext } from './context';

export async function listWellnessDays(
  ctx: ServiceContext,
  athleteId: number,
  from: string,
  to: string,
): Promise<WellnessDay[]> {
  return listWellness(ctx.db, athleteId, from, to);
}

/** Inserts or replaces whole days; `source` records where they came from (csv, fit, manual, demo). */
export async function saveWellnessDays(db: Db, athleteId: number, days: WellnessDay[], source: string): Promise<void> {
  await upsertWellness(db, athleteId, days, source);
  await markWellnessDirty(db, athleteId);
}
