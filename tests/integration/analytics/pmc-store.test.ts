import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../src-main/common/domain/dates';
import { computePmc } from '../../../src-main/common/domain/load/pmc';
import { DEFAULT_PMC_CONVENTION } from '../../../src-main/common/domain/load/pmc-convention';
import { dispatch } from '../../../src-main/node/api/dispatch';
import { listPmcDays } from '../../../src-main/node/db/repositories/pmc-days';
import { markLoadDirtyFromStart } from '../../../src-main/node/db/repositories/load-state';
import { addActivity, listActivities } from '../../../src-main/node/services/activities';
import { createAthlete, setThreshold } from '../../../src-main/node/services/athletes';
import { refreshAthlete } from '../../../src-main/node/services/load-refresh';
import { createTempApp, type TempApp } from '../../helpers/temp-app';
import { PROPERTY_SEEDS, seededRandom } from '../../unit/domain/load/seeded-random';
import { datesBetween, ride } from './history';

const NOW = new Date('2026-05-01T09:00:00Z');
const TODAY = '2026-05-01';

let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now: NOW });
});
afterEach(() => app.dispose());

async function cyclist(ftp = 250) {
  return createAthlete(app.ctx, {
    name: 'Ana Ruiz',
    sports: ['bike'],
    thresholds: { ftp },
    thresholdsFrom: '2025-01-01',
  });
}

async function addRides(athlete: { id: number; sex: 'female' | 'male' | null }, rides: [string, number][]) {
  await app.ctx.db.transaction().execute(async (trx) => {
    for (const [date, np] of rides) await addActivity(trx, athlete, ride(date, np), { now: NOW });
  });
}

/** The stored activities' loads summed per local date: what any PMC of this athlete must be built from. */
async function storedDailyLoads(athleteId: number): Promise<Record<string, number>> {
  const loads: Record<string, number> = {};
  for (const a of await listActivities(app.ctx, athleteId, {}))
    loads[a.localDate] = (loads[a.localDate] ?? 0) + (a.load ?? 0);
  return loads;
}

describe('stored PMC', () => {
  it('matches computePmc on a hand-built history, one row per calendar day through today', async () => {
    const a = await cyclist();
    await addRides(a, [
      ['2026-03-01', 200],
      ['2026-03-02', 250],
      ['2026-03-02', 150],
      ['2026-03-05', 275],
      ['2026-04-20', 225],
    ]);

    const pmc = await app.handlers['analytics.pmc']({ athleteId: a.id });

    expect(pmc.days[0]).toMatchObject({ date: '2026-03-01', load: 64, ctl: 64 / 42, atl: 64 / 7, tsb: 0 });
    expect(pmc.days.map((d) => d.date)).toEqual(datesBetween('2026-03-01', TODAY));
    const expected = computePmc(await storedDailyLoads(a.id), {
      from: '2026-03-01',
      to: TODAY,
      convention: DEFAULT_PMC_CONVENTION,
    });
    expect(pmc.days).toEqual(
      expected.map(({ date, load, ctl, atl, tsb, ramp, acwr, acwrEwma, monotony, strain }) => ({
        date,
        load,
        ctl,
        atl,
        tsb,
        ramp,
        acwr,
        acwrEwma,
        monotony,
        strain,
      })),
    );
    expect(pmc.convention.label).toMatch(/^TrainingPeaks/);

    const narrowed = await app.handlers['analytics.pmc']({ athleteId: a.id, from: '2026-03-04', to: '2026-03-06' });
    expect(narrowed.days.map((d) => d.date)).toEqual(['2026-03-04', '2026-03-05', '2026-03-06']);
  });

  it('recomputes incrementally after an activity is added in the middle, exactly as a full recompute', async () => {
    for (const seed of PROPERTY_SEEDS.slice(0, 8)) {
      const random = seededRandom(seed);
      const a = await createAthlete(app.ctx, {
        name: `Seed ${seed}`,
        sports: ['bike'],
        thresholds: { ftp: 250 },
        thresholdsFrom: '2025-01-01',
      });
      const first = addDays(TODAY, -random.int(60, 200));
      const history = datesBetween(first, TODAY).flatMap((date, i) =>
        i === 0 || random.next() < 0.6 ? [[date, random.int(120, 300)] as [string, number]] : [],
      );
      await addRides(a, history);
      expect((await refreshAthlete(app.ctx.db, a.id, NOW)).pmc).toBe('full');

      const changed = addDays(first, random.int(30, 55));
      await addRides(a, [[changed, random.int(150, 320)]]);
      const outcome = await refreshAthlete(app.ctx.db, a.id, NOW);
      expect(outcome, `seed ${seed}`).toMatchObject({ pmc: 'incremental', days: datesBetween(changed, TODAY).length });
      const incremental = await listPmcDays(app.ctx.db, a.id, {});

      await markLoadDirtyFromStart(app.ctx.db, a.id);
      expect((await refreshAthlete(app.ctx.db, a.id, NOW)).pmc).toBe('full');
      expect(incremental, `seed ${seed}`).toEqual(await listPmcDays(app.ctx.db, a.id, {}));
      const direct = computePmc(await storedDailyLoads(a.id), {
        from: first,
        to: TODAY,
        convention: DEFAULT_PMC_CONVENTION,
      });
      expect(
        incremental.map(({ load7d: _a, load28d: _b, ...row }) => row),
        `seed ${seed}`,
      ).toEqual(direct);
    }
  });

  it('extends the stored rows to the new today as days pass, decaying CTL and ATL over rest days', async () => {
    const a = await cyclist();
    await addRides(a, [['2026-04-25', 250]]);
    await app.handlers['analytics.pmc']({ athleteId: a.id });
    const later = { ...app.ctx, now: () => new Date('2026-05-04T09:00:00Z') };
    expect(await refreshAthlete(later.db, a.id, later.now())).toMatchObject({ pmc: 'incremental', days: 3 });
    const days = await listPmcDays(app.ctx.db, a.id, {});
    expect(days.at(-1)!.date).toBe('2026-05-04');
    expect(days.at(-1)!.ctl).toBeLessThan(days.at(-4)!.ctl);
    expect(days.map(({ load7d: _a, load28d: _b, ...row }) => row)).toEqual(
      computePmc({ '2026-04-25': 100 }, { from: '2026-04-25', to: '2026-05-04', convention: DEFAULT_PMC_CONVENTION }),
    );
  });

  it('rescores activities and recomputes the days from a changed threshold on, leaving earlier days alone', async () => {
    const a = await cyclist(250);
    await addRides(
      a,
      datesBetween('2026-03-01', '2026-04-30').map((date) => [date, 200] as [string, number]),
    );
    const before = await app.handlers['analytics.pmc']({ athleteId: a.id });

    await setThreshold(app.ctx, a.id, 'ftp', 200, '2026-04-01');
    const after = await app.handlers['analytics.pmc']({ athleteId: a.id });

    const split = after.days.findIndex((d) => d.date === '2026-04-01');
    expect(after.days.slice(0, split)).toEqual(before.days.slice(0, split));
    expect(before.days[split]!.load).toBe(64);
    expect(after.days[split]!.load).toBe(100);
    expect(after.days.find((d) => d.date === TODAY)!.ctl).toBeGreaterThan(
      before.days.find((d) => d.date === TODAY)!.ctl,
    );
    const expected = computePmc(await storedDailyLoads(a.id), {
      from: '2026-03-01',
      to: TODAY,
      convention: DEFAULT_PMC_CONVENTION,
    });
    expect(after.days.map((d) => d.ctl)).toEqual(expected.map((d) => d.ctl));
  });

  it('recomputes the whole history when the convention or seed changes, and says which convention is in use', async () => {
    const a = await cyclist();
    await addRides(a, [
      ['2026-04-01', 250],
      ['2026-04-02', 200],
    ]);
    await app.handlers['analytics.pmc']({ athleteId: a.id });

    const convention = { smoothing: 'goldencheetah', formTiming: 'same-day', ctlDays: 42, atlDays: 7 } as const;
    const seed = { date: '2026-03-30', ctl: 40, atl: 30 };
    const settings = await app.handlers['analytics.settings.update']({
      athleteId: a.id,
      smoothing: 'goldencheetah',
      formTiming: 'same-day',
      seed,
    });
    expect(settings).toMatchObject({
      convention: { ...convention, label: expect.stringMatching(/GoldenCheetah.*today's CTL − ATL/) },
      seed,
    });
    expect(settings.defaultConvention).toMatchObject(DEFAULT_PMC_CONVENTION);

    const pmc = await app.handlers['analytics.pmc']({ athleteId: a.id });
    const expected = computePmc(
      { '2026-04-01': 100, '2026-04-02': 64 },
      { from: '2026-03-30', to: TODAY, convention, seed },
    );
    expect(pmc.days.map((d) => [d.date, d.ctl, d.tsb])).toEqual(expected.map((d) => [d.date, d.ctl, d.tsb]));

    const reset = await app.handlers['analytics.settings.update']({
      athleteId: a.id,
      smoothing: 'trainingpeaks',
      formTiming: 'previous-day',
      seed: null,
    });
    expect(reset.seed).toBeNull();
    expect((await app.handlers['analytics.pmc']({ athleteId: a.id })).days[0]!.date).toBe('2026-04-01');
  });

  it('rejects bad input with the offending field', async () => {
    const a = await cyclist();
    const call = (method: string, input: unknown) => dispatch(app.handlers, method, input, () => undefined);
    expect(await call('analytics.pmc', { athleteId: a.id, from: '2026-04-02', to: '2026-04-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'from' },
    });
    expect(await call('analytics.pmc', { athleteId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'athleteId' },
    });
    expect(
      await call('analytics.curves', {
        athleteId: a.id,
        from: '2026-01-01',
        to: '2026-02-01',
        compareFrom: '2025-01-01',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'compareFrom' } });
    expect(await call('analytics.settings.update', { athleteId: a.id, ctlDays: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'ctlDays' },
    });
    expect(await call('analytics.roster', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
