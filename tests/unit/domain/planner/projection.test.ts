import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src-main/common/domain/dates';
import { computePmc } from '../../../../src-main/common/domain/load/pmc';
import { DEFAULT_PMC_CONVENTION } from '../../../../src-main/common/domain/load/pmc-convention';
import { blockWeekStarts } from '../../../../src-main/common/domain/planner/phases';
import { projectLoads } from '../../../../src-main/common/domain/planner/projection';

const RACE = '2026-03-22'; // a Sunday
const STARTS = blockWeekStarts(RACE, 3);
const START = { raceDate: RACE, startCtl: 40, startAtl: 50, convention: DEFAULT_PMC_CONVENTION };

/** 60 TSS every day from week 1's Monday, and a 250-TSS race. */
function loads(race = 250): Record<string, number> {
  const out: Record<string, number> = {};
  for (let date = STARTS[0]!; date < RACE; date = addDays(date, 1)) out[date] = 60;
  out[RACE] = race;
  return out;
}

describe('projectLoads', () => {
  it('runs the plan through computePmc from the seed, day by day', () => {
    const projection = projectLoads(loads(), STARTS, START);
    const rows = computePmc(loads(), {
      from: STARTS[0]!,
      to: RACE,
      convention: DEFAULT_PMC_CONVENTION,
      seed: { ctl: 40, atl: 50 },
    });
    expect(projection.days).toEqual(rows.map(({ date, load, ctl, atl, tsb }) => ({ date, load, ctl, atl, tsb })));
  });

  it('reads each week on its last day and its ramp from the week before (week 1 from the start CTL)', () => {
    const projection = projectLoads(loads(), STARTS, START);
    const sunday = projection.days.find((d) => d.date === addDays(STARTS[0]!, 6))!;
    expect(projection.weeks[0]).toMatchObject({
      index: 1,
      load: 420,
      projectedCtl: sunday.ctl,
      projectedTsb: sunday.tsb,
    });
    expect(projection.weeks[0]!.ramp).toBeCloseTo(sunday.ctl - 40, 12);
    expect(projection.weeks[1]!.ramp).toBeCloseTo(projection.weeks[1]!.projectedCtl - sunday.ctl, 12);
  });

  it('reads race week on race eve and race day as the form the athlete starts with, whatever the race costs', () => {
    const light = projectLoads(loads(0), STARTS, START);
    const heavy = projectLoads(loads(400), STARTS, START);
    const eve = heavy.days.find((d) => d.date === addDays(RACE, -1))!;
    expect(heavy.raceDay).toEqual({ date: RACE, projectedCtl: eve.ctl, projectedTsb: eve.ctl - eve.atl });
    expect(heavy.raceDay).toEqual(light.raceDay);
    expect(heavy.weeks[2]).toEqual(light.weeks[2]);
    expect(heavy.weeks[2]!.load).toBe(360);
    // The race still shows on the chart.
    expect(heavy.days.at(-1)!.load).toBe(400);
  });

  it("gives TrainingPeaks' race-day TSB under either form dating", () => {
    const previousDay = projectLoads(loads(), STARTS, START);
    const sameDay = projectLoads(loads(), STARTS, {
      ...START,
      convention: { ...DEFAULT_PMC_CONVENTION, formTiming: 'same-day' },
    });
    expect(sameDay.raceDay.projectedTsb).toBeCloseTo(previousDay.days.at(-1)!.tsb, 12);
    expect(previousDay.raceDay.projectedTsb).toBeCloseTo(previousDay.days.at(-1)!.tsb, 12);
  });
});
