import type { WellnessDay } from '../src-main/common/contract';
import type { ActivityRecord } from '../src-main/common/domain/activity';
import { addDays, toIsoDate } from '../src-main/common/domain/dates';
import { insertActivity } from '../src-main/node/db/repositories/activities';
import { insertAthlete, upsertThreshold } from '../src-main/node/db/repositories/athletes';
import { upsertWellness } from '../src-main/node/db/repositories/wellness';
import type { TempApp } from '../tests/helpers/temp-app';
import type { SeededRandom } from '../tests/unit/domain/load/seeded-random';

/**
 * A coaching business at scale for the benchmarks: athletes × years of activity summaries (about five
 * sessions a week, 60 % rides) and a year of morning readings, written in bulk through the repositories
 * (the demo generator would take far longer). Synthetic and labelled so; only the benchmarks use it.
 */
export async function generateRoster(
  app: TempApp,
  options: { athletes: number; years: number; now: Date; random: SeededRandom; notes?: (date: string, random: SeededRandom) => string },
): Promise<number[]> {
  const { random, now } = options;
  const today = toIsoDate(now);
  const first = addDays(today, -365 * options.years);
  const createdAt = now.toISOString();
  const ids: number[] = [];
  for (let i = 0; i < options.athletes; i++) {
    await app.ctx.db.transaction().execute(async (trx) => {
      const id = await insertAthlete(trx, { name: `Athlete ${String(i + 1).padStart(3, '0')}`, sports: ['bike', 'run'], sex: null, birthYear: null, notes: '', timeZone: 'UTC', isDemo: false, createdAt });
      await upsertThreshold(trx, id, 'ftp', random.int(180, 320), first, createdAt);
      for (let date = first; date <= today; date = addDays(date, 1)) {
        if (random.next() < 0.72) {
          const summary = activitySummary(id, date, random, createdAt);
          summary.record.notes = options.notes?.(date, random) ?? '';
          await insertActivity(trx, summary);
        }
      }
      await upsertWellness(trx, id, morningReadings(addDays(today, -364), today, random), 'bench');
      ids.push(id);
    });
  }
  return ids;
}

export function activitySummary(athleteId: number, date: string, random: SeededRandom, createdAt: string, maxMinutes = 180) {
  const seconds = random.int(30, maxMinutes) * 60;
  const record: ActivityRecord = {
    sport: random.next() < 0.6 ? 'bike' : 'run',
    subSport: null,
    name: 'Session',
    startTime: `${date}T06:30:00.000Z`,
    utcOffsetMinutes: 60,
    elapsedSeconds: seconds,
    timerSeconds: seconds,
    movingSeconds: seconds,
    distanceMeters: seconds * 7,
    ascentMeters: 100,
    avgHr: 140,
    maxHr: 170,
    avgPower: null,
    maxPower: null,
    normalizedPower: null,
    avgCadence: null,
    avgSpeed: 7,
    maxSpeed: 12,
    calories: null,
    rpe: null,
    notes: '',
    laps: [],
    streams: null,
  };
  const load = Math.round((seconds / 3600) * random.normal(0.75, 0.1) ** 2 * 1000) / 10;
  return { athleteId, deviceId: null, record, load: { load, method: 'hr' as const, explanation: 'bench', metrics: {} }, isDemo: false, createdAt };
}

export function morningReadings(from: string, to: string, random: SeededRandom): WellnessDay[] {
  const days: WellnessDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    days.push({
      date,
      hrvRmssd: Math.exp(random.normal(4, 0.15)),
      restingHr: Math.round(random.normal(50, 3)),
      sleepHours: random.normal(7.5, 0.6),
      sleepQuality: null,
      soreness: null,
      fatigue: null,
      mood: null,
      stress: null,
      weightKg: null,
      note: null,
    });
  }
  return days;
}
