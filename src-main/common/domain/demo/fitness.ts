import type { ThresholdEntry, ThresholdMetric } from '../thresholds';
import { addDays, daysBetween } from '../dates';
import type { Random } from './random';
import type { DemoAthleteSpec, DemoLevel } from './roster';
import type { DemoWeek } from './season';

/** What the athlete can actually do on a day; the stored thresholds are dated measurements of it. */
export interface DemoFitness {
  ftp: number | null;
  /** Speed at threshold pace, m/s. */
  thresholdSpeed: number | null;
  /** Speed at critical swim speed, m/s. */
  cssSpeed: number | null;
  lthr: number;
  maxHr: number;
  restingHr: number;
  weight: number;
}

export interface FitnessModel {
  on(date: string): DemoFitness;
  history: ThresholdEntry[];
}

const FTP_PER_KG: Record<DemoLevel, number> = { beginner: 2.4, intermediate: 3.1, advanced: 3.8, elite: 4.7 };
const THRESHOLD_PACE: Record<DemoLevel, number> = { beginner: 365, intermediate: 272, advanced: 228, elite: 198 };
const CSS_PACE: Record<DemoLevel, number> = { beginner: 128, intermediate: 104, advanced: 92, elite: 80 };
const RESTING_HR: Record<DemoLevel, number> = { beginner: 60, intermediate: 53, advanced: 48, elite: 43 };
/** Yearly improvement: beginners gain most, elites fight for a couple of percent. */
const YEARLY_GAIN: Record<DemoLevel, number> = { beginner: 0.08, intermediate: 0.04, advanced: 0.025, elite: 0.015 };

/** Fitness dips about 4 % over an off-season and returns over the first ~14 weeks of a block. */
function seasonFactor(week: DemoWeek | undefined): number {
  if (!week || week.kind === 'transition') return 0.96;
  if (week.kind === 'taper' || week.kind === 'race') return 1.005;
  return 0.96 + 0.04 * Math.min(1, week.weeksIntoBlock / 14);
}

const TEST_INTERVAL_DAYS = 42;

export function buildFitnessModel(
  spec: DemoAthleteSpec,
  weeks: DemoWeek[],
  today: string,
  random: Random,
): FitnessModel {
  const firstMonday = weeks[0]!.start;
  const age = Number(firstMonday.slice(0, 4)) - spec.birthYear;
  const female = spec.sex === 'female';
  const weight = (female ? random.normal(60, 4) : random.normal(72, 5)) - (spec.level === 'elite' ? 3 : 0);
  const mastersSlowdown = spec.masters ? 0.93 : 1;
  const ownsPowerMeter = spec.discipline !== 'run';
  const swims = spec.discipline === 'tri';
  const runs = spec.discipline !== 'bike';
  const baseFtp =
    FTP_PER_KG[spec.level] *
    weight *
    (female ? 0.9 : 1) *
    mastersSlowdown *
    (spec.discipline === 'tri' ? 0.95 : 1) *
    random.between(0.95, 1.05);
  const basePace =
    ((THRESHOLD_PACE[spec.level] * (female ? 1.08 : 1)) / mastersSlowdown) *
    (spec.discipline === 'tri' ? 1.05 : 1) *
    random.between(0.96, 1.04);
  const baseCss = ((CSS_PACE[spec.level] * (female ? 1.04 : 1)) / mastersSlowdown) * random.between(0.95, 1.05);
  const maxHr = Math.round(208 - 0.7 * age + random.normal(0, 5));
  const lthr = Math.round(maxHr * (spec.discipline === 'bike' ? 0.89 : 0.91));
  const restingHr = RESTING_HR[spec.level] + random.normal(0, 3);
  const gain = YEARLY_GAIN[spec.level] - (spec.masters ? 0.01 : 0);

  const on = (date: string): DemoFitness => {
    const days = daysBetween(firstMonday, date);
    const factor = (1 + (gain * days) / 365) * seasonFactor(weeks[Math.floor(days / 7)] ?? weeks[weeks.length - 1]);
    return {
      ftp: ownsPowerMeter ? baseFtp * factor : null,
      thresholdSpeed: runs ? (1000 / basePace) * factor : null,
      cssSpeed: swims ? (100 / baseCss) * factor : null,
      lthr,
      maxHr,
      // A fitter athlete's resting HR drifts down a little.
      restingHr: restingHr - (factor - 1) * 20,
      weight: weight - (factor - 1) * 8,
    };
  };

  return { on, history: thresholdHistory(on, weeks, today, random) };
}

/** Dated threshold entries as a coach would record them: a full set at the start, then field tests every ~6 weeks in build weeks. */
function thresholdHistory(
  on: (date: string) => DemoFitness,
  weeks: DemoWeek[],
  today: string,
  random: Random,
): ThresholdEntry[] {
  const history: ThresholdEntry[] = [];
  const latest = new Map<ThresholdMetric, number>();
  const record = (metric: ThresholdMetric, value: number, validFrom: string) => {
    if (latest.get(metric) === value) return;
    latest.set(metric, value);
    history.push({ metric, value, validFrom });
  };
  const measure = (date: string, full: boolean) => {
    const f = on(date);
    const noise = () => 1 + random.normal(0, 0.01);
    if (f.ftp) record('ftp', Math.round(f.ftp * noise()), date);
    if (f.thresholdSpeed) record('thresholdPace', Math.round(1000 / (f.thresholdSpeed * noise())), date);
    if (f.cssSpeed) record('css', Math.round(100 / (f.cssSpeed * noise())), date);
    if (full) {
      record('lthr', f.lthr, date);
      record('maxHr', f.maxHr, date);
    }
    record('restingHr', Math.round(f.restingHr), date);
    record('weight', Math.round(f.weight * 10) / 10, date);
  };

  const firstDay = weeks[0]!.start;
  measure(firstDay, true);
  let lastTest = firstDay;
  for (const week of weeks) {
    const tuesday = addDays(week.start, 1);
    if (
      tuesday >= today ||
      week.kind !== 'build' ||
      week.weeksIntoBlock < 3 ||
      daysBetween(lastTest, tuesday) < TEST_INTERVAL_DAYS
    )
      continue;
    measure(tuesday, false);
    lastTest = tuesday;
  }
  return history;
}
