import type { Sport } from '../../../common/domain/sports';
import type { ActivityLap, ActivityRecord, ActivityStreams } from '../../../common/domain/activity';
import {
  excludeImplausibleSamples,
  impossibleDurationReason,
  implausibleSummaryValues,
  isPlausible,
  type CheckedChannel,
} from '../../../common/domain/metrics/sample-plausibility';
import { deriveGrade, deriveSpeed } from './streams/derived';
import { DecodeError } from './types';
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

/**
 * Leaves out impossible samples (sample-plausibility.ts), fills derivable channels, then merges the
 * source's own summary over the one computed from streams; a summary figure no athlete could reach
 * gives way to the computed one. Throws DecodeError for an activity longer than any can last.
 */
export function buildActivityRecord(
  source: SourceSummary,
  rawStreams: ActivityStreams | null,
  laps: ActivityLap[],
): ActivityRecord {
  const plausible = rawStreams ? excludeImplausibleSamples(rawStreams, source.sport) : null;
  const streams = plausible?.streams ?? null;
  if (streams) completeDerivedChannels(streams);
  // Speed derived from a broken distance channel is checked like a recorded one.
  const derived = streams ? excludeImplausibleSamples(streams, source.sport) : null;
  const checked = derived?.streams ?? null;
  const summaryExclusions = implausibleSummaryValues(
    {
      power: [source.avgPower, source.maxPower, source.normalizedPower],
      hr: [source.avgHr, source.maxHr],
      speed: [source.avgSpeed, source.maxSpeed],
      cadence: [source.avgCadence],
    },
    source.sport,
  );
  const computed = checked ? summariseStreams(checked) : null;
  // A device's own figures for a channel with impossible samples were made from them: the remaining samples' win.
  const sampleExclusions = [...(plausible?.exclusions ?? []), ...(derived?.exclusions ?? [])];
  const stated = (key: keyof StreamSummary): number | null => {
    const value = finiteOrNull(source[key]);
    const channel = SUMMARY_CHANNELS[key];
    if (value === null || !channel) return value;
    const madeFromExcluded = computed !== null && sampleExclusions.some((e) => e.channel === channel);
    return madeFromExcluded || !isPlausible(channel, value, source.sport) ? null : value;
  };
  const pick = (key: keyof StreamSummary): number | null => stated(key) ?? computed?.[key] ?? null;
  const timerSeconds = pick('timerSeconds') ?? 0;
  const elapsedSeconds = Math.max(pick('elapsedSeconds') ?? timerSeconds, timerSeconds);
  const impossible = impossibleDurationReason(elapsedSeconds);
  if (impossible) throw new DecodeError(impossible);
  const deviceNp = finiteOrNull(source.normalizedPower);
  const excludedSamples = [...sampleExclusions, ...summaryExclusions];
  return {
    sport: source.sport,
    subSport: source.subSport,
    name: source.name,
    startTime: new Date(source.startTimeMs).toISOString(),
    utcOffsetMinutes: source.utcOffsetMinutes,
    elapsedSeconds,
    timerSeconds,
    movingSeconds: pick('movingSeconds'),
    distanceMeters: pick('distanceMeters'),
    ascentMeters: pick('ascentMeters'),
    avgHr: pick('avgHr'),
    maxHr: pick('maxHr'),
    avgPower: pick('avgPower'),
    maxPower: pick('maxPower'),
    normalizedPower: deviceNp !== null && isPlausible('power', deviceNp, source.sport) ? deviceNp : null,
    avgCadence: pick('avgCadence'),
    avgSpeed: pick('avgSpeed'),
    maxSpeed: pick('maxSpeed'),
    calories: finiteOrNull(source.calories),
    rpe: null,
    notes: '',
    laps,
    streams: checked,
    ...(excludedSamples.length > 0 && { excludedSamples }),
  };
}

/** The channel whose limits a stated summary figure must respect. */
const SUMMARY_CHANNELS: Partial<Record<keyof StreamSummary, CheckedChannel>> = {
  avgPower: 'power',
  maxPower: 'power',
  avgHr: 'hr',
  maxHr: 'hr',
  avgSpeed: 'speed',
  maxSpeed: 'speed',
  avgCadence: 'cadence',
};

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
