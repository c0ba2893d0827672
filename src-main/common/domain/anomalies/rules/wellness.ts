import { DEFAULT_BASELINE_OPTIONS } from '../../wellness/rolling-baseline';
import { lnRmssd } from '../../wellness/wellness-markers';
import { findEpisodes, SEVERITY_CODE, type Episode } from '../episodes';
import { windowSumsOf } from '../timeline';
import {
  formatDateRange,
  formatDayMonth,
  formatMeasure,
  formatNumber,
  plural,
  roundAsMeasured,
  weekdayName,
} from '../../../format';
import type { EvidencePoint } from '../types';
import { episodeDates, type RawFinding, type RuleScope } from './rule-scope';

/**
 * Morning markers against the athlete's own baseline (docs/domain.md#wellness; Plews et al. 2013). The baseline of day d
 * is the `baselineDays` ending a week before d, so the mornings being judged never pull their own
 * baseline down: a week of illness is compared with the weeks before it, not with itself.
 */
const JUDGED_DAYS = 7;

/** Readings the baseline needs: "≥ 3 a week" (docs/domain.md#wellness) over the whole baseline window. */
function minBaselineReadings(baselineDays: number, perWeek: number): number {
  return Math.ceil((perWeek * baselineDays) / 7);
}

/**
 * Marks day d and the mornings of the run that ends on it, but never a day at or before the last marked
 * one: an episode found earlier keeps its first day however later data reads those mornings.
 */
function markRun(days: Uint8Array, d: number, runLength: number, code: number, lastMarked: number): number {
  for (let i = Math.max(d - runLength + 1, lastMarked + 1); i <= d; i++) days[i] = Math.max(days[i]!, code);
  return d;
}

/** The first day in [from, to] whose reading is below `limit`; `to` when none is. */
function firstBelow(series: Float64Array, from: number, to: number, limit: number): number {
  for (let i = Math.max(0, from); i <= to; i++) if (series[i]! < limit) return i;
  return to;
}

function points(
  series: Float64Array,
  from: number,
  to: number,
  scope: RuleScope,
  toValue: (v: number) => number,
): EvidencePoint[] {
  const result: EvidencePoint[] = [];
  for (let i = Math.max(0, from); i <= to; i++) {
    const v = series[i]!;
    if (!Number.isNaN(v)) result.push({ date: scope.timeline.isoOf(i), value: toValue(v) });
  }
  return result;
}

/** The longest run of consecutive days in [from, to] that satisfy `low`. */
function longestRun(from: number, to: number, low: (i: number) => boolean): { start: number; length: number } {
  let best = { start: from, length: 0 };
  let start = from;
  for (let i = from; i <= to; i++) {
    if (!low(i)) {
      start = i + 1;
      continue;
    }
    if (i - start + 1 > best.length) best = { start, length: i - start + 1 };
  }
  return best;
}

function listMornings(
  scope: RuleScope,
  series: Float64Array,
  start: number,
  length: number,
  format: (v: number) => string,
): string {
  const shown = Math.min(length, 7);
  const days = Array.from({ length: shown }, (_, k) => start + k);
  return namedMornings(scope, series, days, format) + (length > shown ? ', …' : '');
}

/** "Sat 42, Sun 42, Mon 43": weekday names while the mornings lie within a week, dates beyond it. */
function namedMornings(
  scope: RuleScope,
  series: Float64Array,
  days: readonly number[],
  format: (v: number) => string,
): string {
  const withinWeek = days.length === 0 || days.at(-1)! - days[0]! < 7;
  const name = (i: number) =>
    withinWeek ? weekdayName(scope.timeline.isoOf(i)) : formatDayMonth(scope.timeline.isoOf(i));
  return days.map((i) => `${name(i)} ${format(series[i]!)}`).join(', ');
}

/** The morning markers as day series over the timeline, read from the wellness days in one pass. */
interface MorningSeries {
  ln: Float64Array;
  restingHr: Float64Array;
  sleep: Float64Array;
}

function morningSeries(scope: RuleScope): MorningSeries {
  const n = scope.timeline.length;
  const series = {
    ln: new Float64Array(n).fill(NaN),
    restingHr: new Float64Array(n).fill(NaN),
    sleep: new Float64Array(n).fill(NaN),
  };
  // Two readings on one date are averaged, so an extra measurement does not weigh double (as in rolling-baseline.ts).
  const counts = { ln: new Uint8Array(n), restingHr: new Uint8Array(n), sleep: new Uint8Array(n) };
  const add = (key: keyof MorningSeries, i: number, value: number | null) => {
    if (value === null || !Number.isFinite(value)) return;
    const c = ++counts[key][i]!;
    series[key][i] = c === 1 ? value : series[key][i]! + (value - series[key][i]!) / c;
  };
  for (const w of scope.input.wellness) {
    const i = scope.timeline.indexOf(w.date);
    if (i < 0 || i >= n) continue;
    add('ln', i, lnRmssd(w.hrvRmssd));
    add('restingHr', i, w.restingHr);
    add('sleep', i, w.sleepHours);
  }
  return series;
}

/** HRV, resting HR and sleep, each when enabled, from one read of the wellness days. */
export function wellnessFindings(scope: RuleScope): RawFinding[] {
  const s = scope.settings;
  if (!s.hrvSuppressed.enabled && !s.restingHrElevated.enabled && !s.sleepDeficit.enabled) return [];
  const series = morningSeries(scope);
  return [
    ...(s.hrvSuppressed.enabled ? hrvSuppressedFindings(scope, series.ln) : []),
    ...(s.restingHrElevated.enabled ? restingHrFindings(scope, series.restingHr) : []),
    ...(s.sleepDeficit.enabled ? sleepDeficitFindings(scope, series.sleep) : []),
  ];
}

function hrvSuppressedFindings(scope: RuleScope, ln: Float64Array): RawFinding[] {
  const s = scope.settings.hrvSuppressed;
  const sums = windowSumsOf(ln);
  const n = ln.length;
  const lows = new Float64Array(n).fill(NaN);
  const means = new Float64Array(n).fill(NaN);
  const sds = new Float64Array(n).fill(NaN);
  const days = new Uint8Array(n);
  const needed = minBaselineReadings(s.baselineDays, s.minReadingsPerWeek);
  let lastMarked = -1;

  for (let d = 0; d < n; d++) {
    const baseline = sums.stats(d - JUDGED_DAYS - s.baselineDays + 1, d - JUDGED_DAYS);
    if (!baseline || baseline.count < needed) continue;
    const low = baseline.mean - s.bandSd * baseline.sd;
    const alert = baseline.mean - s.alertSd * baseline.sd;
    lows[d] = low;
    means[d] = baseline.mean;
    sds[d] = baseline.sd;

    let run = 0;
    while (run < s.consecutiveDays && d - run >= 0 && ln[d - run]! < alert) run++;
    const weekCount = sums.count(d - JUDGED_DAYS + 1, d);
    const weekMean = weekCount > 0 ? sums.sum(d - JUDGED_DAYS + 1, d) / weekCount : NaN;
    const weekBelow = weekCount >= s.minReadingsPerWeek && weekMean < alert;
    if (run < s.consecutiveDays && !weekBelow) continue;
    // Critical once the week's mean lies a further SD beyond the alert line: an illness-sized drop.
    const deep = weekCount >= s.minReadingsPerWeek && weekMean < alert - baseline.sd;
    const code = deep ? SEVERITY_CODE.critical : SEVERITY_CODE.warning;
    // A low week starts at its first morning below the alert line: those mornings pulled the mean down, so
    // the episode (and the finding that names its mornings) holds them, not just the day the mean crossed.
    const length = run >= s.consecutiveDays ? run : d - firstBelow(ln, d - JUDGED_DAYS + 1, d, alert) + 1;
    lastMarked = markRun(days, d, length, code, lastMarked);
  }

  return findEpisodes(days, s.gapDays).map((episode) => hrvFinding(scope, episode, ln, lows, means, sds, sums));
}

function hrvFinding(
  scope: RuleScope,
  episode: Episode,
  ln: Float64Array,
  lows: Float64Array,
  means: Float64Array,
  sds: Float64Array,
  sums: ReturnType<typeof windowSumsOf>,
): RawFinding {
  const s = scope.settings.hrvSuppressed;
  // The band as it stood when the episode began: the one the coach compares the mornings with.
  const anchor = Number.isNaN(lows[episode.start]!) ? episode.end : episode.start;
  const low = lows[anchor]!;
  // Mornings are judged against the alert line; the band is shown too, as the coach knows it from the chart.
  // Each figure is stored as the one formatter writes it (roundAsMeasured), so the evidence kept, the line
  // the chart draws with its "Limit" label and the sentence all carry the same number.
  const baseline = {
    mean: roundAsMeasured(Math.exp(means[anchor]!)),
    low: roundAsMeasured(Math.exp(low)),
    high: roundAsMeasured(Math.exp(means[anchor]! + s.bandSd * sds[anchor]!)),
  };
  const alertMs = roundAsMeasured(Math.exp(means[anchor]! - s.alertSd * sds[anchor]!));
  const band = `band ${formatMeasure(baseline.low)}–${formatMeasure(baseline.high, 'ms')}, alert line ${formatMeasure(alertMs, 'ms')}`;
  const ms = (v: number) => `${formatNumber(Math.exp(v))} ms`;
  const run = longestRun(episode.start, episode.end, (i) => ln[i]! < low);
  const lowMornings: number[] = [];
  for (let i = episode.start; i <= episode.end; i++) if (ln[i]! < low) lowMornings.push(i);
  const weekCount = sums.count(episode.end - JUDGED_DAYS + 1, episode.end);
  const weekMean = Math.exp(sums.sum(episode.end - JUDGED_DAYS + 1, episode.end) / Math.max(1, weekCount));
  const iso = scope.timeline.isoOf;
  const lowList = (label: string) =>
    `${plural(lowMornings.length, 'low morning')}${label}: ${namedMornings(scope, ln, lowMornings, (v) => formatNumber(Math.exp(v)))} ms (${formatDateRange(iso(lowMornings[0]!), iso(lowMornings.at(-1)!))})`;

  let reason: string;
  let headline: string;
  if (run.length >= s.consecutiveDays) {
    const range = formatDateRange(iso(run.start), iso(run.start + run.length - 1));
    reason = `HRV (rMSSD) below your baseline band ${plural(run.length, 'morning')} in a row: ${listMornings(scope, ln, run.start, run.length, ms)} (${range}; ${band})`;
    headline = `${plural(run.length, 'night')} of HRV below baseline`;
    if (lowMornings.length > run.length) reason += `; ${lowList(' in all')}`;
  } else {
    reason = `HRV (rMSSD) 7-day mean ${formatNumber(weekMean)} ms, below your baseline ${band}, with ${lowList('')}`;
    headline = 'HRV 7-day mean below baseline';
  }
  const lastReading = lastPresent(ln, episode.start, episode.end);
  return {
    rule: 'hrv-suppressed',
    ...episodeDates(scope, episode, s.gapDays),
    date: iso(lastReading),
    reason,
    headline,
    evidence: {
      metric: 'HRV (rMSSD)',
      unit: 'ms',
      points: points(ln, episode.start - JUDGED_DAYS, episode.end, scope, (v) => Math.round(Math.exp(v))),
      baseline,
      threshold: alertMs,
      chart: { kind: 'wellness', from: iso(Math.max(0, episode.start - s.baselineDays)), to: iso(episode.end) },
      facts: {
        '7-day mean': `${formatNumber(weekMean)} ms (${plural(weekCount, 'reading')})`,
        Baseline: `${plural(s.baselineDays, 'day')} ending a week before, ln rMSSD mean ± ${formatNumber(s.bandSd, 2, { trim: true })} SD`,
        'Alert line': `${formatMeasure(alertMs, 'ms')} (mean − ${formatNumber(s.alertSd, 2, { trim: true })} SD)`,
      },
    },
  };
}

function lastPresent(series: Float64Array, from: number, to: number): number {
  for (let i = to; i >= from; i--) if (!Number.isNaN(series[i]!)) return i;
  return to;
}

function restingHrFindings(scope: RuleScope, hr: Float64Array): RawFinding[] {
  const s = scope.settings.restingHrElevated;
  const sums = windowSumsOf(hr);
  const n = hr.length;
  const baselines = new Float64Array(n).fill(NaN);
  const days = new Uint8Array(n);
  const needed = minBaselineReadings(s.baselineDays, DEFAULT_BASELINE_OPTIONS.minRecentReadings);
  let lastMarked = -1;

  for (let d = 0; d < n; d++) {
    const from = d - JUDGED_DAYS - s.baselineDays + 1;
    const count = sums.count(from, d - JUDGED_DAYS);
    if (count < needed) continue;
    const mean = sums.sum(from, d - JUDGED_DAYS) / count;
    baselines[d] = mean;
    let run = 0;
    let worst = 0;
    while (run < s.consecutiveDays && d - run >= 0 && hr[d - run]! >= mean + s.bpmAboveBaseline) {
      worst = Math.max(worst, hr[d - run]! - mean);
      run++;
    }
    if (run < s.consecutiveDays) continue;
    const code = worst >= 2 * s.bpmAboveBaseline ? SEVERITY_CODE.critical : SEVERITY_CODE.warning;
    lastMarked = markRun(days, d, run, code, lastMarked);
  }

  return findEpisodes(days, s.gapDays).map((episode) => {
    const iso = scope.timeline.isoOf;
    // Stored as written (roundAsMeasured): the chart's limit line and label and the sentence agree.
    const measured = baselines[Number.isNaN(baselines[episode.start]!) ? episode.end : episode.start]!;
    const baseline = roundAsMeasured(measured);
    const limit = roundAsMeasured(measured + s.bpmAboveBaseline);
    const high = (i: number) => hr[i]! >= measured + s.bpmAboveBaseline;
    const run = longestRun(episode.start, episode.end, high);
    const range = formatDateRange(iso(run.start), iso(run.start + run.length - 1));
    return {
      rule: 'resting-hr-elevated' as const,
      ...episodeDates(scope, episode, s.gapDays),
      date: iso(lastPresent(hr, episode.start, episode.end)),
      reason: `Resting HR ${s.bpmAboveBaseline}+ bpm above your baseline of ${formatMeasure(baseline, 'bpm')} ${plural(run.length, 'morning')} in a row: ${listMornings(scope, hr, run.start, run.length, (v) => formatNumber(v))} bpm (${range})`,
      headline: `resting HR up ${plural(run.length, 'morning')}`,
      evidence: {
        metric: 'Resting HR',
        unit: 'bpm',
        points: points(hr, episode.start - JUDGED_DAYS, episode.end, scope, (v) => v),
        baseline: { mean: baseline, low: baseline, high: limit },
        threshold: limit,
        chart: { kind: 'wellness', from: iso(Math.max(0, episode.start - 28)), to: iso(episode.end) },
        facts: { Baseline: `mean of ${plural(s.baselineDays, 'day')} ending a week before` },
      },
    };
  });
}

function sleepDeficitFindings(scope: RuleScope, sleep: Float64Array): RawFinding[] {
  const s = scope.settings.sleepDeficit;
  const n = sleep.length;
  const short = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) if (sleep[i]! < s.minHours) short[i] = 1;
  const shortSums = windowSumsOf(short);
  const days = new Uint8Array(n);
  for (let d = 0; d < n; d++) {
    const count = shortSums.count(d - s.windowDays + 1, d);
    if (count >= s.days) days[d] = count >= s.days + 2 ? SEVERITY_CODE.critical : SEVERITY_CODE.warning;
  }
  // The window already bridges the nights in between; a gap of one window joins bursts a week apart.
  return findEpisodes(days, 0).map((episode) => {
    const iso = scope.timeline.isoOf;
    const from = episode.start - s.windowDays + 1;
    const nights: string[] = [];
    let lastShort = episode.start;
    for (let i = Math.max(0, from); i <= episode.end; i++) {
      if (short[i] !== 1) continue;
      nights.push(`${weekdayName(iso(i))} ${formatNumber(sleep[i], 2, { trim: true })} h`);
      lastShort = i;
    }
    const worstWindow = shortSums.count(episode.start - s.windowDays + 1, episode.start);
    return {
      rule: 'sleep-deficit' as const,
      ...episodeDates(scope, episode, 0),
      date: iso(lastShort),
      reason: `Slept under ${formatNumber(s.minHours, 2, { trim: true })} h on ${worstWindow} of ${s.windowDays} nights (${plural(nights.length, 'short night')} in ${formatDateRange(iso(Math.max(0, from)), iso(episode.end))}: ${nights.slice(0, 8).join(', ')}${nights.length > 8 ? ', …' : ''})`,
      headline: plural(nights.length, 'short night'),
      evidence: {
        metric: 'Sleep',
        unit: 'h',
        points: points(sleep, from, episode.end, scope, (v) => v),
        baseline: null,
        threshold: s.minHours,
        chart: { kind: 'wellness', from: iso(Math.max(0, from - 14)), to: iso(episode.end) },
      },
    };
  });
}
