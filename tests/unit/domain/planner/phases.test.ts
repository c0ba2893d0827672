import { describe, expect, it } from 'vitest';
import {
  TAPER_WEEKS,
  blockWeekStarts,
  isRecoveryWeek,
  layoutPhases,
  phaseSpans,
  weekDates,
} from '../../../../src-main/common/domain/planner/phases';
import { PHASES, RACE_TYPES, type LoadingPattern } from '../../../../src-main/common/domain/planner/types';

const recoveryWeeks = (weeks: number, pattern: LoadingPattern) => {
  const phases = layoutPhases('marathon', weeks);
  return phases.map((_, i) => i + 1).filter((index) => isRecoveryWeek(index, phases, pattern));
};

describe('layoutPhases', () => {
  it("lays out the issue's 18-week marathon: base 1–6, build 7–12, peak 13–15, taper 16–17, race week 18", () => {
    expect(phaseSpans(layoutPhases('marathon', 18))).toEqual([
      { phase: 'base', firstWeek: 1, lastWeek: 6 },
      { phase: 'build', firstWeek: 7, lastWeek: 12 },
      { phase: 'peak', firstWeek: 13, lastWeek: 15 },
      { phase: 'taper', firstWeek: 16, lastWeek: 17 },
      { phase: 'race', firstWeek: 18, lastWeek: 18 },
    ]);
  });

  it('tapers 10 k, half marathon and gran fondo for one week, marathon and 70.3 for two, Ironman for three', () => {
    const taper = (raceType: (typeof RACE_TYPES)[number]) =>
      layoutPhases(raceType, 18).filter((phase) => phase === 'taper').length;
    expect(RACE_TYPES.map((raceType) => [raceType, taper(raceType)])).toEqual([
      ['marathon', 2],
      ['half-marathon', 1],
      ['10k', 1],
      ['70.3', 2],
      ['ironman', 3],
      ['gran-fondo', 1],
      ['custom', 2],
    ]);
  });

  it('keeps every phase, in order, with peak at most 4 weeks, for every race type and every length from 8 to 30', () => {
    for (const raceType of RACE_TYPES) {
      for (let weeks = 8; weeks <= 30; weeks += 1) {
        const phases = layoutPhases(raceType, weeks);
        const spans = phaseSpans(phases);
        expect(phases).toHaveLength(weeks);
        expect(spans.map((s) => s.phase)).toEqual([...PHASES]);
        const length = (phase: string) =>
          spans.find((s) => s.phase === phase)!.lastWeek - spans.find((s) => s.phase === phase)!.firstWeek + 1;
        expect(length('taper')).toBe(TAPER_WEEKS[raceType]);
        expect(length('race')).toBe(1);
        expect(length('peak')).toBeLessThanOrEqual(4);
        // Base and build share what peak leaves, base taking the odd week.
        expect(length('base') - length('build')).toBeGreaterThanOrEqual(0);
        expect(length('base') - length('build')).toBeLessThanOrEqual(1);
      }
    }
  });

  it('refuses blocks shorter than 8 or longer than 30 weeks, and a taper that leaves fewer than 3 training weeks', () => {
    expect(() => layoutPhases('marathon', 7)).toThrow(RangeError);
    expect(() => layoutPhases('marathon', 31)).toThrow(RangeError);
    expect(() => layoutPhases('ironman', 8, 5)).toThrow(RangeError);
  });
});

describe('isRecoveryWeek', () => {
  it('puts 3:1 recovery weeks at 4, 8 and 12 of an 18-week marathon', () => {
    expect(recoveryWeeks(18, '3:1')).toEqual([4, 8, 12]);
  });

  it('puts 2:1 recovery weeks every third week, but never in the last week before the taper', () => {
    expect(recoveryWeeks(18, '2:1')).toEqual([3, 6, 9, 12]);
    expect(layoutPhases('marathon', 18)[14]).toBe('peak');
  });

  it('plans none without a pattern, and none in taper or race week', () => {
    expect(recoveryWeeks(18, 'none')).toEqual([]);
    expect(recoveryWeeks(30, '3:1').every((w) => w < 28)).toBe(true);
  });
});

describe('block calendar', () => {
  it('starts week 1 on the Monday 17 weeks before race week for an 18-week block', () => {
    const starts = blockWeekStarts('2026-04-19', 18);
    expect(starts[0]).toBe('2025-12-15');
    expect(starts.at(-1)).toBe('2026-04-13');
    expect(starts).toHaveLength(18);
  });

  it('ends race week on race day, whatever the weekday', () => {
    expect(weekDates('2026-04-13', '2026-04-15')).toEqual(['2026-04-13', '2026-04-14', '2026-04-15']);
    expect(weekDates('2026-04-06', '2026-04-15')).toHaveLength(7);
  });
});
