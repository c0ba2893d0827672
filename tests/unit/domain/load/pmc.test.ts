import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src-main/common/domain/dates';
import { computePmc, resumePmc, PMC_LOOKBACK_DAYS, type PmcRow } from '../../../../src-main/common/domain/load/pmc';
import { DEFAULT_PMC_CONVENTION, type PmcConvention } from '../../../../src-main/common/domain/load/pmc-convention';
import { PROPERTY_SEEDS, seededRandom, type SeededRandom } from './seeded-random';

const TP: PmcConvention = DEFAULT_PMC_CONVENTION;
const GC: PmcConvention = { ...DEFAULT_PMC_CONVENTION, smoothing: 'goldencheetah' };
const SAME_DAY: PmcConvention = { ...DEFAULT_PMC_CONVENTION, formTiming: 'same-day' };

/** Loads keyed by date from a list starting on `from`. */
function loadsFrom(from: string, loads: readonly number[]): Record<string, number> {
  return Object.fromEntries(loads.map((load, i) => [addDays(from, i), load]));
}

const DAY1 = '2025-01-01';

describe('computePmc — worked examples', () => {
  it('gives CTL 2.381 and ATL 14.286 after one day of 100 TSS from zero with k = 1/N (TrainingPeaks)', () => {
    const [row] = computePmc({ [DAY1]: 100 }, { from: DAY1, to: DAY1, convention: TP });
    expect(row!.ctl).toBeCloseTo(2.381, 3);
    expect(row!.atl).toBeCloseTo(14.286, 3);
  });

  it("gives CTL 2.353 and ATL 13.312 after one day of 100 TSS with GoldenCheetah's k = 1 − e^(−1/N)", () => {
    const [row] = computePmc({ [DAY1]: 100 }, { from: DAY1, to: DAY1, convention: GC });
    expect(row!.ctl).toBeCloseTo(2.353, 3);
    expect(row!.atl).toBeCloseTo(13.312, 3);
  });

  it('follows the recursion by hand over three days of 100 TSS, with form dated the day after', () => {
    // CTL: 100/42 = 2.3810; 2.3810 + (100 − 2.3810)/42 = 4.7052; 4.7052 + (100 − 4.7052)/42 = 6.9741.
    // ATL: 100/7 = 14.2857; 14.2857 + 85.7143/7 = 26.5306; 26.5306 + 73.4694/7 = 37.0262.
    // TSB (previous day): 0; 2.3810 − 14.2857 = −11.9048; 4.7052 − 26.5306 = −21.8254.
    const rows = computePmc(loadsFrom(DAY1, [100, 100, 100]), { from: DAY1, to: '2025-01-03', convention: TP });
    expect(rows.map((r) => r.date)).toEqual(['2025-01-01', '2025-01-02', '2025-01-03']);
    expect(rows.map((r) => r.ctl)).toEqual([
      expect.closeTo(2.381, 3),
      expect.closeTo(4.7052, 4),
      expect.closeTo(6.9741, 4),
    ]);
    expect(rows.map((r) => r.atl)).toEqual([
      expect.closeTo(14.2857, 4),
      expect.closeTo(26.5306, 4),
      expect.closeTo(37.0262, 4),
    ]);
    expect(rows.map((r) => r.tsb)).toEqual([0, expect.closeTo(-11.9048, 4), expect.closeTo(-21.8254, 4)]);
  });

  it('dates form the same day when asked: CTL_d − ATL_d', () => {
    const rows = computePmc(loadsFrom(DAY1, [100, 100]), { from: DAY1, to: '2025-01-02', convention: SAME_DAY });
    expect(rows.map((r) => r.tsb)).toEqual([expect.closeTo(-11.9048, 4), expect.closeTo(-21.8254, 4)]);
  });

  it('starts from a seeded CTL and ATL and treats missing days as rest', () => {
    // Rest day from CTL 50 / ATL 60: CTL = 50·41/42 = 48.810, ATL = 60·6/7 = 51.429; form = 50 − 60.
    const rows = computePmc({}, { from: DAY1, to: '2025-01-02', convention: TP, seed: { ctl: 50, atl: 60 } });
    expect(rows[0]).toMatchObject({
      load: 0,
      ctl: expect.closeTo(48.8095, 4),
      atl: expect.closeTo(51.4286, 4),
      tsb: -10,
    });
    expect(rows[1]!.tsb).toBeCloseTo((50 * 41) / 42 - (60 * 6) / 7, 12);
  });

  it('matches the closed form CTL_n = L·(1 − (1 − k)^n) and ramp = CTL_n − CTL_{n−7} for a constant load', () => {
    const rows = computePmc(loadsFrom(DAY1, new Array(30).fill(80)), {
      from: DAY1,
      to: addDays(DAY1, 29),
      convention: TP,
    });
    const ctlAfter = (n: number) => 80 * (1 - (41 / 42) ** n);
    rows.forEach((row, i) => expect(row.ctl).toBeCloseTo(ctlAfter(i + 1), 10));
    expect(rows.slice(0, 7).every((r) => r.ramp === null)).toBe(true);
    expect(rows[7]!.ramp).toBeCloseTo(ctlAfter(8) - ctlAfter(1), 10);
    expect(rows[29]!.ramp).toBeCloseTo(ctlAfter(30) - ctlAfter(23), 10);
  });

  it('computes the 7:28 ACWR once 28 days are known: 21 days of 50 then a week of 100 gives 100 ÷ 62.5 = 1.6', () => {
    const loads = [...new Array(21).fill(50), ...new Array(7).fill(100)];
    const rows = computePmc(loadsFrom(DAY1, loads), { from: DAY1, to: addDays(DAY1, 27), convention: TP });
    expect(rows[26]!.acwr).toBeNull();
    expect(rows[27]!.acwr).toBeCloseTo(1.6, 12);
  });

  it("computes Williams' EWMA ACWR with λ = 2/(N+1): acute 100·(1 − 0.75^28) ÷ chronic 100·(1 − (27/29)^28)", () => {
    const rows = computePmc(loadsFrom(DAY1, new Array(28).fill(100)), {
      from: DAY1,
      to: addDays(DAY1, 27),
      convention: TP,
    });
    const last = rows[27]!;
    expect(last.acuteEwma).toBeCloseTo(100 * (1 - 0.75 ** 28), 10);
    expect(last.chronicEwma).toBeCloseTo(100 * (1 - (27 / 29) ** 28), 10);
    expect(last.acwrEwma).toBeCloseTo((1 - 0.75 ** 28) / (1 - (27 / 29) ** 28), 10);
    expect(last.acwr).toBe(1);
  });

  it('computes Foster monotony and strain of an alternating week: 2/√3 = 1.155 and 400 × 1.155 = 461.9', () => {
    const rows = computePmc(loadsFrom(DAY1, [100, 0, 100, 0, 100, 0, 100]), {
      from: DAY1,
      to: addDays(DAY1, 6),
      convention: TP,
    });
    expect(rows[5]!.monotony).toBeNull();
    expect(rows[6]!.monotony).toBeCloseTo(2 / Math.sqrt(3), 12);
    expect(rows[6]!.strain).toBeCloseTo(461.88, 2);
  });

  it('caps monotony at 10 for identical daily loads and leaves it undefined for a week of rest', () => {
    const loads = [...new Array(7).fill(60), ...new Array(7).fill(0)];
    const rows = computePmc(loadsFrom(DAY1, loads), { from: DAY1, to: addDays(DAY1, 13), convention: TP });
    expect(rows[6]).toMatchObject({ monotony: 10, strain: 4200 });
    expect(rows[13]).toMatchObject({ monotony: null, strain: 0 });
  });

  it('returns one row per calendar day, rest days included, and nothing for an empty range', () => {
    const rows = computePmc(
      { '2025-02-27': 50, '2025-03-02': 70 },
      { from: '2025-02-27', to: '2025-03-02', convention: TP },
    );
    expect(rows.map((r) => [r.date, r.load])).toEqual([
      ['2025-02-27', 50],
      ['2025-02-28', 0],
      ['2025-03-01', 0],
      ['2025-03-02', 70],
    ]);
    expect(computePmc({}, { from: '2025-03-02', to: '2025-03-01', convention: TP })).toEqual([]);
  });
});

function randomHistory(random: SeededRandom, from: string, days: number): Record<string, number> {
  const loads: Record<string, number> = {};
  for (let i = 0; i < days; i++) {
    if (random.next() < 0.3) continue; // rest day
    loads[addDays(from, i)] = Math.round(random.next() * 250 * 10) / 10;
  }
  return loads;
}

const CONVENTIONS: PmcConvention[] = [
  TP,
  GC,
  SAME_DAY,
  { smoothing: 'goldencheetah', formTiming: 'same-day', ctlDays: 50, atlDays: 10 },
];

describe('computePmc — properties', () => {
  it('CTL and ATL of a constant daily load converge to that load', () => {
    for (const seed of PROPERTY_SEEDS) {
      const random = seededRandom(seed);
      const load = random.int(20, 200);
      const convention = CONVENTIONS[seed % CONVENTIONS.length]!;
      const days = 700;
      const loads = loadsFrom(DAY1, new Array(days).fill(load));
      const last = computePmc(loads, {
        from: DAY1,
        to: addDays(DAY1, days - 1),
        convention,
        seed: { ctl: random.int(0, 150), atl: random.int(0, 150) },
      }).at(-1)!;
      expect(last.ctl, `seed ${seed}`).toBeCloseTo(load, 3);
      expect(last.atl, `seed ${seed}`).toBeCloseTo(load, 10);
      expect(last.tsb, `seed ${seed}`).toBeCloseTo(0, 3);
    }
  });

  it('a zero-load gap decays ATL faster than CTL', () => {
    for (const seed of PROPERTY_SEEDS) {
      const random = seededRandom(seed);
      const start = { ctl: random.int(20, 120), atl: random.int(20, 120) };
      const gap = random.int(1, 30);
      const convention = CONVENTIONS[seed % CONVENTIONS.length]!;
      const rows = computePmc({}, { from: DAY1, to: addDays(DAY1, gap - 1), convention, seed: start });
      rows.forEach((row, i) => {
        const ctlFraction = row.ctl / start.ctl;
        const atlFraction = row.atl / start.atl;
        expect(atlFraction, `seed ${seed} day ${i}`).toBeLessThan(ctlFraction);
      });
    }
  });

  it('recomputing from any day D with the stored rows before D equals a full recompute, exactly', () => {
    for (const seed of PROPERTY_SEEDS) {
      const random = seededRandom(seed);
      const days = random.int(40, 200);
      const to = addDays(DAY1, days - 1);
      const convention = CONVENTIONS[seed % CONVENTIONS.length]!;
      const seedLoad = { ctl: random.int(0, 100), atl: random.int(0, 100) };
      const before = randomHistory(random, DAY1, days);
      const stored = computePmc(before, { from: DAY1, to, convention, seed: seedLoad });

      // An activity on day D is added or changed: loads from D on differ.
      const d = random.int(1, days - 1);
      const changedDay = addDays(DAY1, d);
      const after = { ...before, [changedDay]: (before[changedDay] ?? 0) + random.int(10, 200) };

      const full = computePmc(after, { from: DAY1, to, convention, seed: seedLoad });
      const previous = stored.slice(Math.max(0, d - PMC_LOOKBACK_DAYS), d);
      const resumed = resumePmc(previous, after, { to, convention });
      expect([...stored.slice(0, d), ...resumed], `seed ${seed}, D = ${changedDay}`).toEqual(full);
    }
  });

  it('same-day form is previous-day form shifted by exactly one day', () => {
    for (const seed of PROPERTY_SEEDS) {
      const random = seededRandom(seed);
      const days = random.int(10, 120);
      const loads = randomHistory(random, DAY1, days);
      const start = { ctl: random.int(0, 100), atl: random.int(0, 100) };
      const range = { from: DAY1, to: addDays(DAY1, days - 1), seed: start };
      const previousDay = computePmc(loads, { ...range, convention: TP });
      const sameDay = computePmc(loads, { ...range, convention: SAME_DAY });
      expect(previousDay[0]!.tsb).toBe(start.ctl - start.atl);
      for (let i = 1; i < days; i++) expect(previousDay[i]!.tsb, `seed ${seed} day ${i}`).toBe(sameDay[i - 1]!.tsb);
      expect(sameDay.map(({ tsb: _tsb, ...rest }) => rest)).toEqual(previousDay.map(({ tsb: _tsb, ...rest }) => rest));
    }
  });
});

describe('resumePmc', () => {
  const rows = computePmc(loadsFrom(DAY1, [50, 60, 70]), { from: DAY1, to: '2025-01-03', convention: TP });

  it('continues from the day after the last stored row', () => {
    const resumed = resumePmc(rows, { '2025-01-04': 90 }, { to: '2025-01-05', convention: TP });
    expect(resumed.map((r: PmcRow) => [r.date, r.load])).toEqual([
      ['2025-01-04', 90],
      ['2025-01-05', 0],
    ]);
    expect(resumed[0]!.tsb).toBe(rows[2]!.ctl - rows[2]!.atl);
  });

  it('refuses an empty or gapped history', () => {
    expect(() => resumePmc([], {}, { to: '2025-01-05', convention: TP })).toThrow(/computePmc/);
    expect(() => resumePmc([rows[0]!, rows[2]!], {}, { to: '2025-01-05', convention: TP })).toThrow(/consecutive/);
  });
});
