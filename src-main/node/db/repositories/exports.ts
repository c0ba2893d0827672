import type { ExportPreferences, WorkoutFileFormat } from '../../../common/contract/exports';
import type { SentEvent } from '../../../common/domain/export/calendar-sequence';
import type { Db } from '../schema';

/**
 * The export tables (migration 007): per-athlete workout formats and pool length, and what each plan's
 * calendar was last sent. Rows are mapped here and never leave this module.
 */

/** Without saved preferences: FIT opens on Garmin, Wahoo, Coros and Suunto, the text sheet anywhere. */
const DEFAULT_WORKOUT_FORMATS: WorkoutFileFormat[] = ['fit', 'txt'];
const DEFAULT_POOL_LENGTH_METERS = 25;

export async function findExportPreferences(db: Db, athleteId: number): Promise<ExportPreferences> {
  const row = await db
    .selectFrom('export_preferences')
    .selectAll()
    .where('athlete_id', '=', athleteId)
    .executeTakeFirst();
  if (!row)
    return {
      athleteId,
      workoutFormats: DEFAULT_WORKOUT_FORMATS,
      poolLengthMeters: DEFAULT_POOL_LENGTH_METERS,
      saved: false,
    };
  return {
    athleteId,
    workoutFormats: JSON.parse(row.workout_formats_json) as WorkoutFileFormat[],
    poolLengthMeters: row.pool_length_m,
    saved: true,
  };
}

export async function saveExportPreferences(
  db: Db,
  prefs: Omit<ExportPreferences, 'saved'>,
  now: string,
): Promise<void> {
  const values = {
    workout_formats_json: JSON.stringify(prefs.workoutFormats),
    pool_length_m: prefs.poolLengthMeters,
    updated_at: now,
  };
  await db
    .insertInto('export_preferences')
    .values({ athlete_id: prefs.athleteId, ...values })
    .onConflict((oc) => oc.column('athlete_id').doUpdateSet(values))
    .execute();
}

export async function listSentEvents(db: Db, planId: number): Promise<SentEvent[]> {
  const rows = await db.selectFrom('export_calendar_events').selectAll().where('plan_id', '=', planId).execute();
  return rows.map((r) => ({
    uid: r.uid,
    contentHash: r.content_hash,
    sequence: r.sequence,
    date: r.date,
    summary: r.summary,
    cancelled: r.status === 'cancelled',
  }));
}

export async function recordSentEvents(
  db: Db,
  planId: number,
  events: readonly SentEvent[],
  now: string,
): Promise<void> {
  for (const e of events) {
    const values = {
      content_hash: e.contentHash,
      sequence: e.sequence,
      date: e.date,
      summary: e.summary,
      status: e.cancelled ? ('cancelled' as const) : ('confirmed' as const),
      exported_at: now,
    };
    await db
      .insertInto('export_calendar_events')
      .values({ plan_id: planId, uid: e.uid, ...values })
      .onConflict((oc) => oc.columns(['plan_id', 'uid']).doUpdateSet(values))
      .execute();
  }
}
