import type { ActivityRecord } from '../../../src-main/common/domain/activity';
import { addActivity } from '../../../src-main/node/services/activities';
import { createAthlete } from '../../../src-main/node/services/athletes';
import type { TempApp } from '../../helpers/temp-app';

/** A steady run recorded on `date` at 06:00 UTC. */
export function run(date: string, minutes: number, secondsPerKm = 330): ActivityRecord {
  const seconds = minutes * 60;
  const speed = 1000 / secondsPerKm;
  return {
    sport: 'run',
    subSport: null,
    name: `Run ${date}`,
    startTime: `${date}T06:00:00.000Z`,
    utcOffsetMinutes: 0,
    elapsedSeconds: seconds,
    timerSeconds: seconds,
    movingSeconds: seconds,
    distanceMeters: seconds * speed,
    ascentMeters: 0,
    avgHr: 145,
    maxHr: 165,
    avgPower: null,
    maxPower: null,
    normalizedPower: null,
    avgCadence: 170,
    avgSpeed: speed,
    maxSpeed: speed * 1.2,
    calories: null,
    rpe: null,
    notes: '',
    laps: [],
    streams: null,
  };
}

/** Ana Ruiz, a runner with eight weeks of history from 6 Mar 2026: six 50-minute runs a week, 100 minutes on Saturdays. */
export async function runnerWithHistory(app: TempApp, now: Date) {
  const athlete = await createAthlete(app.ctx, {
    name: 'Ana Ruiz',
    sports: ['run'],
    thresholds: { thresholdPace: 270, lthr: 170, maxHr: 190, restingHr: 48 },
    thresholdsFrom: '2026-01-01',
  });
  for (let day = 1; day <= 56; day++) {
    const date = new Date(Date.UTC(2026, 2, 5) + day * 86_400_000).toISOString().slice(0, 10);
    if (day % 7 === 0) continue;
    await addActivity(app.ctx.db, athlete, run(date, day % 7 === 6 ? 100 : 50), { now });
  }
  return athlete;
}
