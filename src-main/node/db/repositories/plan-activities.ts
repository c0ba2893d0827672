import type { Sport } from '../../../common/domain/sports';
import type { Db } from '../schema';

/** Completed activities as the plans compare them with what was planned. */

/** A completed activity as plan-versus-actual compares it. */
export interface PlanActivity {
  id: number;
  name: string;
  sport: Sport;
  localDate: string;
  seconds: number;
  meters: number | null;
  load: number | null;
}

export async function listActivitiesBetween(
  db: Db,
  athleteId: number,
  from: string,
  to: string,
): Promise<PlanActivity[]> {
  const rows = await db
    .selectFrom('activities')
    .select(['id', 'name', 'sport', 'local_date', 'timer_seconds', 'distance_meters', 'load'])
    .where('athlete_id', '=', athleteId)
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .orderBy('start_time')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    sport: r.sport as Sport,
    localDate: r.local_date,
    seconds: r.timer_seconds,
    meters: r.distance_meters,
    load: r.load,
  }));
}

/** Completed activities of the given athletes between two local dates, inclusive. */
export async function listActivitiesOfAthletesBetween(
  db: Db,
  athleteIds: readonly number[],
  from: string,
  to: string,
): Promise<{ id: number; athleteId: number; date: string; sport: string; seconds: number }[]> {
  if (athleteIds.length === 0) return [];
  const rows = await db
    .selectFrom('activities')
    .select(['id', 'athlete_id', 'local_date', 'sport', 'timer_seconds'])
    .where('athlete_id', 'in', athleteIds)
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    athleteId: r.athlete_id,
    date: r.local_date,
    sport: r.sport,
    seconds: r.timer_seconds,
  }));
}
