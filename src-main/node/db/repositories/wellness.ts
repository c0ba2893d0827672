import type { WellnessDay } from '../../../common/domain/wellness/wellness-day';
import type { WellnessReading } from '../../../common/domain/wellness/wellness-markers';
import { precompiled } from '../precompiled-query';
import type { Db, WellnessRow } from '../schema';

export async function upsertWellness(db: Db, athleteId: number, days: WellnessDay[], source: string): Promise<void> {
  for (let i = 0; i < days.length; i += 500) {
    const rows = days.slice(i, i + 500).map((d) => ({
      athlete_id: athleteId,
      date: d.date,
      hrv_rmssd: d.hrvRmssd,
      resting_hr: d.restingHr,
      sleep_hours: d.sleepHours,
      sleep_quality: d.sleepQuality,
      soreness: d.soreness,
      fatigue: d.fatigue,
      mood: d.mood,
      stress: d.stress,
      weight_kg: d.weightKg,
      note: d.note,
      source,
    }));
    await db
      .insertInto('wellness')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['athlete_id', 'date']).doUpdateSet((eb) => ({
          hrv_rmssd: eb.ref('excluded.hrv_rmssd'),
          resting_hr: eb.ref('excluded.resting_hr'),
          sleep_hours: eb.ref('excluded.sleep_hours'),
          sleep_quality: eb.ref('excluded.sleep_quality'),
          soreness: eb.ref('excluded.soreness'),
          fatigue: eb.ref('excluded.fatigue'),
          mood: eb.ref('excluded.mood'),
          stress: eb.ref('excluded.stress'),
          weight_kg: eb.ref('excluded.weight_kg'),
          note: eb.ref('excluded.note'),
          source: eb.ref('excluded.source'),
        })),
      )
      .execute();
  }
}

function toDay(r: WellnessRow): WellnessDay {
  return {
    date: r.date,
    hrvRmssd: r.hrv_rmssd,
    restingHr: r.resting_hr,
    sleepHours: r.sleep_hours,
    sleepQuality: r.sleep_quality,
    soreness: r.soreness,
    fatigue: r.fatigue,
    mood: r.mood,
    stress: r.stress,
    weightKg: r.weight_kg,
    note: r.note,
  };
}

export async function listWellness(db: Db, athleteId: number, from: string, to: string): Promise<WellnessDay[]> {
  return (await WELLNESS_DAYS.run(db, { athleteId, from, to })).map(toDay);
}

// Precompiled: read for every athlete each time the anomaly rules run.
const WELLNESS_DAYS = precompiled((db, p: { athleteId: number; from: string; to: string }) =>
  db
    .selectFrom('wellness')
    .selectAll()
    .where('athlete_id', '=', p.athleteId)
    .where('date', '>=', p.from)
    .where('date', '<=', p.to)
    .orderBy('date'),
);

/**
 * The morning markers judged against their baselines (HRV, resting HR, sleep) of the days from `from`
 * to `to`, oldest first: what the wellness chart and the roster's morning status read, without the
 * other columns of a wellness day.
 */
export async function listMorningMarkers(
  db: Db,
  athleteId: number,
  from: string,
  to: string,
): Promise<WellnessReading[]> {
  const rows = await MORNING_MARKERS.run(db, { athleteId, from, to });
  return rows.map((r) => ({ date: r.date, hrvRmssd: r.hrv_rmssd, restingHr: r.resting_hr, sleepHours: r.sleep_hours }));
}

const MORNING_MARKERS = precompiled((db, p: { athleteId: number; from: string; to: string }) =>
  db
    .selectFrom('wellness')
    .select(['date', 'hrv_rmssd', 'resting_hr', 'sleep_hours'])
    .where('athlete_id', '=', p.athleteId)
    .where('date', '>=', p.from)
    .where('date', '<=', p.to)
    .orderBy('date'),
);
