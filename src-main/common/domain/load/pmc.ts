import { addDays, daysBetween } from '../dates';
import type { DailyLoads } from './daily-load';
import { nextEwma } from './exponential-average';
import {
  ACWR_ACUTE_DAYS,
  ACWR_CHRONIC_DAYS,
  MONOTONY_DAYS,
  ewmaAcwr,
  fosterMonotony,
  fosterStrain,
  rollingAcwr,
  williamsEwmaWeight,
} from './load-ratios';
import { smoothingFactor, type PmcConvention } from './pmc-convention';

/** CTL and ATL on the day before a history starts, e.g. estimated by the coach for a new athlete. */
export interface PmcSeed {
  ctl: number;
  atl: number;
}

/** One calendar day of the Performance Management Chart. */
export interface PmcRow {
  date: string;
  load: number;
  ctl: number;
  atl: number;
  /** Form, dated by the convention's formTiming. */
  tsb: number;
  /** Ramp rate = CTL_d − CTL_{d−7}, CTL points per week; null until the history holds day d−7. */
  ramp: number | null;
  /** Rolling 7:28-day ACWR; null until the history holds 28 days or when the 28-day mean is 0. */
  acwr: number | null;
  /** EWMA ACWR (Williams 2017); null until the history holds 28 days or when the chronic EWMA is 0. */
  acwrEwma: number | null;
  /** Foster monotony of the last 7 days; null until the history holds 7 days or for a week without load. */
  monotony: number | null;
  /** Foster strain of the last 7 days; null until the history holds 7 days. */
  strain: number | null;
  /** Acute and chronic EWMAs behind acwrEwma, stored so a later recompute can resume from this row. */
  acuteEwma: number;
  chronicEwma: number;
}

/**
 * How many stored rows before day D `resumePmc` needs: the 28-day ACWR window is the longest look-back
 * (ramp needs 7 days, monotony 7).
 */
export const PMC_LOOKBACK_DAYS = ACWR_CHRONIC_DAYS;

/**
 * What `resumePmc` reads of each stored row: every row's load and CTL fill the look-back windows, and
 * the last row's CTL, ATL and ACWR averages carry the recursion on. Full PmcRows qualify.
 */
export type PmcResumeRow = Pick<PmcRow, 'date' | 'load' | 'ctl' | 'atl' | 'acuteEwma' | 'chronicEwma'>;

const RAMP_DAYS = 7;

export interface PmcRange {
  /** First and last calendar day to compute, inclusive ('YYYY-MM-DD'). */
  from: string;
  to: string;
  convention: PmcConvention;
  /** CTL and ATL on the day before `from`; 0/0 when omitted. */
  seed?: PmcSeed;
}

/** Where the day-by-day recursion stands at the end of a day. `recent` is oldest first and ends on that day. */
interface PmcCarry {
  ctl: number;
  atl: number;
  acuteEwma: number;
  chronicEwma: number;
  recent: readonly Pick<PmcRow, 'load' | 'ctl'>[];
}

/**
 * Computes the PMC for every calendar day from `from` to `to`: daily load (rest days 0), CTL, ATL, TSB,
 * ramp rate, ACWR (rolling and EWMA), monotony and strain.
 *
 * Windowed values (ramp, ACWR, monotony, strain) stay null until the history covers their window, because
 * the days before `from` are unknown, not rest. The seed's CTL and ATL also start the EWMA ACWR averages:
 * all four are exponentially weighted means of the same daily load.
 */
export function computePmc(dailyLoads: DailyLoads, range: PmcRange): PmcRow[] {
  const seed = range.seed ?? { ctl: 0, atl: 0 };
  const start: PmcCarry = { ctl: seed.ctl, atl: seed.atl, acuteEwma: seed.atl, chronicEwma: seed.ctl, recent: [] };
  return extendPmc(start, dailyLoads, range.from, range.to, range.convention);
}

/**
 * Continues a stored PMC after its last row: returns the rows from the day after the last stored row to `to`.
 * Pass at least the last PMC_LOOKBACK_DAYS stored rows (consecutive days); with the same loads and
 * convention the result equals a full recompute exactly, so a changed activity on day D only needs
 * the rows before D and the loads from D on. A changed convention or time constant needs a full recompute.
 */
export function resumePmc(
  previousRows: readonly PmcResumeRow[],
  dailyLoads: DailyLoads,
  options: { to: string; convention: PmcConvention },
): PmcRow[] {
  const last = previousRows.at(-1);
  if (!last) throw new RangeError('resumePmc needs at least one stored row; use computePmc for a new history');
  const recent = previousRows.slice(-PMC_LOOKBACK_DAYS);
  if (!areConsecutiveDays(recent)) {
    recent.forEach((row, i) => {
      const next = recent[i + 1];
      if (next && next.date !== addDays(row.date, 1)) {
        throw new RangeError(`stored PMC rows must be consecutive days: ${row.date} is followed by ${next.date}`);
      }
    });
  }
  const carry: PmcCarry = {
    ctl: last.ctl,
    atl: last.atl,
    acuteEwma: last.acuteEwma,
    chronicEwma: last.chronicEwma,
    recent,
  };
  return extendPmc(carry, dailyLoads, addDays(last.date, 1), options.to, options.convention);
}

/**
 * Rows in strictly increasing date order that span exactly one day per row are consecutive days: two
 * date computations instead of one per row (a resume runs before every roster read after an upload).
 */
function areConsecutiveDays(rows: readonly { date: string }[]): boolean {
  for (let i = 1; i < rows.length; i++) if (!(rows[i - 1]!.date < rows[i]!.date)) return false;
  return rows.length < 2 || daysBetween(rows[0]!.date, rows.at(-1)!.date) === rows.length - 1;
}

function extendPmc(
  carry: PmcCarry,
  dailyLoads: DailyLoads,
  from: string,
  to: string,
  convention: PmcConvention,
): PmcRow[] {
  const kCtl = smoothingFactor(convention.ctlDays, convention.smoothing);
  const kAtl = smoothingFactor(convention.atlDays, convention.smoothing);
  const acuteWeight = williamsEwmaWeight(ACWR_ACUTE_DAYS);
  const chronicWeight = williamsEwmaWeight(ACWR_CHRONIC_DAYS);
  let { ctl, atl, acuteEwma, chronicEwma } = carry;
  const loads = carry.recent.map((r) => r.load).slice(-ACWR_CHRONIC_DAYS);
  const ctls = carry.recent.map((r) => r.ctl).slice(-(RAMP_DAYS + 1));
  const rows: PmcRow[] = [];

  for (let date = from; date <= to; date = addDays(date, 1)) {
    const load = dailyLoads[date] ?? 0;
    const yesterdaysBalance = ctl - atl;
    ctl = nextEwma(ctl, load, kCtl);
    atl = nextEwma(atl, load, kAtl);
    acuteEwma = nextEwma(acuteEwma, load, acuteWeight);
    chronicEwma = nextEwma(chronicEwma, load, chronicWeight);
    pushBounded(loads, load, ACWR_CHRONIC_DAYS);
    pushBounded(ctls, ctl, RAMP_DAYS + 1);

    const week = loads.length >= MONOTONY_DAYS ? loads.slice(-MONOTONY_DAYS) : null;
    const monotony = week ? fosterMonotony(week) : null;
    const hasChronicWindow = loads.length === ACWR_CHRONIC_DAYS;
    rows.push({
      date,
      load,
      ctl,
      atl,
      tsb: convention.formTiming === 'previous-day' ? yesterdaysBalance : ctl - atl,
      ramp: ctls.length > RAMP_DAYS ? ctl - ctls[0]! : null,
      acwr: hasChronicWindow ? rollingAcwr(loads) : null,
      acwrEwma: hasChronicWindow ? ewmaAcwr(acuteEwma, chronicEwma) : null,
      monotony,
      strain: week ? fosterStrain(week, monotony) : null,
      acuteEwma,
      chronicEwma,
    });
  }
  return rows;
}

function pushBounded(values: number[], value: number, capacity: number): void {
  values.push(value);
  if (values.length > capacity) values.shift();
}
