import type { ActivityRecord, ActivityStreams } from '../activity';
import type { LoadContext, ThresholdsOnDate } from './training-load';
import { formatNumber, formatPace, METERS_PER_MILE, type UnitSystem } from '../../format';

type Samples = NonNullable<ActivityStreams['power']>;

/**
 * What a metric's compute reads: the activity, the thresholds valid on its date, its streams that hold
 * a finite sample (null otherwise) and the threshold-free stream reductions (NP, normalised graded speed,
 * EF, decoupling), which the importer computes in its decode workers.
 */
export interface MetricInputs {
  activity: ActivityRecord;
  thresholds: ThresholdsOnDate;
  sex: LoadContext['sex'];
  power: Samples | null;
  hr: Samples | null;
  speed: Samples | null;
  /** NP of the power stream, else the device's own NP. */
  np: number | null;
  /** Normalised graded speed of a run's speed stream, m/s. */
  ngs: number | null;
  efficiencyFactor: number | null;
  decouplingPercent: number | null;
}

/**
 * The inputs a metric may need. 'power' is any power figure the NP can come from (a stream or the
 * device's NP); 'hr' and 'speed' are streams; 'distance' a distance over a timed activity; the rest
 * are the athlete's thresholds.
 */
export type MetricInput = 'power' | 'hr' | 'speed' | 'distance' | 'rpe' | Exclude<keyof ThresholdsOnDate, 'weight'>;

const AVAILABLE: Record<MetricInput, (i: MetricInputs) => boolean> = {
  power: (i) => i.np !== null && i.np > 0,
  hr: (i) => i.hr !== null,
  speed: (i) => i.speed !== null,
  distance: (i) => !!i.activity.distanceMeters && i.activity.timerSeconds > 0,
  rpe: (i) => i.activity.rpe !== null,
  ftp: (i) => !!i.thresholds.ftp,
  lthr: (i) => !!i.thresholds.lthr,
  maxHr: (i) => !!i.thresholds.maxHr,
  restingHr: (i) => !!i.thresholds.restingHr,
  thresholdPace: (i) => !!i.thresholds.thresholdPace,
  css: (i) => !!i.thresholds.css,
};

/**
 * The unit a value is stored in and written with. 's/km' is a running pace: written as min:s per km, or
 * per mile in imperial units.
 */
export type MetricUnit = '' | 'W' | 'kJ' | '%' | 's/km';

/** One activity metric: everything computing, storing and showing it needs (docs/domain.md#activity-load). */
export interface MetricDefinition<Id extends string = string> {
  /** The key in the stored metrics JSON; never renamed, as stored rows carry it. */
  id: Id;
  label: string;
  unit: MetricUnit;
  /** Decimals shown. */
  precision: number;
  /** Decimals kept in the stored metrics JSON: one more than shown where a sum or ratio reads it again. */
  storedPrecision: number;
  /** Every input it needs; without one of them it is null and compute is not called. */
  dependencies: readonly MetricInput[];
  /** Sports it applies to; 'all' for any sport whose data has the dependencies. */
  sports: readonly ActivityRecord['sport'][] | 'all';
  /** The value, or null when the data, though present, does not give one (too short, all zeros …). */
  compute: (inputs: MetricInputs) => number | null;
  /** How it is defined, in a sentence a coach reads beside the value. */
  explain: string;
}

/** Keeps each entry's id a literal, so the registry's ids form a union type. */
export function defineMetric<const Id extends string>(definition: MetricDefinition<Id>): MetricDefinition<Id> {
  return definition;
}

/** The metric's value for the activity, rounded as stored; null when it does not apply or cannot be computed. */
export function evaluateMetric(metric: MetricDefinition, inputs: MetricInputs): number | null {
  if (metric.sports !== 'all' && !metric.sports.includes(inputs.activity.sport)) return null;
  if (!metric.dependencies.every((input) => AVAILABLE[input](inputs))) return null;
  const value = metric.compute(inputs);
  if (value === null || !Number.isFinite(value)) return null;
  const scale = 10 ** metric.storedPrecision;
  return Math.round(value * scale) / scale;
}

/** "245 W", "0.85", "4.2 %", "5:00 /km": a metric's value as every screen and the CLI write it. */
export function formatMetricValue(metric: MetricDefinition, value: number, units: UnitSystem = 'metric'): string {
  if (metric.unit === 's/km')
    return units === 'imperial' ? formatPace((value * METERS_PER_MILE) / 1000, 'mi') : formatPace(value, 'km');
  const text = formatNumber(value, metric.precision);
  return metric.unit ? `${text} ${metric.unit}` : text;
}
