import type { ActivityLoad, ActivityRecord } from '../activity';
import { aerobicDecoupling, efficiencyFactor } from './efficiency';
import { gradeAdjustedSpeeds } from './grade-adjusted-pace';
import { meanMaximal, meanMaximalSpeed, type MeanMaximal } from './mean-maximal';
import { computeNormalizedPower } from './normalized-power';
import type { MetricInputs } from './metric-definition';
import { computeMetrics, type ActivityMetrics } from './registry';
import { computeActivityLoad, type LoadContext } from './training-load';
import {
  COGGAN_POWER_ZONES,
  FRIEL_CYCLING_HR_ZONES,
  FRIEL_RUNNING_HR_ZONES,
  FRIEL_RUNNING_PACE_ZONES,
  timeInZones,
  type ZoneTime,
} from './zones';

/**
 * Everything computed for one activity: its load, the registry's metric values (registry.ts) and what
 * is not a single number — zone times and mean-maximal curves.
 */
export interface ActivityAnalysis {
  load: ActivityLoad;
  metrics: ActivityMetrics;
  /** Where the NP came from: the power stream, or the device's own figure when there is none. */
  npSource: 'stream' | 'device' | null;
  timeInPowerZones: ZoneTime[] | null;
  timeInHrZones: ZoneTime[] | null;
  timeInPaceZones: ZoneTime[] | null;
  /** Best average power per standard duration, W. */
  meanMaxPower: MeanMaximal[];
  /** Best average speed per standard duration, m/s (pace = 1000 / value s/km). */
  meanMaxSpeed: MeanMaximal[];
}

const round = (v: number | null, digits = 1): number | null =>
  v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * The reductions of an activity's streams that need no threshold: NP, normalised graded speed, EF,
 * decoupling and the mean-maximal curves. They are most of the metrics' cost (several passes over
 * every second), so the importer computes them in its decode workers, next to the streams, and the
 * single writer only adds what depends on the athlete's thresholds on the activity's date.
 */
export interface StreamReductions {
  /** NP of the power stream; null without a finite power sample (or under 30 s). */
  streamNp: number | null;
  /** Normalised graded speed of a run's speed stream, m/s; null for other sports or without a finite speed sample. */
  ngs: number | null;
  efficiencyFactor: number | null;
  decouplingPercent: number | null;
  meanMaxPower: MeanMaximal[];
  meanMaxSpeed: MeanMaximal[];
}

export function computeStreamReductions(a: ActivityRecord): StreamReductions {
  const s = a.streams;
  const power = hasFinite(s?.power) ? s!.power! : null;
  const hr = hasFinite(s?.hr) ? s!.hr! : null;
  const speed = hasFinite(s?.speed) ? s!.speed! : null;

  const streamNp = power ? computeNormalizedPower(power) : null;
  const np = streamNp && streamNp > 0 ? streamNp : a.normalizedPower;
  const gradedSpeed = a.sport === 'run' && speed ? gradeAdjustedSpeeds(speed, s?.grade) : null;
  const ngs = gradedSpeed ? computeNormalizedPower(gradedSpeed) : null;

  // Decoupling and EF use power when there is any, else graded speed (runs).
  const output = power ?? gradedSpeed;
  const outputForEf = power ? np : ngs ? ngs * 60 : null;
  return {
    streamNp,
    ngs,
    efficiencyFactor: round(hr && outputForEf ? efficiencyFactor(outputForEf, hr) : null, 3),
    decouplingPercent: round(output && hr ? aerobicDecoupling(output, hr) : null),
    meanMaxPower: power ? meanMaximal(power) : [],
    meanMaxSpeed: s && (hasFinite(s.distance) || speed) ? meanMaximalSpeed(s.distance, speed ?? undefined) : [],
  };
}

/**
 * Every metric of an activity for the thresholds in `ctx`. `reductions` are the activity's
 * threshold-free stream reductions when the caller already has them (the importer computes them in
 * its workers); the result is the same as computing them here.
 */
export function computeActivityMetrics(
  a: ActivityRecord,
  ctx: LoadContext,
  reductions: StreamReductions = computeStreamReductions(a),
): ActivityAnalysis {
  const t = ctx.thresholds;
  const s = a.streams;
  const power = hasFinite(s?.power) ? s!.power! : null;
  const hr = hasFinite(s?.hr) ? s!.hr! : null;
  const speed = hasFinite(s?.speed) ? s!.speed! : null;

  const { streamNp, ngs } = reductions;
  const fromStream = streamNp !== null && streamNp > 0;
  const np = fromStream ? streamNp : a.normalizedPower;
  const inputs: MetricInputs = {
    activity: a,
    thresholds: t,
    sex: ctx.sex,
    power,
    hr,
    speed,
    np,
    ngs,
    efficiencyFactor: reductions.efficiencyFactor,
    decouplingPercent: reductions.decouplingPercent,
  };

  return {
    // ngs is null for a speed stream without a finite sample, where computeActivityLoad's own
    // computation would give 0: both skip the pace method.
    load: computeActivityLoad(a, ctx, { streamNp, ngs }),
    metrics: computeMetrics(inputs),
    npSource: fromStream ? 'stream' : a.normalizedPower ? 'device' : null,
    timeInPowerZones: power && t.ftp ? timeInZones(power, t.ftp, COGGAN_POWER_ZONES) : null,
    timeInHrZones:
      hr && t.lthr
        ? timeInZones(hr, t.lthr, a.sport === 'bike' ? FRIEL_CYCLING_HR_ZONES : FRIEL_RUNNING_HR_ZONES)
        : null,
    timeInPaceZones:
      a.sport === 'run' && speed && t.thresholdPace
        ? timeInZones(speed, 1000 / t.thresholdPace, FRIEL_RUNNING_PACE_ZONES)
        : null,
    meanMaxPower: reductions.meanMaxPower,
    meanMaxSpeed: reductions.meanMaxSpeed,
  };
}

function hasFinite(values: Float64Array | undefined): boolean {
  return values !== undefined && values.some((v) => Number.isFinite(v));
}
