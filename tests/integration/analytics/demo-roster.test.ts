import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterRow } from '../../../src-main/common/contract';
import { addDays, daysBetween } from '../../../src-main/common/domain/dates';
import { formZoneOf } from '../../../src-main/common/domain/load/form-zones';
import { coach } from '../../helpers/cli';
import { loadDemoRoster } from '../../../src-main/node/services/demo';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

// The demo roster takes several seconds to generate: built once, read by every test of this file.
let app: TempApp;
let dbPath: string;
let roster: RosterRow[];
beforeAll(async () => {
  app = createTempApp();
  dbPath = app.ctx.dbPath;
  await loadDemoRoster(app.ctx, {});
  roster = await app.handlers['analytics.roster']({});
});
afterAll(() => app.dispose());

const training = () => roster.filter((r) => r.daysSinceUpload !== null && r.daysSinceUpload <= 14);

describe('analytics on the demo roster', () => {
  it('gives every athlete a roster row with today’s fitness, fatigue and form', async () => {
    const athletes = await app.handlers['athletes.list']({});
    expect(roster.map((r) => r.id).sort()).toEqual(athletes.map((a) => a.id).sort());
    expect(training().length).toBeGreaterThan(roster.length / 2);
    for (const r of training()) {
      expect(r.ctl, r.name).toBeGreaterThan(0);
      expect(r.atl, r.name).toBeGreaterThan(0);
      expect(r.formZone, r.name).toEqual({ id: formZoneOf(r.tsb!).id, label: formZoneOf(r.tsb!).label });
      expect(r.load28d!, r.name).toBeGreaterThanOrEqual(r.load7d!);
      expect(r.activityCount, r.name).toBeGreaterThan(0);
      expect(r.convention.label).toMatch(/TrainingPeaks/);
    }
    expect(roster.filter((r) => r.hrvStatus.band !== null).length).toBeGreaterThan(roster.length / 2);
  });

  it('shows form as the previous day’s CTL − ATL and sums the last 7 days of load (default convention)', async () => {
    for (const r of training().slice(0, 6)) {
      const { days } = await app.handlers['analytics.pmc']({
        athleteId: r.id,
        from: addDays(r.today, -6),
        to: r.today,
      });
      const yesterday = await app.handlers['analytics.pmc']({
        athleteId: r.id,
        from: addDays(r.today, -1),
        to: addDays(r.today, -1),
      });
      expect(days.at(-1)).toMatchObject({ date: r.today, ctl: r.ctl, atl: r.atl, tsb: r.tsb });
      expect(r.tsb).toBeCloseTo(yesterday.days[0]!.ctl - yesterday.days[0]!.atl, 10);
      expect(r.load7d).toBeCloseTo(
        days.reduce((sum, d) => sum + d.load, 0),
        6,
      );
    }
  });

  it('builds wellness, weekly and curve series from the stored data', async () => {
    const runner = training()[0]!;
    const from = addDays(runner.today, -27);
    const wellness = await app.handlers['analytics.wellness']({ athleteId: runner.id, from, to: runner.today });
    expect(wellness.days).toHaveLength(28);
    const measured = wellness.days.find((d) => d.rmssd !== null)!;
    expect(measured.markers.hrv.value).toBeCloseTo(Math.log(measured.rmssd!), 10);
    expect(wellness.days.at(-1)!.markers.hrv.band).toEqual(runner.hrvStatus.band);

    const weekly = await app.handlers['analytics.weekly']({ athleteId: runner.id, from, to: runner.today });
    expect(weekly.weeks.length).toBeGreaterThanOrEqual(4);
    expect(weekly.weeks.reduce((sum, w) => sum + w.total.activities, 0)).toBeGreaterThan(0);

    // Demo activities carry 1 Hz streams for their last three weeks only, so curves exist there.
    const curves = await Promise.all(
      training().map((r) =>
        app.handlers['analytics.curves']({
          athleteId: r.id,
          from: addDays(r.today, -20),
          to: r.today,
          compareFrom: addDays(r.today, -60),
          compareTo: addDays(r.today, -30),
        }),
      ),
    );
    const withPower = curves.filter((c) => c.period.power.length > 0);
    expect(withPower.length).toBeGreaterThan(0);
    expect(curves.some((c) => c.period.pace.length > 0)).toBe(true);
    for (const c of withPower) {
      expect(c.period.power[0]!.durationSeconds).toBe(5);
      expect(c.comparison!.power).toEqual([]);
    }
    expect(withPower.some((c) => c.period.ftp !== null)).toBe(true);
  });

  it('coach pmc prints one entry per calendar day, rest days included, with the documented fields', async () => {
    const r = training()[0]!;
    const from = addDays(r.today, -29);
    const result = await coach(
      'pmc',
      '--db',
      dbPath,
      '--athlete',
      String(r.id),
      '--from',
      from,
      '--to',
      r.today,
      '--json',
    );
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { convention: { label: string }; days: Record<string, unknown>[] };
    expect(printed.convention.label).toMatch(/TrainingPeaks/);
    expect(printed.days).toHaveLength(daysBetween(from, r.today) + 1);
    expect(printed.days.map((d) => d.date)).toEqual(Array.from({ length: 30 }, (_, i) => addDays(from, i)));
    expect(Object.keys(printed.days[0]!)).toEqual(['date', 'load', 'ctl', 'atl', 'tsb', 'ramp']);
    expect(printed.days.some((d) => d.load === 0)).toBe(true);
    expect(printed.days.at(-1)).toMatchObject({ ctl: r.ctl, tsb: r.tsb });
  });

  it('coach roster prints the roster rows as JSON', async () => {
    const result = await coach('roster', '--db', dbPath, '--json');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as RosterRow[]).map((r) => [r.id, r.ctl])).toEqual(
      roster.map((r) => [r.id, r.ctl]),
    );
  });

  it('exits 2 for bad usage and 1 for an unknown athlete, with one-line reasons', async () => {
    expect(await coach('pmc', '--db', dbPath, '--json')).toMatchObject({
      code: 2,
      stderr: 'coach pmc: --athlete is required',
    });
    expect(await coach('pmc', '--db', dbPath, '--athlete', 'seven')).toMatchObject({
      code: 2,
      stderr: 'coach pmc: --athlete must be a positive whole number, got "seven"',
    });
    expect(await coach('pmc', '--db', dbPath, '--athlete', '1', '--from', '2026-13-01')).toMatchObject({
      code: 2,
      stderr: 'coach pmc: --from must be a date like 2026-03-01, got "2026-13-01"',
    });
    expect(
      await coach('pmc', '--db', dbPath, '--athlete', '1', '--from', '2026-03-02', '--to', '2026-03-01'),
    ).toMatchObject({ code: 2 });
    expect((await coach('roster', '--db', dbPath, '--colour')).code).toBe(2);
    const unknown = await coach('pmc', '--db', dbPath, '--athlete', '99999', '--json');
    expect(unknown).toMatchObject({ code: 1, stderr: 'coach pmc: athleteId: No athlete with id 99999' });
  });
});
