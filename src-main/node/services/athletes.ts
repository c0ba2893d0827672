import {
  AppError,
  type Athlete,
  type AthleteSummary,
  type NewAthlete,
  newAthleteSchema,
  type Sport,
  THRESHOLD_METRICS,
  type ThresholdMetric,
} from '../../common/contract';
import { toIsoDate } from '../../common/domain/dates';
import {
  deleteAthleteRow,
  findAthlete,
  insertAthlete,
  listAthleteSummaries,
  replaceAthleteTags,
  updateAthleteRow,
  upsertThreshold,
} from '../db/repositories/athletes';
import { rescoreActivitiesFrom } from './activity-rescore';
import type { ServiceContext } from './context';

export async function listAthletes(ctx: ServiceContext, includeArchived = false): Promise<AthleteSummary[]> {
  return listAthleteSummaries(ctx.db, includeArchived);
}

export async function getAthlete(ctx: ServiceContext, id: number): Promise<Athlete> {
  const athlete = await findAthlete(ctx.db, id, toIsoDate(ctx.now()));
  if (!athlete) throw new AppError('NOT_FOUND', `No athlete with id ${id}`, 'id');
  return athlete;
}

export async function createAthlete(
  ctx: ServiceContext,
  input: NewAthlete,
  options: { isDemo?: boolean } = {},
): Promise<Athlete> {
  const a = newAthleteSchema.parse(input);
  const now = ctx.now().toISOString();
  const validFrom = a.thresholdsFrom ?? now.slice(0, 10);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const athleteId = await insertAthlete(trx, {
      name: a.name,
      sports: a.sports,
      sex: a.sex,
      birthYear: a.birthYear,
      notes: a.notes,
      isDemo: options.isDemo ?? false,
      createdAt: now,
    });
    for (const metric of THRESHOLD_METRICS) {
      const value = a.thresholds[metric];
      if (value !== undefined) await upsertThreshold(trx, athleteId, metric, value, validFrom, now);
    }
    if (a.tags.length > 0) await replaceAthleteTags(trx, athleteId, a.tags);
    return athleteId;
  });
  ctx.events.emit({ type: 'data.changed', scope: 'athletes' });
  return getAthlete(ctx, id);
}

export async function updateAthlete(
  ctx: ServiceContext,
  id: number,
  patch: {
    name?: string;
    sports?: Sport[];
    sex?: 'female' | 'male' | null;
    birthYear?: number | null;
    notes?: string;
    tags?: string[];
  },
): Promise<Athlete> {
  await getAthlete(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await updateAthleteRow(trx, id, patch, ctx.now().toISOString());
    if (patch.tags) await replaceAthleteTags(trx, id, patch.tags);
  });
  ctx.events.emit({ type: 'data.changed', scope: 'athletes' });
  return getAthlete(ctx, id);
}

export async function setAthleteArchived(ctx: ServiceContext, id: number, archived: boolean): Promise<Athlete> {
  await getAthlete(ctx, id);
  const now = ctx.now().toISOString();
  await updateAthleteRow(ctx.db, id, { archivedAt: archived ? now : null }, now);
  ctx.events.emit({ type: 'data.changed', scope: 'athletes' });
  return getAthlete(ctx, id);
}

/** Deletes the athlete and, through ON DELETE CASCADE, every activity, wellness day and note of theirs. */
export async function deleteAthlete(ctx: ServiceContext, id: number, confirmName: string): Promise<{ deleted: number }> {
  const athlete = await getAthlete(ctx, id);
  if (confirmName.trim() !== athlete.name) {
    throw new AppError('VALIDATION', `Type the athlete's name "${athlete.name}" to confirm deletion`, 'confirmName');
  }
  const deleted = await deleteAthleteRow(ctx.db, id);
  ctx.events.emit({ type: 'data.changed', scope: 'athletes' });
  return { deleted };
}

export async function setThreshold(
  ctx: ServiceContext,
  athleteId: number,
  metric: ThresholdMetric,
  value: number,
  validFrom: string,
): Promise<Athlete> {
  const athlete = await getAthlete(ctx, athleteId);
  await ctx.db.transaction().execute(async (trx) => {
    await upsertThreshold(trx, athleteId, metric, value, validFrom, ctx.now().toISOString());
    // Loads of activities from validFrom on depend on the new value; rescoring marks the PMC stale.
    await rescoreActivitiesFrom(trx, athlete, validFrom);
  });
  ctx.events.emit({ type: 'data.changed', scope: 'athletes' });
  return getAthlete(ctx, athleteId);
}
