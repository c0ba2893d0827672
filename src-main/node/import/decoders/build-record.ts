import type { Sport } from '../../../common/contract';
import type { ActivityLap, ActivityRecord, ActivityStreams } from '../../../common/domain/activity';
import { deriveGrade, deriveSpeed } from './streams/derived';
import { summariseStreams, type StreamSummary } from './streams/summary';

/** What a source states about one activity; anything it leaves out is computed from the streams. */
export interface SourceSummary extends Partial<Record<keyof StreamSummary, number | null>> {
  sport: Sport;
  subSport: string | null;
  name: string;
  startTimeMs: number;
  utcOffsetMinutes: number;
  normalizedPower?: number | null;
  calories?: number | null;
}

/** Fills derivable channels, then merges the source's own summary over the one computed from streams. */
export function buildActivityRecord(source: SourceSummary, streams: ActivityStreams | null, laps: ActivityLap[]): ActivityRecord {
  if (streams) completeDerivedChannels(streams);
  const computed = streams ? summariseStreams(streams) : null;
  const pick = (key: keyof StreamSummary): number | null => finiteOrNull(source[key]) ?? computed?.[key] ?? null;
  const timerSeconds = pick('timerSeconds') ?? 0;
  return {
    sport: source.sport,
    subSport: source.subSport,
    name: source.name,
    startTime: new Date(source.startTimeMs).toISOString(),
    utcOffsetMinutes: source.utcOffsetMinutes,
    elapsedSeconds: Math.max(pick('elapsedSeconds') ?? timerSeconds, timerSeconds),
    timerSeconds,
    movingSeconds: pick('movingSeconds'),
    distanceMeters: pick('distanceMeters'),
    ascentMeters: pick('ascentMeters'),
    avgHr: pick('avgHr'),
    maxHr: pick('maxHr'),
    avgPower: pick('avgPower'),
    maxPower: pick('maxPower'),
    normalizedPower: finiteOrNull(source.normalizedPower),
    avgCadence: pick('avgCadence'),
    avgSpeed: pick('avgSpeed'),
    maxSpeed: pick('maxSpeed'),
    calories: finiteOrNull(source.calories),
    rpe: null,
    notes: '',
    laps,
    streams,
  };
}

function completeDerivedChannels(streams: ActivityStreams): void {
  if (!hasFinite(streams.speed)) {
    const speed = deriveSpeed(streams);
    if (speed && hasFinite(speed)) streams.speed = speed;
  }
  if (!hasFinite(streams.grade)) {
    const grade = deriveGrade(streams);
    if (grade && hasFinite(grade)) streams.grade = grade;
    else delete streams.grade;
  }
}

function hasFinite(values: Float64Array | undefined): values is Float64Array {
  return values !== undefined && values.some((v) => Number.isFinite(v));
}

export function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
