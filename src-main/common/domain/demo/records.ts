import type { ActivityLap, ActivityRecord, ActivityStreams } from '../activity';
import { computeNormalizedPower } from '../metrics/normalized-power';
import type { DemoFitness } from './fitness';
import { bikeSpeedFromPower, DRIFT_BPM_PER_SECOND, heartRateFor } from './physiology';
import type { Random } from './random';
import type { PlannedSession } from './schedule';
import { renderStreams, type Terrain } from './streams';
import {
  buildSegments,
  normalisedIntensity,
  raceIntensity,
  raceSegments,
  type Segment,
  type SessionKind,
} from './workouts';

export interface AthleteSetup {
  utcOffsetMinutes: number;
  /** Morning person (first session ~6:30) or evening (~18:00). */
  trainsEarly: boolean;
  climbPerKm: number;
  hasPowerMeter: boolean;
}

export interface GeneratedActivity {
  record: ActivityRecord;
  /** TSS-like estimate from the plan, used by the wellness model (the stored load is computed by the app). */
  estimatedLoad: number;
  /** Finish time of a race, for the race event's text. */
  raceSeconds: number | null;
}

const total = (segments: Segment[]) => segments.reduce((sum, s) => sum + s.seconds, 0);
const weighted = (segments: Segment[], value: (s: Segment) => number) =>
  segments.reduce((sum, s) => sum + s.seconds * value(s), 0) / Math.max(1, total(segments));
const round = (v: number, digits = 0) => Math.round(v * 10 ** digits) / 10 ** digits;

function speedAt(sport: PlannedSession['sport'], intensity: number, fitness: DemoFitness): number {
  if (sport === 'run') return intensity * (fitness.thresholdSpeed ?? 3);
  if (sport === 'swim') return intensity * (fitness.cssSpeed ?? 0.9);
  if (sport === 'bike')
    return bikeSpeedFromPower(intensity * (fitness.ftp ?? fitness.weight * 2.5), 0, fitness.weight) * 0.93;
  return 0;
}

/** Race duration from course length and race pace; pace depends on duration, so two passes settle it. */
function raceSegmentsFor(session: PlannedSession, fitness: DemoFitness): Segment[] {
  const race = session.race!;
  let seconds = 3600;
  for (let pass = 0; pass < 3; pass++) {
    const speed =
      speedAt(session.sport, raceIntensity(seconds / 3600, race.leg), fitness) * (1 - race.ascent / race.meters);
    seconds = race.meters / speed;
  }
  return raceSegments(Math.round(seconds), raceIntensity(seconds / 3600, race.leg));
}

const NAMES: Record<SessionKind, string> = {
  recovery: 'Recovery',
  easy: 'Easy',
  long: 'Long',
  tempo: 'Tempo',
  threshold: 'Threshold',
  intervals: 'Intervals',
  openers: 'Openers',
  brick: 'Brick',
  race: 'Race',
  strength: 'Strength & mobility',
};
const SPORT_NOUN = { run: 'run', bike: 'ride', swim: 'swim', strength: '' } as const;

function activityName(session: PlannedSession, segments: Segment[]): string {
  if (session.race) {
    const leg = session.race.leg === 'single' ? '' : ` – ${session.sport}`;
    return `${session.race.race.name}${leg}`;
  }
  if (session.sport === 'strength') return NAMES.strength;
  const work = segments.filter((s) => s.role === 'work');
  const reps = HARDISH.has(session.kind) && work.length > 0 ? ` ${work.length} × ${formatRep(work[0]!.seconds)}` : '';
  return `${NAMES[session.kind]} ${SPORT_NOUN[session.sport]}${reps}`;
}
const HARDISH: ReadonlySet<SessionKind> = new Set(['tempo', 'threshold', 'intervals']);
const formatRep = (seconds: number) => (seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`);

/** Session RPE (CR-10) an athlete would give: rises with intensity and a little with duration. */
function sessionRpe(intensity: number, hours: number, kind: SessionKind, random: Random): number {
  if (kind === 'race') return random.int(8, 10);
  const base = 1 + 11 * Math.max(0, intensity - 0.45) + 0.6 * hours;
  return Math.max(1, Math.min(10, Math.round(base + random.normal(0, 0.7))));
}

function localStart(
  session: PlannedSession,
  orderInDay: number,
  setup: AthleteSetup,
  random: Random,
  weekend: boolean,
): string {
  let minutes: number;
  if (session.race) minutes = session.race.leg === 'single' ? 9 * 60 : 7 * 60;
  else if (weekend) minutes = orderInDay === 0 ? 8 * 60 + 30 : 11 * 60 + 30;
  else if (orderInDay === 0) minutes = setup.trainsEarly ? 6 * 60 + 30 : 18 * 60;
  else minutes = setup.trainsEarly ? 18 * 60 : 12 * 60 + 15;
  minutes += session.race ? 0 : random.int(-25, 25);
  const seconds = minutes * 60 + random.int(0, 59);
  return new Date(Date.parse(`${session.date}T00:00:00Z`) + seconds * 1000).toISOString().slice(0, 19);
}

function toUtcIso(localIso: string, offsetMinutes: number, plusSeconds = 0): string {
  return new Date(Date.parse(`${localIso}Z`) - offsetMinutes * 60_000 + plusSeconds * 1000)
    .toISOString()
    .replace('.000Z', 'Z');
}

interface Totals {
  seconds: number;
  distance: number | null;
  avgHr: number | null;
  maxHr: number | null;
  avgPower: number | null;
  maxPower: number | null;
  normalizedPower: number | null;
  avgSpeed: number | null;
  maxSpeed: number | null;
  avgCadence: number | null;
  ascent: number | null;
}

function mean(values: Float64Array, from = 0, to = values.length): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i]!;
  return sum / Math.max(1, to - from);
}
function max(values: Float64Array, from = 0, to = values.length): number {
  let best = -Infinity;
  for (let i = from; i < to; i++) best = Math.max(best, values[i]!);
  return best;
}

function totalsFromStreams(s: ActivityStreams, from: number, to: number): Totals {
  let ascent = 0;
  if (s.altitude) for (let i = from + 1; i < to; i++) ascent += Math.max(0, s.altitude[i]! - s.altitude[i - 1]!);
  const distance = s.distance ? round(s.distance[to - 1]! - (from > 0 ? s.distance[from - 1]! : 0), 1) : null;
  return {
    seconds: to - from,
    distance,
    avgHr: s.hr ? round(mean(s.hr, from, to)) : null,
    maxHr: s.hr ? max(s.hr, from, to) : null,
    avgPower: s.power ? round(mean(s.power, from, to)) : null,
    maxPower: s.power ? max(s.power, from, to) : null,
    normalizedPower: s.power ? (computeNormalizedPower(s.power.subarray(from, to)) ?? null) : null,
    avgSpeed: distance !== null ? round(distance / (to - from), 3) : null,
    maxSpeed: s.speed ? max(s.speed, from, to) : null,
    avgCadence: s.cadence ? round(mean(s.cadence, from, to)) : null,
    ascent: round(ascent),
  };
}

/** Summary values straight from the segments, for the many activities stored without streams. */
function totalsFromSegments(
  segments: Segment[],
  sport: PlannedSession['sport'],
  fitness: DemoFitness,
  setup: AthleteSetup,
  random: Random,
): Totals {
  const seconds = total(segments);
  const hrOf = (s: Segment) => heartRateFor(s.intensity, sport, fitness) + DRIFT_BPM_PER_SECOND * seconds * 0.5;
  const hasHr = sport !== 'swim';
  const moving = sport !== 'strength';
  const avgSpeed = moving ? weighted(segments, (s) => speedAt(sport, s.intensity, fitness)) : null;
  const distance = avgSpeed !== null ? avgSpeed * seconds : null;
  const power = sport === 'bike' && setup.hasPowerMeter && fitness.ftp ? fitness.ftp : null;
  const peak = Math.max(...segments.map((s) => s.intensity));
  return {
    seconds,
    distance: distance !== null ? (sport === 'swim' ? Math.round(distance / 25) * 25 : round(distance, 1)) : null,
    avgHr: hasHr ? round(weighted(segments, hrOf)) : null,
    maxHr: hasHr ? Math.min(fitness.maxHr, round(Math.max(...segments.map(hrOf)) + 5)) : null,
    // Coasting pulls average power below the riding power; surges push NP above the segment mean.
    avgPower: power ? round(weighted(segments, (s) => s.intensity) * power * 0.95) : null,
    maxPower: power ? round(peak * power * random.between(1.8, 2.6)) : null,
    normalizedPower: power ? round(normalisedIntensity(segments) * power * random.between(1.02, 1.06)) : null,
    avgSpeed: avgSpeed !== null ? round(avgSpeed, 3) : null,
    maxSpeed: avgSpeed !== null ? round(speedAt(sport, peak, fitness) * 1.15, 2) : null,
    avgCadence:
      sport === 'run'
        ? round(168 + 22 * (weighted(segments, (s) => s.intensity) - 0.75))
        : sport === 'bike'
          ? 87
          : null,
    ascent:
      distance !== null && sport !== 'swim'
        ? round((distance / 1000) * setup.climbPerKm * random.between(0.8, 1.2))
        : null,
  };
}

function laps(
  segments: Segment[],
  startIso: string,
  totalsOf: (from: number, to: number, segment: Segment) => Totals,
): ActivityLap[] {
  const result: ActivityLap[] = [];
  let offset = 0;
  for (const segment of segments) {
    const t = totalsOf(offset, offset + segment.seconds, segment);
    result.push({
      startTime: new Date(Date.parse(startIso) + offset * 1000).toISOString().replace('.000Z', 'Z'),
      elapsedSeconds: segment.seconds,
      timerSeconds: segment.seconds,
      distanceMeters: t.distance !== null ? round(t.distance, 1) : null,
      avgHr: t.avgHr,
      maxHr: t.maxHr,
      avgPower: t.avgPower,
      maxPower: t.maxPower,
      avgSpeed: t.avgSpeed,
      avgCadence: t.avgCadence,
      intensity: segment.role === 'work' ? 'active' : segment.role === 'recovery' ? 'rest' : segment.role,
    });
    offset += segment.seconds;
  }
  return result;
}

const CALORIES_PER_SECOND = { run: 0.2, bike: 0.17, swim: 0.15, strength: 0.1 } as const;

/**
 * Turns a planned session into what a device (or the athlete, for strength work) would have
 * recorded. With `withStreams`, the summary values are computed from the 1 Hz samples so the two
 * always agree; without, from the segments.
 */
export function buildActivity(
  session: PlannedSession,
  orderInDay: number,
  fitness: DemoFitness,
  setup: AthleteSetup,
  withStreams: boolean,
  random: Random,
  /** Seconds after the usual start, for the later legs of a triathlon. */
  startDelaySeconds = 0,
): GeneratedActivity {
  const segments = session.race
    ? raceSegmentsFor(session, fitness)
    : buildSegments(session.sport, session.kind, session.seconds, random);
  const weekend = new Date(`${session.date}T00:00:00Z`).getUTCDay() % 6 === 0;
  const local = localStart(session, orderInDay, setup, random, weekend);
  const startTime = toUtcIso(local, setup.utcOffsetMinutes, startDelaySeconds);
  const streamable = withStreams && (session.sport === 'run' || session.sport === 'bike');
  const terrain: Terrain = {
    climbPerKm: session.race ? (session.race.ascent / session.race.meters) * 1000 : setup.climbPerKm,
    baseAltitude: random.between(20, 400),
    phases: [random.between(0, 6.28), random.between(0, 6.28), random.between(0, 6.28)],
  };
  const hasPower = session.sport === 'bike' && setup.hasPowerMeter;
  const streams = streamable
    ? renderStreams(segments, session.sport as 'run' | 'bike', fitness, terrain, hasPower, random)
    : null;
  const totals = streams
    ? totalsFromStreams(streams, 0, streams.time.length)
    : totalsFromSegments(segments, session.sport, fitness, setup, random);
  const structured = segments.some((s) => s.role === 'work') && session.sport !== 'strength';
  const lapTotals = (from: number, to: number, segment: Segment) =>
    streams
      ? totalsFromStreams(streams, from, to)
      : totalsFromSegments([segment], session.sport, fitness, setup, random);
  const stops =
    session.sport === 'run' && !session.race
      ? random.int(0, 90)
      : session.sport === 'bike' && !session.race
        ? random.int(0, 600)
        : 0;
  const hours = totals.seconds / 3600;
  const intensity = normalisedIntensity(segments);
  const estimatedLoad = session.sport === 'swim' ? hours * intensity ** 3 * 100 : hours * intensity ** 2 * 100;

  const record: ActivityRecord = {
    sport: session.sport === 'strength' ? 'strength' : session.sport,
    subSport: session.sport === 'swim' ? (session.race ? 'open_water' : 'lap_swimming') : session.race ? 'race' : null,
    name: activityName(session, segments),
    startTime,
    utcOffsetMinutes: setup.utcOffsetMinutes,
    elapsedSeconds: totals.seconds + stops,
    timerSeconds: totals.seconds,
    movingSeconds: session.sport === 'strength' ? null : totals.seconds,
    distanceMeters: totals.distance,
    ascentMeters: totals.ascent,
    avgHr: totals.avgHr,
    maxHr: totals.maxHr,
    avgPower: totals.avgPower,
    maxPower: totals.maxPower,
    normalizedPower: totals.normalizedPower !== null ? round(totals.normalizedPower) : null,
    avgCadence: totals.avgCadence,
    avgSpeed: totals.avgSpeed,
    maxSpeed: totals.maxSpeed,
    calories: round(totals.seconds * CALORIES_PER_SECOND[session.sport] * (0.6 + intensity)),
    rpe: sessionRpe(intensity, hours, session.kind, random),
    notes: session.adaptation ?? '',
    laps: structured ? laps(segments, startTime, lapTotals) : [],
    streams,
  };
  return { record, estimatedLoad, raceSeconds: session.race ? totals.seconds : null };
}
