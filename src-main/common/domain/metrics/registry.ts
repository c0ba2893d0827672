import type { UnitSystem } from '../../format';
import {
  defineMetric,
  evaluateMetric,
  formatMetricValue,
  type MetricDefinition,
  type MetricInputs,
} from './metric-definition';
import { heartRateStressScore, rpeIntensityFactor, stressScore, swimStressScore } from './training-load';

/** Normalised swim speed ÷ CSS speed (docs/domain.md#activity-load). */
const swimIntensity = (i: MetricInputs): number =>
  i.activity.distanceMeters! / i.activity.timerSeconds / (100 / i.thresholds.css!);
/** Normalised graded speed ÷ threshold speed. */
const paceIntensity = (i: MetricInputs): number | null => (i.ngs ? i.ngs / (1000 / i.thresholds.thresholdPace!) : null);

/**
 * Every activity metric, in the order the activity view and the CLI list them. Computing, storing,
 * reading back, showing and rescoring all iterate this list: a new metric is one entry here (plus its
 * test), and activities stored before it are recomputed when next opened.
 */
export const ACTIVITY_METRICS = [
  defineMetric({
    id: 'np',
    label: 'Normalized Power',
    unit: 'W',
    precision: 0,
    storedPrecision: 1,
    dependencies: ['power'],
    sports: 'all',
    compute: (i) => i.np,
    explain:
      "The 30-second rolling mean of power, each value to the 4th power, averaged, 4th root (Coggan); the device's NP when there is no power stream.",
  }),
  defineMetric({
    id: 'if',
    label: 'Intensity factor',
    unit: '',
    precision: 2,
    storedPrecision: 3,
    dependencies: ['power', 'ftp'],
    sports: ['bike'],
    compute: (i) => i.np! / i.thresholds.ftp!,
    explain: 'Normalized Power ÷ FTP.',
  }),
  defineMetric({
    id: 'tss',
    label: 'TSS (power)',
    unit: '',
    precision: 1,
    storedPrecision: 1,
    dependencies: ['power', 'ftp'],
    sports: ['bike'],
    compute: (i) => stressScore(i.activity.timerSeconds, i.np! / i.thresholds.ftp!),
    explain: 'Hours × IF² × 100 (Coggan): one hour at FTP scores 100.',
  }),
  defineMetric({
    id: 'vi',
    label: 'Variability index',
    unit: '',
    precision: 2,
    storedPrecision: 3,
    dependencies: ['power'],
    sports: 'all',
    compute: ({ np, power, activity }) => {
      // Dropouts count as zero, as they do in the NP they are compared with.
      const average = power
        ? power.reduce((sum, w) => sum + (Number.isFinite(w) ? w : 0), 0) / power.length
        : activity.avgPower;
      return average ? np! / average : null;
    },
    explain:
      'Normalized Power ÷ average power (docs/domain.md#activity-load): 1.00 for a perfectly steady effort, higher the more the power surged.',
  }),
  defineMetric({
    id: 'ngp',
    label: 'Normalised graded pace',
    unit: 's/km',
    precision: 0,
    storedPrecision: 1,
    dependencies: ['speed'],
    sports: ['run'],
    compute: (i) => (i.ngs ? 1000 / i.ngs : null),
    explain:
      "The NP-style mean of speed adjusted for gradient by Minetti's energy cost of running on a slope, as a pace.",
  }),
  defineMetric({
    id: 'paceIf',
    label: 'Intensity factor (pace)',
    unit: '',
    precision: 2,
    storedPrecision: 3,
    dependencies: ['speed', 'thresholdPace'],
    sports: ['run'],
    compute: paceIntensity,
    explain: 'Normalised graded speed ÷ threshold speed.',
  }),
  defineMetric({
    id: 'rtss',
    label: 'rTSS (pace)',
    unit: '',
    precision: 1,
    storedPrecision: 1,
    dependencies: ['speed', 'thresholdPace'],
    sports: ['run'],
    compute: (i) => {
      const intensity = paceIntensity(i);
      return intensity === null ? null : stressScore(i.activity.timerSeconds, intensity);
    },
    explain: 'Hours × IF² × 100 with IF from normalised graded pace against threshold pace.',
  }),
  defineMetric({
    id: 'swimIf',
    label: 'Intensity factor (swim)',
    unit: '',
    precision: 2,
    storedPrecision: 3,
    dependencies: ['distance', 'css'],
    sports: ['swim'],
    compute: swimIntensity,
    explain: 'Distance ÷ timer time (rests included) ÷ CSS speed.',
  }),
  defineMetric({
    id: 'stss',
    label: 'sTSS (swim)',
    unit: '',
    precision: 1,
    storedPrecision: 1,
    dependencies: ['distance', 'css'],
    sports: ['swim'],
    compute: (i) => swimStressScore(i.activity.timerSeconds, swimIntensity(i)),
    explain: 'Hours × IF³ × 100: swim drag grows with the cube of speed.',
  }),
  defineMetric({
    id: 'hrss',
    label: 'HRSS (heart rate)',
    unit: '',
    precision: 1,
    storedPrecision: 1,
    dependencies: ['hr', 'lthr', 'maxHr', 'restingHr'],
    sports: 'all',
    compute: ({ hr, thresholds: t, activity, sex }) =>
      t.maxHr! > t.restingHr!
        ? heartRateStressScore(
            hr!,
            activity.timerSeconds / Math.max(1, hr!.length),
            { lthr: t.lthr!, maxHr: t.maxHr!, restingHr: t.restingHr! },
            sex,
          )
        : null,
    explain: "Banister's TRIMP scaled so one hour at LTHR scores 100.",
  }),
  defineMetric({
    id: 'srpe',
    label: 'Session RPE load',
    unit: '',
    precision: 0,
    storedPrecision: 0,
    dependencies: ['rpe'],
    sports: 'all',
    compute: (i) => i.activity.rpe! * (i.activity.timerSeconds / 60),
    explain: 'CR-10 RPE × minutes (Foster), in arbitrary units.',
  }),
  defineMetric({
    id: 'estimate',
    label: 'Estimated TSS (session RPE)',
    unit: '',
    precision: 1,
    storedPrecision: 1,
    dependencies: ['rpe'],
    sports: 'all',
    compute: (i) => stressScore(i.activity.timerSeconds, rpeIntensityFactor(i.activity.rpe!)),
    explain:
      'Session RPE mapped to an intensity factor on the TSS scale: an estimate, used as the load only without usable sensor data.',
  }),
  defineMetric({
    id: 'efficiencyFactor',
    label: 'Efficiency factor',
    unit: '',
    precision: 2,
    storedPrecision: 3,
    dependencies: ['hr'],
    sports: 'all',
    compute: (i) => i.efficiencyFactor,
    explain:
      'Output per heartbeat: NP ÷ average HR, or for runs without power normalised graded speed (m/min) ÷ average HR.',
  }),
  defineMetric({
    id: 'decouplingPercent',
    label: 'Aerobic decoupling',
    unit: '%',
    precision: 1,
    storedPrecision: 1,
    dependencies: ['hr'],
    sports: 'all',
    compute: (i) => i.decouplingPercent,
    explain:
      "The drop of output per heartbeat from the session's first half to its second (Pw:HR or Pa:HR); under 5 % reads as aerobically coupled.",
  }),
] as const satisfies readonly MetricDefinition[];

export type ActivityMetricId = (typeof ACTIVITY_METRICS)[number]['id'];

/** An activity's metric values, one per registry entry; null where it does not apply or could not be computed. */
export type ActivityMetrics = { [Id in ActivityMetricId]: number | null };

export function computeMetrics(inputs: MetricInputs): ActivityMetrics {
  return Object.fromEntries(
    ACTIVITY_METRICS.map((metric) => [metric.id, evaluateMetric(metric, inputs)]),
  ) as ActivityMetrics;
}

/**
 * The metric values held in a stored metrics JSON, and whether it was stored before some registry entry
 * existed (it lacks that entry's key), so the activity is due to be computed again.
 */
export function readStoredMetrics(stored: Record<string, unknown>): { metrics: ActivityMetrics; stale: boolean } {
  let stale = false;
  const metrics = Object.fromEntries(
    ACTIVITY_METRICS.map(({ id }) => {
      if (!(id in stored)) stale = true;
      const value = stored[id];
      return [id, typeof value === 'number' && Number.isFinite(value) ? value : null];
    }),
  ) as ActivityMetrics;
  return { metrics, stale };
}

/** The metrics an activity has a value for, in registry order, each written with its unit: what the activity view and the CLI list. */
export function measuredMetrics(
  metrics: ActivityMetrics,
  units: UnitSystem = 'metric',
): { metric: MetricDefinition; text: string }[] {
  return ACTIVITY_METRICS.flatMap((metric) => {
    const value = metrics[metric.id];
    return value === null ? [] : [{ metric, text: formatMetricValue(metric, value, units) }];
  });
}

/** "Normalized Power 245 W · Intensity factor 0.82 · …": the measured metrics on one line. */
export function metricsLine(metrics: ActivityMetrics, units: UnitSystem = 'metric'): string {
  return measuredMetrics(metrics, units)
    .map(({ metric, text }) => `${metric.label} ${text}`)
    .join(' · ');
}
