import type { ActivityRecord } from '../../../src-main/common/domain/activity';
import { addDays } from '../../../src-main/common/domain/dates';

/**
 * A ride scored by its device NP against FTP, so its load is known exactly:
 * TSS = hours × (NP / FTP)² × 100. The offset puts its local date one hour ahead of UTC.
 */
export function ride(localDate: string, np: number, seconds = 3600): ActivityRecord {
  return {
    sport: 'bike',
    subSport: null,
    name: 'Ride',
    startTime: `${localDate}T06:00:00.000Z`,
    utcOffsetMinutes: 60,
    elapsedSeconds: seconds,
    timerSeconds: seconds,
    movingSeconds: seconds,
    distanceMeters: 30000,
    ascentMeters: 200,
    avgHr: 140,
    maxHr: 170,
    avgPower: np - 15,
    maxPower: 600,
    normalizedPower: np,
    avgCadence: 88,
    avgSpeed: 8.3,
    maxSpeed: 14,
    calories: 800,
    rpe: null,
    notes: '',
    laps: [],
    streams: null,
  };
}

export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  return dates;
}
