import { findEpisodes, SEVERITY_CODE } from '../episodes';
import { formatDateRange, formatNumber, plural } from '../../../format';
import type { ActivityInput, EvidencePoint } from '../types';
import { episodeDates, round, type RawFinding, type RuleScope } from './rule-scope';

/**
 * Falling performance, judged on days with a new activity of the sport: the last `windowDays` against
 * the `windowDays` before them.
 * - Threshold power (bike): the best 20-min power of each window, the usual field estimate of FTP.
 * - Efficiency factor (per sport): the mean EF of each window's steady sessions (output per heartbeat,
 *   Friel). EF of intervals is not comparable with EF of endurance work (performance/efficiency-trend.ts),
 *   so only sessions of 30 min or more with a session RPE of 5 or less (or none given) count.
 * Performance changes over weeks, so drops within two weeks of each other are one episode.
 */
const PERFORMANCE_GAP_DAYS = 14;
/** A drop twice the coach's minimum is a warning; a smaller one is information to watch. */
const WARNING_DROP_MULTIPLE = 2;

interface Measure {
  label: string;
  metric: string;
  unit: string;
  sport: string;
  valueOf(a: ActivityInput): number | null;
  /** How a window sums up its values. */
  summary: 'max' | 'mean';
}

const STEADY_MIN_SECONDS = 30 * 60;
const STEADY_MAX_RPE = 5;
const isSteady = (a: ActivityInput) =>
  a.durationSeconds >= STEADY_MIN_SECONDS && (a.rpe === null || a.rpe <= STEADY_MAX_RPE);

interface DayVerdict {
  measure: Measure;
  recent: number;
  previous: number;
  dropPercent: number;
}

function measuresOf(activities: readonly ActivityInput[]): Measure[] {
  const sports = [...new Set(activities.filter((a) => a.efficiencyFactor !== null).map((a) => a.sport))];
  const measures: Measure[] = sports.map((sport) => ({
    label: `${sport} efficiency factor`,
    metric: `Efficiency factor (${sport})`,
    unit: '',
    sport,
    valueOf: (a) => (isSteady(a) ? a.efficiencyFactor : null),
    summary: 'mean',
  }));
  if (activities.some((a) => a.best20MinPower !== null)) {
    measures.push({
      label: 'best 20-min power',
      metric: 'Best 20-min power',
      unit: 'W',
      sport: 'bike',
      valueOf: (a) => a.best20MinPower,
      summary: 'max',
    });
  }
  return measures;
}

/** Per day: how many values, their sum and their maximum. */
function dailyAggregates(scope: RuleScope, measure: Measure) {
  const n = scope.timeline.length;
  const counts = new Uint16Array(n);
  const sums = new Float64Array(n);
  const maxima = new Float64Array(n).fill(-Infinity);
  for (const a of scope.input.activities) {
    if (a.sport !== measure.sport) continue;
    const value = measure.valueOf(a);
    const i = scope.timeline.indexOf(a.date);
    if (value === null || !Number.isFinite(value) || i < 0 || i >= n) continue;
    counts[i]!++;
    sums[i] = sums[i]! + value;
    maxima[i] = Math.max(maxima[i]!, value);
  }
  return { counts, sums, maxima };
}

/** Maximum of the `window` days ending on each day, by a monotonic deque: linear in the history. */
function slidingMax(values: Float64Array, window: number): Float64Array {
  const result = new Float64Array(values.length);
  const deque: number[] = [];
  let head = 0;
  for (let i = 0; i < values.length; i++) {
    while (deque.length > head && values[deque[deque.length - 1]!]! <= values[i]!) deque.pop();
    deque.push(i);
    if (deque[head]! <= i - window) head++;
    result[i] = values[deque[head]!]!;
  }
  return result;
}

function judgeMeasure(scope: RuleScope, measure: Measure, verdicts: (DayVerdict | undefined)[]): void {
  const s = scope.settings.performanceDecline;
  const w = s.windowDays;
  const { counts, sums, maxima } = dailyAggregates(scope, measure);
  const n = counts.length;
  const countPrefix = new Float64Array(n + 1);
  const sumPrefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    countPrefix[i + 1] = countPrefix[i]! + counts[i]!;
    sumPrefix[i + 1] = sumPrefix[i]! + sums[i]!;
  }
  const windowMax = measure.summary === 'max' ? slidingMax(maxima, w) : null;
  const windowOf = (end: number) => {
    const from = Math.max(0, end - w + 1);
    const count = end < 0 ? 0 : countPrefix[end + 1]! - countPrefix[from]!;
    const value = count === 0 ? NaN : windowMax ? windowMax[end]! : (sumPrefix[end + 1]! - sumPrefix[from]!) / count;
    return { count, value };
  };
  for (let d = 2 * w - 1; d < n; d++) {
    if (counts[d] === 0) continue;
    const recent = windowOf(d);
    const previous = windowOf(d - w);
    if (recent.count < s.minActivities || previous.count < s.minActivities) continue;
    const dropPercent = ((previous.value - recent.value) / previous.value) * 100;
    if (!(dropPercent >= s.minDropPercent)) continue;
    const current = verdicts[d];
    if (!current || dropPercent > current.dropPercent)
      verdicts[d] = { measure, recent: recent.value, previous: previous.value, dropPercent };
  }
}

export function performanceDeclineFindings(scope: RuleScope): RawFinding[] {
  const s = scope.settings.performanceDecline;
  const n = scope.timeline.length;
  const verdicts: (DayVerdict | undefined)[] = new Array(n);
  for (const measure of measuresOf(scope.input.activities)) judgeMeasure(scope, measure, verdicts);
  const days = new Uint8Array(n);
  for (let d = 0; d < n; d++) {
    const v = verdicts[d];
    if (v)
      days[d] = v.dropPercent >= WARNING_DROP_MULTIPLE * s.minDropPercent ? SEVERITY_CODE.warning : SEVERITY_CODE.info;
  }
  return findEpisodes(days, PERFORMANCE_GAP_DAYS).map((episode) => {
    const iso = scope.timeline.isoOf;
    let worst = verdicts[episode.start]!;
    const points: EvidencePoint[] = [];
    for (let d = episode.start; d <= episode.end; d++) {
      const v = verdicts[d];
      if (!v) continue;
      if (v.dropPercent > worst.dropPercent) worst = v;
    }
    for (let d = episode.start; d <= episode.end; d++) {
      const v = verdicts[d];
      if (v && v.measure === worst.measure) points.push({ date: iso(d), value: round(v.recent, 2) });
    }
    const m = worst.measure;
    const fmt = (v: number) => (m.unit === 'W' ? `${formatNumber(v)} W` : formatNumber(v, 2));
    return {
      rule: 'performance-decline' as const,
      ...episodeDates(scope, episode, PERFORMANCE_GAP_DAYS),
      date: iso(episode.end),
      reason: `${capitalise(m.label)} down ${formatNumber(worst.dropPercent, 1)} %: ${fmt(worst.recent)} over the last ${plural(s.windowDays, 'day')} against ${fmt(worst.previous)} in the ${plural(s.windowDays, 'day')} before (${formatDateRange(iso(episode.start), iso(episode.end))})`,
      headline: `${m.label} down ${formatNumber(worst.dropPercent)} %`,
      evidence: {
        metric: m.metric,
        unit: m.unit,
        points,
        baseline: null,
        threshold: round(worst.previous * (1 - s.minDropPercent / 100), 2),
        chart: { kind: 'performance', from: iso(Math.max(0, episode.start - 2 * s.windowDays)), to: iso(episode.end) },
        facts: { 'Previous window': fmt(worst.previous), 'Last window': fmt(worst.recent) },
      },
    };
  });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
