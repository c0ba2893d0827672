import { describe, expect, it } from 'vitest';
import { steadyWeeklyLoadForRamp } from '../../../../src-main/common/domain/load/ramp-target';
import { RECOVERY_LOAD_SHARE, generateBlock } from '../../../../src-main/common/domain/planner/block-generator';
import { assessTargets } from '../../../../src-main/common/domain/planner/feasibility';
import { loadPerHour } from '../../../../src-main/common/domain/planner/intensity-model';
import { planBlock } from '../../../../src-main/common/domain/planner/plan-block';
import { backToBackHardDays } from '../../../../src-main/common/domain/planner/plan-facts';
import type { BlockInput } from '../../../../src-main/common/domain/planner/types';
import { MARATHON_18, STARTER_LIBRARY, THRESHOLDS } from './block-fixtures';

const block = generateBlock(MARATHON_18);
const week = (index: number) => block.weeks[index - 1]!;
const projected = (index: number) => block.projection.weeks[index - 1]!;

/** TSS per hour of base training by hand: 100 × (0.86 × 0.73² + 0.10 × 0.87² + 0.04 × 1.06²) = 57.89. */
const BASE_LOAD_PER_HOUR = 100 * (0.86 * 0.73 ** 2 + 0.1 * 0.87 ** 2 + 0.04 * 1.06 ** 2);

describe('the worked 18-week marathon (CTL 45, ATL 45, 3:1, ramp 6, 4–10 h)', () => {
  it('follows the layout week by week and recovers in weeks 4, 8 and 12', () => {
    expect(block.weeks.map((w) => w.phase)).toEqual([
      ...Array(6).fill('base'),
      ...Array(6).fill('build'),
      ...Array(3).fill('peak'),
      'taper',
      'taper',
      'race',
    ]);
    expect(block.weeks.filter((w) => w.recovery).map((w) => w.index)).toEqual([4, 8, 12]);
    expect(block.weeks.map((w) => w.startDate).slice(0, 2)).toEqual(['2025-12-15', '2025-12-22']);
    expect(week(18).startDate).toBe('2026-04-13');
  });

  it("caps week 1 by the ramp: the load that lifts CTL from 45 to 51 with this week's spread", () => {
    // Load spreads over the week as availability does (Tuesday–Sunday, 11.5 h); with k = 1/42 and a = 41/42,
    // CTL on Sunday = 45·a⁷ + L·Σ share_d·k·a^(6−d), solved for 51.
    const hours = MARATHON_18.availability;
    const k = 1 / 42;
    const a = 1 - k;
    const perLoad = hours.reduce((sum, h, d) => sum + (h / 11.5) * k * a ** (6 - d), 0);
    const byHand = (51 - 45 * a ** 7) / perLoad;
    expect(week(1).targetLoad).toBe(Math.floor(byHand));
    expect(week(1).targetLoad).toBe(570);
    expect(week(1).binding).toEqual(['week 1 capped by the 6 CTL/week ramp limit']);
    expect(projected(1).ramp).toBeGreaterThan(5.98);
    expect(projected(1).ramp).toBeLessThanOrEqual(6);
    // Back-loaded toward the weekend, the week lifts CTL more per TSS than the even spread of the
    // 7 × (CTL₀ + 6.44·r) = 585.6, so it may hold less.
    expect(steadyWeeklyLoadForRamp(45, 6, 42)).toBeCloseTo(585.6, 1);
    expect(week(1).targetLoad).toBeLessThan(steadyWeeklyLoadForRamp(45, 6, 42));
  });

  it('caps week 2 by the 10 h maximum at base intensity, 57.9 TSS/h, and cuts week 4 to 65 % of week 3', () => {
    expect(loadPerHour(week(2).intensity)).toBeCloseTo(BASE_LOAD_PER_HOUR, 10);
    expect(BASE_LOAD_PER_HOUR).toBeCloseTo(57.89, 2);
    expect(week(2).targetLoad).toBe(Math.floor(10 * BASE_LOAD_PER_HOUR));
    expect(week(2).targetLoad).toBe(578);
    expect(week(2).binding).toEqual(['week 2 capped by 10 h max weekly hours']);
    expect(week(4).targetLoad).toBe(Math.floor(RECOVERY_LOAD_SHARE * week(3).targetLoad));
    expect(week(4).targetLoad).toBe(375);
    expect(week(4).binding).toEqual([]);
  });

  it('keeps every week within the guardrails, with the ramp measured on the projection', () => {
    for (const w of block.weeks) {
      expect(w.targetHours).toBeLessThanOrEqual(10);
      expect(w.phase === 'race' || w.targetHours >= 4).toBe(true);
      expect(projected(w.index).ramp).toBeLessThanOrEqual(6);
      expect(w.intensity.high).toBeLessThanOrEqual(MARATHON_18.guardrails.maxHighIntensityShare);
      expect(w.longSessionSeconds).toBeLessThanOrEqual(3 * 3600);
    }
  });

  it('shifts intensity from base to build and keeps it through the taper while volume falls', () => {
    expect(week(1).intensity).toEqual({ low: 0.86, moderate: 0.1, high: 0.04 });
    expect(week(7).intensity.high).toBeGreaterThan(week(1).intensity.high);
    expect(week(7).keySessions).toEqual(['long', 'threshold', 'tempo']);
    expect(week(13).keySessions).toContain('race-pace');
    for (const taper of [16, 17, 18]) expect(week(taper).intensity).toEqual(week(15).intensity);
    expect(week(16).targetHours).toBeLessThan(week(15).targetHours);
    expect(week(17).targetHours).toBeLessThan(week(16).targetHours);
    expect(week(18).targetHours).toBeLessThan(week(17).targetHours);
    // The progressive taper: 90 % and 81 % of peak, then race week a double step (66 %, pro rata for the six
    // days before the race, 8 of the week's 11.5 available hours).
    expect(week(16).targetLoad).toBe(Math.floor(0.9 * week(15).targetLoad));
    expect(week(17).targetLoad).toBe(Math.floor(0.81 * week(15).targetLoad));
    expect(week(18).targetLoad).toBe(Math.floor(0.9 ** 4 * week(15).targetLoad * (8 / 11.5)));
  });

  it('tests at the end of base and build, and asks race week for no key session', () => {
    expect(block.weeks.filter((w) => w.keySessions.includes('test')).map((w) => w.index)).toEqual([6, 12]);
    expect(week(18).keySessions).toEqual([]);
  });

  it('lands race-day TSB in the +5..+20 window with the lightest taper, which keeps the most race-day CTL', () => {
    // Three weeks at 90 %, 81 % and 66 % of peak already lift form from −10 to about +9: any heavier and
    // the taper would stop cutting volume, so the generator keeps the lightest one (taper-search.ts).
    expect(block.taper).toMatchObject({ landing: 'inside', scale: 0.9, firstWeek: 16, weeks: 2 });
    expect(projected(15).projectedTsb).toBeLessThan(-9);
    expect(block.projection.raceDay.projectedTsb).toBeGreaterThanOrEqual(5);
    expect(block.projection.raceDay.projectedTsb).toBeLessThan(10);
    expect(block.projection.raceDay.projectedCtl).toBeGreaterThan(70);
    expect(assessTargets(MARATHON_18, block)).toEqual({ feasible: true, reasons: [] });
  });
});

describe('the taper search', () => {
  it('lands at the bottom of the window when the build leaves more fatigue to shed: the most CTL that is fresh enough', () => {
    const tired = generateBlock({ ...MARATHON_18, startAtl: 60, tsbWindow: { min: 12, max: 25 } });
    expect(tired.taper.landing).toBe('inside');
    expect(tired.taper.scale).toBeLessThan(0.9);
    expect(tired.projection.raceDay.projectedTsb).toBeGreaterThanOrEqual(12);
    expect(tired.projection.raceDay.projectedTsb).toBeLessThan(12.5);
  });
});

describe('the worked marathon, scheduled from the starter library', () => {
  const plan = planBlock(MARATHON_18, { library: STARTER_LIBRARY, thresholds: THRESHOLDS });

  it('is feasible as scheduled: guardrails, taper and race-day form checked on the real sessions', () => {
    expect(plan.reasons).toEqual([]);
    expect(plan.feasible).toBe(true);
    expect(plan.raceDay.date).toBe('2026-04-19');
    expect(plan.raceDay.projectedTsb).toBeGreaterThanOrEqual(5);
    expect(plan.raceDay.projectedTsb).toBeLessThanOrEqual(20);
    expect(plan.days[0]!.date).toBe('2025-12-15');
    expect(plan.days.at(-1)!.date).toBe('2026-04-19');
    expect(backToBackHardDays(plan.days)).toEqual([]);
    for (const w of plan.weeks) {
      expect(w.plannedHours).toBeLessThanOrEqual(10.02);
      if (w.phase !== 'race') expect(w.plannedHours).toBeGreaterThanOrEqual(3.98);
    }
  });

  it('keeps the shape: recovery weeks lighter than their neighbours, taper weeks lighter each week', () => {
    for (const index of [4, 8, 12]) {
      const [before, recovery, after] = [plan.weeks[index - 2]!, plan.weeks[index - 1]!, plan.weeks[index]!];
      expect(recovery.plannedLoad).toBeLessThan(0.8 * before.plannedLoad);
      expect(recovery.plannedLoad).toBeLessThan(0.8 * after.plannedLoad);
    }
    const hours = plan.weeks.slice(14).map((w) => w.plannedHours);
    expect(hours).toEqual([...hours].sort((a, b) => b - a));
  });

  it('projects the scheduled loads themselves', () => {
    const byDate = new Map(plan.days.map((d) => [d.date, d.sessions.reduce((sum, s) => sum + s.plannedLoad, 0)]));
    for (const day of plan.projection) expect(day.load).toBeCloseTo(byDate.get(day.date) ?? 0, 9);
  });
});

describe('binding guardrails name themselves', () => {
  const roomy: BlockInput = {
    ...MARATHON_18,
    availability: [1, 2, 2, 2, 2, 3, 4],
    guardrails: { ...MARATHON_18.guardrails, maxWeeklyHours: 16 },
  };

  it('caps the early weeks by the ramp when the hours allow more, each lifting CTL by exactly 6 on the projection', () => {
    const roomyBlock = generateBlock(roomy);
    for (const index of [1, 2, 3]) {
      expect(roomyBlock.weeks[index - 1]!.binding).toEqual([`week ${index} capped by the 6 CTL/week ramp limit`]);
      expect(roomyBlock.projection.weeks[index - 1]!.ramp).toBeCloseTo(6, 1);
      expect(roomyBlock.projection.weeks[index - 1]!.ramp).toBeLessThanOrEqual(6);
    }
  });

  it('matches the steady weekly load (docs/domain.md#planning) for the ramp when the load spreads evenly', () => {
    const even = generateBlock({ ...roomy, availability: [2, 2, 2, 2, 2, 2, 2] });
    expect(even.weeks[0]!.targetLoad).toBe(Math.floor(steadyWeeklyLoadForRamp(45, 6, 42)));
  });

  it('holds the ramp under GoldenCheetah smoothing too', () => {
    const gc = generateBlock({ ...roomy, convention: { ...roomy.convention, smoothing: 'goldencheetah' } });
    expect(gc.weeks[0]!.binding).toEqual(['week 1 capped by the 6 CTL/week ramp limit']);
    expect(Math.max(...gc.projection.weeks.map((w) => w.ramp))).toBeLessThanOrEqual(6);
  });

  it('says when the weekly load, the high-intensity share or the longest session binds', () => {
    const capped = generateBlock({
      ...roomy,
      guardrails: { ...roomy.guardrails, maxWeeklyLoad: 550, maxHighIntensityShare: 0.05, maxSessionSeconds: 2 * 3600 },
    });
    const week9 = capped.weeks[8]!;
    expect(week9.targetLoad).toBe(550);
    expect(week9.intensity.high).toBe(0.05);
    expect(week9.binding).toEqual([
      'week 9 capped by 550 TSS max weekly load',
      'week 9 high-intensity share capped at 5 % max',
      'week 9 long session capped by the 2 h longest-session limit',
    ]);
    expect(week9.longSessionSeconds).toBe(7200);
  });

  it("says when the long-session day's availability binds", () => {
    const shortSunday = generateBlock({ ...roomy, availability: [1, 2, 2, 2, 2, 3, 1.5] });
    expect(shortSunday.weeks[13]!.binding).toContain('week 14 long session capped by the 1.5 h available on Sunday');
  });
});
