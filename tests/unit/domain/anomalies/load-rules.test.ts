import { describe, expect, it } from 'vitest';
import { evaluateAnomalies } from '../../../../src-main/common/domain/anomalies/evaluate';
import { DEFAULT_RULE_SETTINGS, mergeRuleSettings } from '../../../../src-main/common/domain/anomalies/settings';
import type { AnomalyInput } from '../../../../src-main/common/domain/anomalies/types';
import { addDays } from '../../../../src-main/common/domain/dates';
import { emptyInput, pmcOf, VARIED_WEEK } from './histories';

const FIRST = '2024-09-02'; // a Monday
const weeks = (n: number, week: readonly number[], scale = 1) =>
  Array.from({ length: n * 7 }, (_, i) => week[i % 7]! * scale);

function loadInput(loads: number[], overrides: Partial<AnomalyInput> = {}): AnomalyInput {
  const pmc = pmcOf(FIRST, loads);
  return emptyInput(pmc.at(-1)!.date, { pmc, raiseFrom: FIRST, ...overrides });
}
const rulesOf = (input: AnomalyInput) => evaluateAnomalies(input).map((f) => f.rule);

describe('load rules', () => {
  it('raise nothing for months of periodised training with rest days', () => {
    expect(rulesOf(loadInput(weeks(26, VARIED_WEEK)))).toEqual([]);
  });

  it('flag form below −30 once per overload, with the lowest TSB and a volume cut', () => {
    const input = loadInput([...weeks(16, VARIED_WEEK), 220, 240, 230, 250, 60, 0, 0, ...weeks(2, VARIED_WEEK)]);
    const tsb = evaluateAnomalies(input).filter((f) => f.rule === 'tsb-low');
    expect(tsb).toHaveLength(1);
    const lowest = Math.min(...input.pmc.map((r) => r.tsb));
    expect(lowest).toBeLessThan(-30);
    expect(tsb[0]!.reason).toContain(`down to −${Math.round(-lowest)}`);
    expect(tsb[0]!.severity).toBe(lowest < -40 ? 'critical' : 'warning');
    expect(tsb[0]!.adjustment?.kind).toBe('reduce-volume');
    expect(tsb[0]!.evidence.chart.kind).toBe('pmc');
  });

  it('flag a CTL ramp above the guardrail', () => {
    const input = loadInput([...weeks(8, VARIED_WEEK, 0.5), ...weeks(3, VARIED_WEEK, 1.8)]);
    const ramp = evaluateAnomalies(input).find((f) => f.rule === 'ctl-ramp')!;
    const steepest = Math.max(...input.pmc.map((r) => r.ramp ?? 0));
    expect(steepest).toBeGreaterThan(8);
    expect(ramp.reason).toContain(`rose ${Math.round(steepest * 10) / 10} points`);
    const relaxed = mergeRuleSettings(DEFAULT_RULE_SETTINGS, {
      ctlRamp: { maxPerWeek: Math.ceil(steepest), criticalPerWeek: 30 },
    });
    expect(rulesOf({ ...input, settings: relaxed })).not.toContain('ctl-ramp');
  });

  it('flag an acute:chronic spike, and not on a chronic load too small to judge', () => {
    // Back to full training at once after five easy weeks: the pattern the ratio was made for.
    const spike = [...weeks(10, VARIED_WEEK), ...weeks(5, VARIED_WEEK, 0.4), ...weeks(2, VARIED_WEEK, 1.3)];
    const acwr = evaluateAnomalies(loadInput(spike)).find((f) => f.rule === 'acwr-spike')!;
    expect(acwr.reason).toMatch(/Acute load \d\.\d+× the chronic load/);
    expect(acwr.adjustment?.kind).toBe('reduce-volume');
    const tiny = [...weeks(10, VARIED_WEEK, 0.05), ...weeks(1, VARIED_WEEK, 0.2)];
    expect(rulesOf(loadInput(tiny))).not.toContain('acwr-spike');
  });

  it('flag monotonous weeks only when the strain also doubles its usual level', () => {
    const weeklyTotal = VARIED_WEEK.reduce((s, v) => s + v, 0);
    const sameEveryDay = Array.from({ length: 14 }, () => weeklyTotal / 7);
    const findings = evaluateAnomalies(loadInput([...weeks(14, VARIED_WEEK), ...sameEveryDay]));
    const monotony = findings.find((f) => f.rule === 'monotony-strain')!;
    expect(monotony.severity).toBe('critical');
    expect(monotony.adjustment).toEqual({ kind: 'rest', days: 2 });
    // The same sameness as the athlete's norm is not an anomaly: strain does not rise.
    expect(rulesOf(loadInput(Array.from({ length: 120 }, () => 50)))).not.toContain('monotony-strain');
  });

  it('ignore a single day over the line', () => {
    const oneBigDay = [...weeks(16, VARIED_WEEK), 330, ...weeks(2, VARIED_WEEK)];
    const input = loadInput(oneBigDay);
    const belowOnDays = input.pmc.filter((r) => r.tsb < -30).length;
    expect(belowOnDays).toBe(1);
    expect(rulesOf(input)).not.toContain('tsb-low');
  });

  it('keep the episode start as the overload continues day by day', () => {
    const base = [...weeks(16, VARIED_WEEK), 220, 240, 230, 250];
    const starts = [0, 1, 2].map((extra) => {
      const f = evaluateAnomalies(loadInput([...base, ...Array.from({ length: extra }, () => 240)])).find(
        (x) => x.rule === 'tsb-low',
      )!;
      return [f.episodeStart, f.episodeEnd];
    });
    expect(new Set(starts.map((s) => s[0])).size).toBe(1);
    expect(starts[2]![1]! > starts[0]![1]!).toBe(true);
    expect(starts[0]![0]! > addDays(FIRST, 16 * 7 - 1)).toBe(true);
  });
});
