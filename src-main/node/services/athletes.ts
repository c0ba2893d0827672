import { AppError, type Athlete, type AthleteSummary, type NewAthlete, newAthleteSchema } from '../../common/contract';
import type { Sport } from '../../common/domain/sports';
import { THRESHOLD_METRICS, type ThresholdMetric } from '../../common/domain/thresholds';
import { dateInTimeZone } from '../../common/domain/time-zone';
import {
  deleteAthleteRow,
  findAthlete,
  findAthleteTimeZone,
  insertAthlete,
  listAthleteSummaries,
  replaceAthleteTags,
  updateAthleteRow,
  upsertThreshold,
} from '../db/repositories/athletes';
import { machineTimeZone } from '../machine-time-zone';
import { redateActivitiesInZone } from './activity-redating';
import { rescoreActivitiesFrom } from './activity-rescore';
import type { ServiceContext } from './context';

export async function listAthletes(ctx: ServiceContext, includeArchived = false): Promise<AthleteSummary[]> {
  return listAthleteSummaries(ctx.db, includeArchived);
}

/** The athlete with the thresholds valid on their today (their time zone's date), or null. */
export async function findAthleteToday(ctx: ServiceContext, id: number): Promise<Athlete | null> {
  const zone = await findAthleteTimeZone(ctx.db, id);
  return zone === null ? null : findAthlete(ctx.db, id, dateInTimeZone(zone, ctx.now().getTime()));
}

export async function getAthlete(ctx: ServiceContext, id: number): Promise<Athlete> {
  const athlete = await findAthleteToday(ctx, id);
  if (!athlete) throw new AppError('NOT_FOUND', `No athlete with id ${id}`, 'id');
  return athlete;
}

export async function createAthlete(
  ctx: ServiceContext,
  input: NewAthlete,
  options: { isDemo?: boolean } = {},
): Promise<Athlete> {
  const a = newAthleteSchema.parse(input);
  const timeZone = a.timeZone ?? machineTimeZone();
  const now = ctx.now().toISOString();
  const validFrom = a.thresholdsFrom ?? dateInTimeZone(timeZone, ctx.now().getTime());
  const id = await ctx.db.transaction().execute(async (trx) => {
    const athleteId = await insertAthlete(trx, {
      name: a.name,
      sports: a.sports,
      sex: a.sex,
      birthYear: a.birthYear,
      notes: a.notes,
      timeZone,
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
  ctx.events.emit({ type: 'data.changed', scope: 'athletes', athleteId: id });
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
    /** Canonical IANA name (the contract's timeZoneSchema). */
    timeZone?: string;
  },
): Promise<Athlete> {
  const before = await getAthlete(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await updateAthleteRow(trx, id, patch, ctx.now().toISOString());
    if (patch.tags) await replaceAthleteTags(trx, id, patch.tags);
    // Activities whose day came from the zone move with it; those dated by their own file stay.
    if (patch.timeZone !== undefined && patch.timeZone !== before.timeZone)
      await redateActivitiesInZone(trx, id, patch.timeZone);
  });
  ctx.events.emit({ type: 'data.changed', scope: 'athletes', athleteId: id });
  return getAthlete(ctx, id);
}

export async function setAthleteArchived(ctx: ServiceContext, id: number, archived: boolean): Promise<Athlete> {
  await getAthlete(ctx, id);
  const now = ctx.now().toISOString();
  await updateAthleteRow(ctx.db, id, { archivedAt: archived ? now : null }, now);
  ctx.events.emit({ type: 'data.changed', scope: 'athletes', athleteId: id });
  return getAthlete(ctx, id);
}

/** Deletes the athlete and, through ON DELETE CASCADE, every activity, wellness day and note of theirs. */
export async function deleteAthlete(
  ctx: ServiceContext,
  id: number,
  confirmName: string,
): Promise<{ deleted: number }> {
  const athlete = await getAthlete(ctx, id);
  if (confirmName.trim() !== athlete.name) {
    throw new AppError('VALIDATION', `Type the athlete's name "${athlete.name}" to confirm deletion`, 'confirmName');
  }
  const deleted = await deleteAthleteRow(ctx.db, id);
  ctx.events.emit({ type: 'data.changed', scope: 'athletes', athleteId: id });
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
  ctx.events.emit({ type: 'data.changed', scope: 'athletes', athleteId });
  return getAthlete(ctx, athleteId);
}
