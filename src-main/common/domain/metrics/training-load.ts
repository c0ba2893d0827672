import type { ThresholdMetric } from '../thresholds';
import type { ActivityLoad, ActivityRecord } from '../activity';
import { gradeAdjustedSpeeds } from './grade-adjusted-pace';
import { computeNormalizedPower } from './normalized-power';
import { describeExclusions } from './sample-plausibility';
import { formatDate, formatNumber, formatPace } from '../../format';

export type ThresholdsOnDate = Partial<Record<ThresholdMetric, number>>;

export interface LoadContext {
  thresholds: ThresholdsOnDate;
  /** Date each threshold was set, for the explanation sentence. */
  thresholdDates?: Partial<Record<ThresholdMetric, string>>;
  sex: 'female' | 'male' | null;
}

const round = (v: number, digits = 0) => Math.round(v * 10 ** digits) / 10 ** digits;

/** TSS = hours × IF² × 100 (Coggan). The same shape gives rTSS when IF is a pace ratio. */
export function stressScore(seconds: number, intensityFactor: number): number {
  return (seconds / 3600) * intensityFactor ** 2 * 100;
}

/**
 * sTSS = hours × IF³ × 100: swim drag rises with the cube of speed. IF = normalised swim speed ÷ CSS
 * speed, with normalised swim speed = distance ÷ timer time, rests included (TrainingPeaks' NSS).
 */
export function swimStressScore(seconds: number, intensityFactor: number): number {
  return (seconds / 3600) * intensityFactor ** 3 * 100;
}

/**
 * Banister TRIMP for one minute at a heart-rate reserve fraction: HRR × 0.64·e^(1.92·HRR) for men,
 * 0.86·e^(1.67·HRR) for women (Banister 1991). Unknown sex uses the men's weighting, as most tools do.
 */
export function trimpPerMinute(hrr: number, sex: 'female' | 'male' | null): number {
  const h = Math.max(0, Math.min(1, hrr));
  return sex === 'female' ? h * 0.86 * Math.exp(1.67 * h) : h * 0.64 * Math.exp(1.92 * h);
}

/** HRSS: TRIMP scaled so one hour at LTHR scores 100. */
export function heartRateStressScore(
  hrSamples: ArrayLike<number>,
  secondsPerSample: number,
  t: { lthr: number; maxHr: number; restingHr: number },
  sex: 'female' | 'male' | null,
): number {
  const reserve = t.maxHr - t.restingHr;
  let trimp = 0;
  for (let i = 0; i < hrSamples.length; i++) {
    const hr = hrSamples[i]!;
    if (Number.isFinite(hr) && hr > 0)
      trimp += (secondsPerSample / 60) * trimpPerMinute((hr - t.restingHr) / reserve, sex);
  }
  const hourAtLthr = 60 * trimpPerMinute((t.lthr - t.restingHr) / reserve, sex);
  return (trimp / hourAtLthr) * 100;
}

/**
 * Session RPE (Foster, CR-10) mapped to an intensity factor, so an RPE-only session lands on the
 * TSS scale: RPE 5 ≈ IF 0.75 (steady aerobic), RPE 7 ≈ IF 0.85 (threshold-ish), RPE 10 ≈ IF 1.05.
 */
export function rpeIntensityFactor(rpe: number): number {
  return 0.5 + Math.max(0, Math.min(10, rpe)) * 0.055;
}

function since(ctx: LoadContext, metric: ThresholdMetric): string {
  const d = ctx.thresholdDates?.[metric];
  return d ? ` set ${formatDate(d)}` : '';
}

/**
 * Picks the most trustworthy load method the activity's data and the athlete's thresholds allow —
 * power, then pace (run) or swim speed, then heart rate, then RPE — and says how it was made.
 */
/** Stream reductions a caller has already computed, so they are not computed twice. */
export interface PrecomputedStreamValues {
  /** NP of the power stream (null when it has no finite sample). */
  streamNp?: number | null;
  /** Normalised graded speed of the speed stream, m/s. */
  ngs?: number | null;
}

export function computeActivityLoad(
  a: ActivityRecord,
  ctx: LoadContext,
  precomputed: PrecomputedStreamValues = {},
): ActivityLoad {
  const load = loadFromBestMethod(a, ctx, precomputed);
  if (!a.excludedSamples?.length) return load;
  // The coach sees what the numbers were made without, whichever method scored them.
  return { ...load, explanation: `${load.explanation}; ${describeExclusions(a.excludedSamples, a.sport)}` };
}

function loadFromBestMethod(a: ActivityRecord, ctx: LoadContext, precomputed: PrecomputedStreamValues): ActivityLoad {
  const seconds = a.timerSeconds;
  const t = ctx.thresholds;
  const power = a.streams?.power;

  // FTP is a cycling threshold: running or rowing power against it would overstate the load.
  if (t.ftp && a.sport === 'bike') {
    const streamNp =
      precomputed.streamNp !== undefined ? precomputed.streamNp : power ? computeNormalizedPower(power) : null;
    const np = streamNp && streamNp > 0 ? streamNp : a.normalizedPower;
    if (np && np > 0) {
      const intensity = np / t.ftp;
      const tss = stressScore(seconds, intensity);
      const source = streamNp && streamNp > 0 ? '' : ' (device NP)';
      // The sentence is written from the stored figures, so it reads what the metrics grid shows.
      const metrics = { np: round(np, 1), if: round(intensity, 3), tss: round(tss, 1) };
      return {
        load: metrics.tss,
        method: 'power',
        explanation: `TSS ${formatNumber(metrics.tss)} from power: NP ${formatNumber(metrics.np)} W${source}, IF ${formatNumber(metrics.if, 2)}, FTP ${formatNumber(t.ftp)} W${since(ctx, 'ftp')}`,
        metrics,
      };
    }
  }

  if (a.sport === 'run' && t.thresholdPace && (a.streams?.speed || a.avgSpeed)) {
    const speeds = a.streams?.speed;
    const ngs = speeds
      ? precomputed.ngs !== undefined
        ? precomputed.ngs
        : computeNormalizedPower(gradeAdjustedSpeeds(speeds, a.streams?.grade))
      : a.avgSpeed;
    if (ngs && ngs > 0) {
      const thresholdSpeed = 1000 / t.thresholdPace;
      const intensity = ngs / thresholdSpeed;
      const rtss = stressScore(seconds, intensity);
      const what = speeds ? 'normalised graded pace' : 'average pace';
      const metrics = { ngp: round(1000 / ngs, 1), if: round(intensity, 3), rtss: round(rtss, 1) };
      return {
        load: metrics.rtss,
        method: 'pace',
        explanation: `rTSS ${formatNumber(metrics.rtss)} from ${what} ${formatPace(metrics.ngp, 'km')}, IF ${formatNumber(metrics.if, 2)}, threshold pace ${formatPace(t.thresholdPace, 'km')}${since(ctx, 'thresholdPace')}`,
        metrics,
      };
    }
  }

  if (a.sport === 'swim' && t.css && a.distanceMeters && seconds > 0) {
    const speed = a.distanceMeters / seconds;
    const intensity = speed / (100 / t.css);
    const stss = swimStressScore(seconds, intensity);
    const metrics = { if: round(intensity, 3), stss: round(stss, 1) };
    return {
      load: metrics.stss,
      method: 'swim',
      explanation: `sTSS ${formatNumber(metrics.stss)} from swim pace ${formatPace(100 / speed, '100 m')}, IF ${formatNumber(metrics.if, 2)}, CSS ${formatPace(t.css, '100 m')}${since(ctx, 'css')}`,
      metrics,
    };
  }

  if (t.lthr && t.maxHr && t.restingHr && t.maxHr > t.restingHr) {
    const hr = a.streams?.hr;
    const zones = { lthr: t.lthr, maxHr: t.maxHr, restingHr: t.restingHr };
    const hrss = hr
      ? heartRateStressScore(hr, seconds / Math.max(1, hr.length), zones, ctx.sex)
      : a.avgHr
        ? heartRateStressScore([a.avgHr], seconds, zones, ctx.sex)
        : null;
    if (hrss !== null) {
      const basis = hr ? 'heart rate' : `average heart rate ${formatNumber(a.avgHr)} bpm`;
      const metrics = { hrss: round(hrss, 1) };
      return {
        load: metrics.hrss,
        method: 'hr',
        explanation: `HRSS ${formatNumber(metrics.hrss)} from ${basis} (TRIMP, 1 h at LTHR ${formatNumber(t.lthr)} bpm = 100)`,
        metrics,
      };
    }
  }

  if (a.rpe !== null) {
    const intensity = rpeIntensityFactor(a.rpe);
    const estimate = stressScore(seconds, intensity);
    const metrics = { srpe: round(a.rpe * (seconds / 60)), estimate: round(estimate, 1) };
    return {
      load: metrics.estimate,
      method: 'rpe',
      explanation: `Estimated load ${formatNumber(metrics.estimate)} from session RPE ${formatNumber(a.rpe, 1, { trim: true })} × ${formatNumber(seconds / 60)} min (no usable sensor data)`,
      metrics,
    };
  }

  return {
    load: null,
    method: 'none',
    explanation: 'No load: no power, pace, heart rate or RPE with matching thresholds',
    metrics: {},
  };
}
