import { findEpisodes, SEVERITY_CODE, type Episode } from '../episodes';
import { formatDateRange, formatDay, formatNumber, formatSigned, plural } from '../../../format';
import type { AnomalyRule, Evidence, PmcRuleDay } from '../types';
import { episodeDates, round, type RawFinding, type RuleScope } from './rule-scope';

/**
 * Rules on the PMC rows (domain/load/pmc.ts), which already hold TSB, ramp, ACWR and monotony per day.
 * A PMC value hovers around its limit for days, so a dip back over the line for up to two days does not
 * end the episode: the coach gets one anomaly per overload, not one per crossing.
 */
const LOAD_GAP_DAYS = 2;
/**
 * Days over the line before a load rule speaks. Monotony, ACWR and form move with every session, so a
 * single day over the line is one big session's worth; two days make it a state of the week. On the demo
 * roster's calm weeks, one-day crossings were the only load findings left.
 */
const MIN_EPISODE_DAYS = 2;
const CHART_MARGIN_DAYS = 14;

interface LoadRule {
  rule: AnomalyRule;
  /** The day's severity code, 0 when the condition does not hold. */
  severityOn(row: PmcRuleDay, index: number): number;
  /** The value shown and compared, and which extreme is worst. */
  valueOf(row: PmcRuleDay): number | null;
  worst: 'min' | 'max';
  metric: string;
  unit: string;
  threshold: number;
  describe(
    worst: { value: number; date: string },
    episodeRange: string,
    days: number,
  ): { reason: string; headline: string };
  facts?(row: PmcRuleDay): Record<string, string>;
}

function pmcByIndex(scope: RuleScope): (PmcRuleDay | undefined)[] {
  const rows: (PmcRuleDay | undefined)[] = new Array(scope.timeline.length);
  for (const row of scope.input.pmc) {
    const i = scope.timeline.indexOf(row.date);
    if (i >= 0 && i < rows.length) rows[i] = row;
  }
  return rows;
}

function runLoadRule(scope: RuleScope, rows: (PmcRuleDay | undefined)[], rule: LoadRule): RawFinding[] {
  const days = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row) days[i] = rule.severityOn(row, i);
  }
  return findEpisodes(days, LOAD_GAP_DAYS)
    .filter((episode) => episode.days >= MIN_EPISODE_DAYS)
    .map((episode) => loadFinding(scope, rows, rule, episode));
}

function loadFinding(scope: RuleScope, rows: (PmcRuleDay | undefined)[], rule: LoadRule, episode: Episode): RawFinding {
  const iso = scope.timeline.isoOf;
  let worst = { value: NaN, index: episode.start };
  for (let i = episode.start; i <= episode.end; i++) {
    const value = rows[i] ? rule.valueOf(rows[i]!) : null;
    if (value === null) continue;
    const better = Number.isNaN(worst.value) || (rule.worst === 'min' ? value < worst.value : value > worst.value);
    if (better) worst = { value, index: i };
  }
  const points: Evidence['points'] = [];
  for (let i = Math.max(0, episode.start - 7); i <= episode.end; i++) {
    const value = rows[i] ? rule.valueOf(rows[i]!) : null;
    points.push({ date: iso(i), value: value === null ? null : round(value, 2) });
  }
  const worstDate = iso(worst.index);
  const { reason, headline } = rule.describe(
    { value: worst.value, date: worstDate },
    formatDateRange(iso(episode.start), iso(episode.end)),
    episode.days,
  );
  return {
    rule: rule.rule,
    ...episodeDates(scope, episode, LOAD_GAP_DAYS),
    date: iso(episode.end),
    reason,
    headline,
    evidence: {
      metric: rule.metric,
      unit: rule.unit,
      points,
      baseline: null,
      threshold: rule.threshold,
      chart: {
        kind: 'pmc',
        from: iso(Math.max(0, episode.start - CHART_MARGIN_DAYS)),
        to: iso(Math.min(rows.length - 1, episode.end + 7)),
      },
      facts: rule.facts?.(rows[worst.index]!),
    },
  };
}

const level = (critical: boolean) => (critical ? SEVERITY_CODE.critical : SEVERITY_CODE.warning);

export function loadFindings(scope: RuleScope): RawFinding[] {
  const { settings } = scope;
  const rows = pmcByIndex(scope);
  const findings: RawFinding[] = [];

  if (settings.tsbLow.enabled) {
    const s = settings.tsbLow;
    findings.push(
      ...runLoadRule(scope, rows, {
        rule: 'tsb-low',
        severityOn: (row) => (row.tsb < s.warning ? level(row.tsb < s.critical) : 0),
        valueOf: (row) => row.tsb,
        worst: 'min',
        metric: 'Form (TSB)',
        unit: 'TSB',
        threshold: s.warning,
        describe: (w, range, days) => ({
          reason: `Form (TSB) down to ${formatSigned(w.value)} on ${formatDay(w.date)}, below ${formatSigned(s.warning)} for ${plural(days, 'day')} (${range}): deep fatigue, Friel's high-risk zone`,
          headline: `form at ${formatSigned(w.value)}`,
        }),
        facts: (row) => ({ CTL: formatNumber(row.ctl), ATL: formatNumber(row.atl) }),
      }),
    );
  }

  if (settings.ctlRamp.enabled) {
    const s = settings.ctlRamp;
    findings.push(
      ...runLoadRule(scope, rows, {
        rule: 'ctl-ramp',
        severityOn: (row) => (row.ramp !== null && row.ramp > s.maxPerWeek ? level(row.ramp > s.criticalPerWeek) : 0),
        valueOf: (row) => row.ramp,
        worst: 'max',
        metric: 'Ramp rate',
        unit: 'CTL/week',
        threshold: s.maxPerWeek,
        describe: (w, range) => ({
          reason: `Fitness (CTL) rose ${formatNumber(w.value, 1)} points in the week to ${formatDay(w.date)}, above the ${formatNumber(s.maxPerWeek, 1, { trim: true })} points a week guardrail (${range}); 5–8 is typical`,
          headline: `CTL ramp of ${formatNumber(w.value, 1)} a week`,
        }),
        facts: (row) => ({ CTL: formatNumber(row.ctl) }),
      }),
    );
  }

  if (settings.acwrSpike.enabled) {
    const s = settings.acwrSpike;
    findings.push(
      ...runLoadRule(scope, rows, {
        rule: 'acwr-spike',
        // The EWMA ratio (Williams et al. 2017), not the rolling one: rolling means drop a day's load all at
        // once after 7 and 28 days, so the rolling ratio jumps in the week after every recovery week; on the
        // demo roster's calm weeks it raised 12 spikes where the EWMA ratio raised 1.
        severityOn: (row) =>
          row.acwrEwma !== null && row.acwrEwma > s.warning && row.chronicEwma >= s.minChronicLoad
            ? level(row.acwrEwma > s.critical)
            : 0,
        valueOf: (row) => row.acwrEwma,
        worst: 'max',
        metric: 'ACWR (EWMA 7:28-day)',
        unit: 'ratio',
        threshold: s.warning,
        describe: (w, range) => ({
          reason: `Acute load ${formatNumber(w.value, 2)}× the chronic load on ${formatDay(w.date)} (7- and 28-day weighted averages), above ${formatNumber(s.warning, 2, { trim: true })} (${range}); a common warning sign, though the evidence for a safe range is disputed`,
          headline: `load spike (ACWR ${formatNumber(w.value, 2)})`,
        }),
      }),
    );
  }

  if (settings.monotonyStrain.enabled) {
    const s = settings.monotonyStrain;
    const typical = typicalStrain(rows);
    const strained = (row: PmcRuleDay, i: number) =>
      row.strain !== null && typical[i]! > 0 && row.strain > s.strainAboveTypical * typical[i]!;
    findings.push(
      ...runLoadRule(scope, rows, {
        rule: 'monotony-strain',
        severityOn: (row, i) =>
          row.monotony !== null && row.monotony > s.monotonyWarning && strained(row, i)
            ? level(row.monotony > s.monotonyCritical)
            : 0,
        valueOf: (row) => row.monotony,
        worst: 'max',
        metric: 'Monotony (Foster)',
        unit: '',
        threshold: s.monotonyWarning,
        describe: (w, range) => ({
          reason: `Training monotony ${formatNumber(w.value, 1)} in the week to ${formatDay(w.date)}, above ${formatNumber(s.monotonyWarning, 1, { trim: true })}, with strain over ${formatNumber(s.strainAboveTypical, 1, { trim: true })}× its usual level (${range}): hard days too alike, without real easy or rest days (Foster)`,
          headline: `monotony ${formatNumber(w.value, 1)}`,
        }),
        facts: (row) => ({
          Strain: formatNumber(row.strain ?? 0),
          'Weekly load': formatNumber((row.strain ?? 0) / (row.monotony ?? 1)),
        }),
      }),
    );
  }
  return findings;
}

/** Weeks behind the athlete's usual strain: a training cycle, so a recovery week does not set the norm. */
const TYPICAL_STRAIN_DAYS = 84;

/**
 * Mean daily strain of the 12 weeks ending a week before each day. Foster's illness risk followed high
 * strain, not monotony alone: an athlete who trains every day lives above monotony 1.5, so the week must
 * also be heavier than that athlete's norm.
 */
function typicalStrain(rows: (PmcRuleDay | undefined)[]): Float64Array {
  const typical = new Float64Array(rows.length);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    const entering = rows[i - 7]?.strain;
    if (entering !== null && entering !== undefined) {
      sum += entering;
      count++;
    }
    const leaving = rows[i - 7 - TYPICAL_STRAIN_DAYS]?.strain;
    if (leaving !== null && leaving !== undefined) {
      sum -= leaving;
      count--;
    }
    typical[i] = count >= TYPICAL_STRAIN_DAYS / 2 ? sum / count : 0;
  }
  return typical;
}
