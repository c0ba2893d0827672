import type { ThresholdMetric } from '../src-main/common/domain/thresholds';
import type { WellnessDay } from '../src-main/common/domain/wellness/wellness-day';
import type { ActivityRecord, ActivityStreams } from '../src-main/common/domain/activity';
import { addDays, daysBetween, toIsoDate } from '../src-main/common/domain/dates';
import { weekStartOf } from '../src-main/common/domain/load/training-week';
import type { RaceType } from '../src-main/common/domain/planner/types';
import { insertActivity } from '../src-main/node/db/repositories/activities';
import { insertAthlete, upsertThreshold } from '../src-main/node/db/repositories/athletes';
import { markLoadDirty } from '../src-main/node/db/repositories/load-state';
import { findCurrentPlan } from '../src-main/node/db/repositories/plans';
import { listPlannedWorkouts } from '../src-main/node/db/repositories/planned-workouts';
import { upsertWellness } from '../src-main/node/db/repositories/wellness';
import type { Db } from '../src-main/node/db/schema';
import { scoreActivity, storedMetricsOf } from '../src-main/node/services/activity-analysis';
import { refreshAthlete } from '../src-main/node/services/load-refresh';
import { createPlan } from '../src-main/node/services/plans';
import type { TempApp } from '../tests/helpers/temp-app';
import type { SeededRandom } from '../tests/unit/domain/load/seeded-random';

/**
 * A coaching business at scale for the benchmarks: athletes × years of training (about five sessions a
 * week) and a year of morning readings, written in bulk through the repositories (the demo generator
 * would take far longer). Synthetic and labelled so; only the benchmarks use it.
 *
 * Every activity is scored the way an import scores it (scoreActivity on the record, with the athlete's
 * thresholds): its load and its stored metrics come from the app's own metric code, not from a formula
 * here. Sessions of the last STREAM_DAYS carry 1 Hz power or speed and heart-rate streams, so they get
 * NP, EF, decoupling, mean-maximal curves and zone times as a device file would; older sessions are
 * summaries with the device's averages (an export from another platform looks like that). The samples
 * themselves are not stored: no timed read looks at them, and half a million stored streams would take
 * many gigabytes.
 *
 * Athletes' fitness drifts through the seasons and one in eight fades over the last four weeks, so the
 * performance rule has declines to find. Four in five athletes are in a training block planned by the
 * real planner as of its first day (as the demo does), and follow it since with some sessions missed —
 * one in eight misses most of the last two weeks, which the compliance rule should raise.
 */

/** Covers everything the timed reads look at: the anomaly rules read 148 days back (anomalies/evaluation.ts). */
const STREAM_DAYS = 150;
const RACE_TYPES: readonly RaceType[] = ['marathon', 'half-marathon', '10k', 'gran-fondo'];

export interface SyntheticAthlete {
  id: number;
  thresholds: { ftp: number; lthr: number; maxHr: number; restingHr: number; thresholdPace: number };
  /** The date the thresholds were set (the first day of the history). */
  thresholdsFrom: string;
  /** Phase of the seasonal fitness swing, radians. */
  seasonPhase: number;
  /** Fitness falls by this share over the last 28 days (0 for most athletes). */
  fade: number;
  /** Misses most sessions of the last 14 days of the plan. */
  slumps: boolean;
  today: string;
}

export interface RosterOptions {
  athletes: number;
  years: number;
  now: Date;
  random: SeededRandom;
  notes?: (date: string, random: SeededRandom) => string;
}

export async function generateRoster(app: TempApp, options: RosterOptions): Promise<SyntheticAthlete[]> {
  const { random, now } = options;
  const today = toIsoDate(now);
  const first = addDays(today, -365 * options.years);
  const createdAt = now.toISOString();
  const athletes: SyntheticAthlete[] = [];
  for (let i = 0; i < options.athletes; i++) {
    const planned = random.next() < 0.8;
    const weeks = random.int(10, 16);
    const blockStart = addDays(weekStartOf(today), -7 * random.int(2, Math.min(8, weeks - 2)));
    const historyEnd = planned ? blockStart : addDays(today, 1);
    const athlete = await app.ctx.db.transaction().execute(async (trx) => {
      const id = await insertAthlete(trx, {
        name: `Athlete ${String(i + 1).padStart(3, '0')}`,
        sports: ['bike', 'run'],
        sex: null,
        birthYear: null,
        notes: '',
        timeZone: 'UTC',
        isDemo: false,
        createdAt,
      });
      const a = syntheticAthlete(id, first, today, random);
      for (const [metric, value] of Object.entries(a.thresholds))
        await upsertThreshold(trx, id, metric as ThresholdMetric, value, first, createdAt);
      for (let date = first; date < historyEnd; date = addDays(date, 1)) {
        if (random.next() < 0.72) {
          const sport = random.next() < 0.6 ? 'bike' : 'run';
          const seconds = random.int(30, 180) * 60;
          const intensity = clamp(random.normal(0.72, 0.08), 0.5, 1.0);
          await storeSession(
            trx,
            a,
            { date, sport, seconds, intensity, notes: options.notes?.(date, random) ?? '' },
            random,
            createdAt,
          );
        }
      }
      await upsertWellness(trx, id, morningReadings(addDays(today, -364), today, random), 'bench');
      return a;
    });
    if (planned)
      await planAndFollowBlock(
        app,
        athlete,
        { blockStart, weeks, raceType: RACE_TYPES[random.int(0, RACE_TYPES.length - 1)]! },
        options,
      );
    athletes.push(athlete);
  }
  return athletes;
}

function syntheticAthlete(id: number, first: string, today: string, random: SeededRandom): SyntheticAthlete {
  const restingHr = random.int(42, 60);
  const maxHr = random.int(172, 198);
  return {
    id,
    thresholds: {
      ftp: random.int(180, 320),
      lthr: Math.round(maxHr * random.normal(0.89, 0.015)),
      maxHr,
      restingHr,
      thresholdPace: random.int(210, 330),
    },
    thresholdsFrom: first,
    seasonPhase: random.next() * 2 * Math.PI,
    fade: random.next() < 1 / 8 ? random.normal(0.1, 0.02) : 0,
    slumps: random.next() < 1 / 8,
    today,
  };
}

/**
 * Plans the block with the real planner as of its first day, then trains it up to yesterday: each planned
 * session done at about its planned length and intensity, or skipped.
 */
async function planAndFollowBlock(
  app: TempApp,
  athlete: SyntheticAthlete,
  block: { blockStart: string; weeks: number; raceType: RaceType },
  options: RosterOptions,
): Promise<void> {
  const { random } = options;
  const createdAt = options.now.toISOString();
  // The planner seeds week 1 from the stored PMC on the eve of the block.
  await refreshAthlete(app.ctx.db, athlete.id, options.now);
  const asOf = new Date(`${block.blockStart}T12:00:00Z`);
  await createPlan(
    { ...app.ctx, now: () => asOf },
    {
      athleteId: athlete.id,
      raceDate: addDays(block.blockStart, 7 * (block.weeks - 1) + 6),
      raceType: block.raceType,
      raceName: '',
      startDate: block.blockStart,
      racePriority: 'A',
      pattern: '3:1',
      guardrails: {},
    },
  );
  const plan = (await findCurrentPlan(app.ctx.db, athlete.id, athlete.today))!;
  const sessions = (await listPlannedWorkouts(app.ctx.db, plan.id)).filter((w) => w.date < athlete.today);
  const slumpFrom = addDays(athlete.today, -14);
  await app.ctx.db.transaction().execute(async (trx) => {
    for (const w of sessions) {
      const doneShare = athlete.slumps && w.date >= slumpFrom ? 0.3 : 0.9;
      if (random.next() >= doneShare || (w.sport !== 'bike' && w.sport !== 'run')) continue;
      const seconds = Math.max(600, Math.round((w.plannedSeconds * random.normal(1, 0.08)) / 60) * 60);
      // The planned load's intensity: TSS = hours × IF² × 100.
      const intensity = clamp(
        Math.sqrt(w.plannedLoad / ((w.plannedSeconds / 3600) * 100)) * random.normal(1, 0.03),
        0.5,
        1.1,
      );
      await storeSession(
        trx,
        athlete,
        { date: w.date, sport: w.sport, seconds, intensity, notes: options.notes?.(w.date, random) ?? '' },
        random,
        createdAt,
      );
    }
    await markLoadDirty(trx, athlete.id, block.blockStart);
  });
}

interface Session {
  date: string;
  sport: 'bike' | 'run';
  seconds: number;
  /** Intensity factor: the session's normalised output over threshold. */
  intensity: number;
  notes: string;
}

/** One more session, dated `date`, of a kind the athlete's history already holds (the benchmarks' "one new upload"). */
export async function storeRandomSession(
  db: Db,
  athlete: SyntheticAthlete,
  date: string,
  random: SeededRandom,
  createdAt: string,
): Promise<number> {
  const session: Session = {
    date,
    sport: random.next() < 0.6 ? 'bike' : 'run',
    seconds: random.int(30, 180) * 60,
    intensity: clamp(random.normal(0.72, 0.08), 0.5, 1.0),
    notes: '',
  };
  return storeSession(db, athlete, session, random, createdAt);
}

/** Scores the session as an import would (its thresholds on the day, its streams when it has them) and stores it. */
async function storeSession(
  db: Db,
  athlete: SyntheticAthlete,
  session: Session,
  random: SeededRandom,
  createdAt: string,
): Promise<number> {
  const record = sessionRecord(athlete, session, random);
  const thresholdDates = Object.fromEntries(Object.keys(athlete.thresholds).map((m) => [m, athlete.thresholdsFrom]));
  const scored = scoreActivity(record, { thresholds: athlete.thresholds, thresholdDates, sex: null });
  return insertActivity(db, {
    athleteId: athlete.id,
    deviceId: null,
    record: { ...record, streams: null },
    load: scored.load,
    storedMetrics: storedMetricsOf(scored),
    isDemo: false,
    createdAt,
  });
}

/** The athlete's output at threshold on a day, relative to their set thresholds: seasons, and a fade at the end for some. */
function fitnessOn(athlete: SyntheticAthlete, date: string): number {
  const daysBefore = daysBetween(date, athlete.today);
  const season = 1 + 0.04 * Math.sin((2 * Math.PI * daysBefore) / 365 + athlete.seasonPhase);
  return season * (1 - athlete.fade * clamp(1 - daysBefore / 28, 0, 1));
}

/** Heart rate an effort settles at: near LTHR at threshold, well below it on easy days. */
function steadyHeartRate(athlete: SyntheticAthlete, intensity: number): number {
  const { restingHr, lthr } = athlete.thresholds;
  return restingHr + (lthr - restingHr) * (0.3 + 0.72 * intensity);
}

function sessionRecord(athlete: SyntheticAthlete, session: Session, random: SeededRandom): ActivityRecord {
  const fitness = fitnessOn(athlete, session.date);
  const withStreams = daysBetween(session.date, athlete.today) < STREAM_DAYS;
  const base: Omit<
    ActivityRecord,
    | 'distanceMeters'
    | 'avgHr'
    | 'maxHr'
    | 'avgPower'
    | 'maxPower'
    | 'normalizedPower'
    | 'avgSpeed'
    | 'maxSpeed'
    | 'streams'
  > = {
    sport: session.sport,
    subSport: null,
    name: session.sport === 'bike' ? 'Ride' : 'Run',
    startTime: `${session.date}T06:30:00.000Z`,
    utcOffsetMinutes: 60,
    elapsedSeconds: session.seconds,
    timerSeconds: session.seconds,
    movingSeconds: session.seconds,
    ascentMeters: 100,
    avgCadence: null,
    calories: null,
    rpe: null,
    notes: session.notes,
    laps: [],
  };
  if (withStreams) {
    const streams = sessionStreams(athlete, session, fitness, random);
    const hr = streams.hr!;
    const power = streams.power;
    return {
      ...base,
      distanceMeters: streams.distance!.at(-1)!,
      avgHr: Math.round(mean(hr)),
      maxHr: Math.round(max(hr)),
      avgPower: power ? Math.round(mean(power)) : null,
      maxPower: power ? Math.round(max(power)) : null,
      normalizedPower: null,
      avgSpeed: mean(streams.speed!),
      maxSpeed: max(streams.speed!),
      streams,
    };
  }
  // A summary: the device's own averages and normalised power, no samples.
  const speed =
    session.sport === 'bike'
      ? 7 + 2 * session.intensity
      : (1000 / athlete.thresholds.thresholdPace) * fitness * session.intensity;
  const np = session.sport === 'bike' ? Math.round(athlete.thresholds.ftp * fitness * session.intensity) : null;
  return {
    ...base,
    distanceMeters: speed * session.seconds,
    avgHr: Math.round(steadyHeartRate(athlete, session.intensity)),
    maxHr: Math.round(steadyHeartRate(athlete, session.intensity) + 15),
    avgPower: np === null ? null : Math.round(np * 0.95),
    maxPower: np === null ? null : Math.round(np * 2.5),
    normalizedPower: np,
    avgSpeed: speed,
    maxSpeed: speed * 1.4,
    streams: null,
  };
}

/**
 * 1 Hz samples of a session: a 10-minute warm-up, then steady work, or for hard sessions 6-minute
 * efforts with 3-minute recoveries; power (rides) or speed (runs) at the day's fitness, heart rate
 * settling towards the effort's level with a slow cardiac drift. Rides coast now and then.
 */
function sessionStreams(
  athlete: SyntheticAthlete,
  session: Session,
  fitness: number,
  random: SeededRandom,
): ActivityStreams {
  const n = session.seconds;
  const time = new Float64Array(n);
  const hr = new Float64Array(n);
  const output = new Float64Array(n);
  const atThreshold = session.sport === 'bike' ? athlete.thresholds.ftp : 1000 / athlete.thresholds.thresholdPace;
  const noise = session.sport === 'bike' ? 0.14 : 0.06;
  const hard = session.intensity >= 0.83;
  let heart = athlete.thresholds.restingHr + 25;
  for (let i = 0; i < n; i++) {
    let effort = session.intensity;
    if (i < 600) effort = 0.6;
    else if (hard) effort = (i - 600) % 540 < 360 ? session.intensity + 0.1 : 0.55;
    const coasting = session.sport === 'bike' && random.next() < 0.03;
    time[i] = i;
    output[i] = coasting ? 0 : atThreshold * fitness * effort * (1 + noise * (random.next() - 0.5));
    heart += (steadyHeartRate(athlete, effort) + (i / 60) * 0.04 - heart) / 40;
    hr[i] = Math.round(heart + 2 * (random.next() - 0.5));
  }
  // A ride's speed follows its power loosely (wind, terrain); a run's speed is its output.
  const speed =
    session.sport === 'bike' ? output.map((p) => 5 + (4 * p) / athlete.thresholds.ftp + random.next()) : output;
  const distance = new Float64Array(n);
  for (let i = 1; i < n; i++) distance[i] = distance[i - 1]! + speed[i]!;
  return session.sport === 'bike' ? { time, hr, power: output, speed, distance } : { time, hr, speed, distance };
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

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function max(values: Float64Array): number {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
}
