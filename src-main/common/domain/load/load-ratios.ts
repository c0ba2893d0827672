/**
 * Short-versus-long load ratios computed from windows of daily load (rest days included as 0).
 * Windows are passed oldest first and must already hold the right number of days.
 */

/** Acute and chronic windows of the acute:chronic workload ratio (Gabbett 2016, Br J Sports Med 50:273). */
export const ACWR_ACUTE_DAYS = 7;
export const ACWR_CHRONIC_DAYS = 28;
/** Days of the chronic window before the acute week: what a plan's first weeks read from the athlete's history. */
export const ACWR_PRIOR_DAYS = ACWR_CHRONIC_DAYS - ACWR_ACUTE_DAYS;
/**
 * Chronic daily load (TSS/day) below which the ratio is not judged: at a few TSS a day any session doubles
 * it, so the ratio says nothing about risk (the inbox's default and the planner's floor).
 */
export const ACWR_MIN_CHRONIC_DAILY_LOAD = 10;

/** Foster's monotony is reported up to this value; a week of identical loads (SD 0) reads as the cap. */
export const MONOTONY_CAP = 10;
export const MONOTONY_DAYS = 7;

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Rolling ACWR = mean load of the last 7 days ÷ mean load of the last 28 days (the "coupled" form,
 * whose chronic window includes the acute week — Gabbett 2016). Null when the chronic mean is 0.
 */
export function rollingAcwr(last28DaysLoad: readonly number[]): number | null {
  if (last28DaysLoad.length !== ACWR_CHRONIC_DAYS) throw new RangeError(`ACWR needs ${ACWR_CHRONIC_DAYS} days of load`);
  const chronic = mean(last28DaysLoad);
  return chronic > 0 ? mean(last28DaysLoad.slice(-ACWR_ACUTE_DAYS)) / chronic : null;
}

/**
 * Decay weight of the EWMA variant of ACWR: λ = 2/(N+1) (Williams et al. 2017, Br J Sports Med 51:209),
 * giving λ = 0.25 for the 7-day acute and 2/29 for the 28-day chronic average.
 */
export function williamsEwmaWeight(days: number): number {
  return 2 / (days + 1);
}

/** EWMA ACWR = acute EWMA ÷ chronic EWMA; null when the chronic average is 0. */
export function ewmaAcwr(acuteEwma: number, chronicEwma: number): number | null {
  return chronicEwma > 0 ? acuteEwma / chronicEwma : null;
}

/**
 * Foster's training monotony = mean daily load of the week ÷ its standard deviation (Foster 1998,
 * Med Sci Sports Exerc 30:1164), with rest days as 0 and the population SD of the seven days.
 * Capped at MONOTONY_CAP (identical loads give SD 0); null for a week without load, where it is undefined.
 */
export function fosterMonotony(last7DaysLoad: readonly number[]): number | null {
  if (last7DaysLoad.length !== MONOTONY_DAYS) throw new RangeError(`monotony needs ${MONOTONY_DAYS} days of load`);
  const m = mean(last7DaysLoad);
  if (m <= 0) return null;
  const sd = Math.sqrt(mean(last7DaysLoad.map((v) => (v - m) ** 2)));
  return sd > 0 ? Math.min(m / sd, MONOTONY_CAP) : MONOTONY_CAP;
}

/**
 * Foster's training strain = weekly load × monotony. A week without load has zero strain even though
 * its monotony is undefined.
 */
export function fosterStrain(last7DaysLoad: readonly number[], monotony: number | null): number {
  const weekly = last7DaysLoad.reduce((sum, v) => sum + v, 0);
  return monotony === null ? 0 : weekly * monotony;
}
