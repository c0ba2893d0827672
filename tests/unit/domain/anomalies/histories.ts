import type { WellnessDay } from '../../../../src-main/common/domain/wellness/wellness-day';
import { DEFAULT_RULE_SETTINGS } from '../../../../src-main/common/domain/anomalies/settings';
import type { AnomalyInput } from '../../../../src-main/common/domain/anomalies/types';
import { addDays } from '../../../../src-main/common/domain/dates';
import { computePmc } from '../../../../src-main/common/domain/load/pmc';
import type { WellnessReading } from '../../../../src-main/common/domain/wellness/wellness-markers';
import { DEFAULT_PMC_CONVENTION } from '../../../../src-main/common/domain/load/pmc-convention';
import { seededRandom } from '../load/seeded-random';

/** Hand-made histories for the rule tests: every number a test asserts on is set here or read back from the input. */

export function emptyInput(today: string, overrides: Partial<AnomalyInput> = {}): AnomalyInput {
  return {
    athleteId: 1,
    today,
    raiseFrom: addDays(today, -30),
    pmc: [],
    wellness: [],
    activities: [],
    notes: [],
    planned: [],
    context: [],
    settings: DEFAULT_RULE_SETTINGS,
    ...overrides,
  };
}

export function wellnessDay(date: string, values: Partial<WellnessDay>): WellnessDay {
  return {
    date,
    hrvRmssd: null,
    restingHr: null,
    sleepHours: null,
    sleepQuality: null,
    soreness: null,
    fatigue: null,
    mood: null,
    stress: null,
    weightKg: null,
    note: null,
    ...values,
  };
}

/**
 * Calm mornings: ln rMSSD around its mean with day-to-day noise of SD ≈ 0.07 (a CV of about 7 %, typical
 * of morning readings) and carry-over from the day before, resting HR ±1.3 bpm, sleep 7.5 ± 0.5 h.
 */
export function calmMornings(
  from: string,
  to: string,
  seed: number,
  typical = { rmssd: 54, restingHr: 50, sleepHours: 7.5 },
): WellnessDay[] {
  const random = seededRandom(seed);
  const days: WellnessDay[] = [];
  let carry = 0;
  for (let date = from; date <= to; date = addDays(date, 1)) {
    carry = 0.4 * carry + random.normal(0, 0.045);
    const ln = Math.log(typical.rmssd) + carry + random.normal(0, 0.05);
    days.push(
      wellnessDay(date, {
        hrvRmssd: Math.round(Math.exp(ln)),
        restingHr: Math.round(typical.restingHr - 12 * carry + random.normal(0, 1.2)),
        sleepHours: Math.round((typical.sleepHours + random.normal(0, 0.5)) * 4) / 4,
      }),
    );
  }
  return days;
}

/** Replaces (or adds) the given mornings' readings. */
export function withMornings(
  days: readonly WellnessReading[],
  changes: Record<string, Partial<WellnessReading>>,
): WellnessReading[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  for (const [date, values] of Object.entries(changes))
    byDate.set(date, { ...(byDate.get(date) ?? wellnessDay(date, {})), ...values });
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** PMC rows of a load history given as one load per day from `from`, seeded at the first week's mean (a steady athlete). */
export function pmcOf(from: string, loads: readonly number[]) {
  const daily: Record<string, number> = {};
  loads.forEach((load, i) => (daily[addDays(from, i)] = load));
  const firstWeek = loads.slice(0, 7);
  const steady = firstWeek.reduce((s, v) => s + v, 0) / Math.max(1, firstWeek.length);
  return computePmc(daily, {
    from,
    to: addDays(from, loads.length - 1),
    convention: DEFAULT_PMC_CONVENTION,
    seed: { ctl: steady, atl: steady },
  });
}

/** A periodised week of load with a rest day, scaled: the kind of week that raises no load rule. */
export const VARIED_WEEK = [0, 70, 45, 80, 30, 60, 120];
