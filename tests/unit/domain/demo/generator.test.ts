import { beforeAll, describe, expect, it } from 'vitest';
import type { ThresholdEntry } from '../../../../src-main/common/domain/thresholds';
import type { ActivityRecord } from '../../../../src-main/common/domain/activity';
import { addDays, daysBetween, localDateOf, weekdayIndex } from '../../../../src-main/common/domain/dates';
import {
  DEMO_STREAM_DAYS,
  generateDemoAthlete,
  generateDemoRoster,
  planDemoRoster,
  type DemoAthlete,
} from '../../../../src-main/common/domain/demo';
import { computeActivityLoad } from '../../../../src-main/common/domain/metrics/training-load';

const TODAY = '2025-06-18';
const SEED = 2024;

function thresholdsOn(history: ThresholdEntry[], date: string) {
  const values: Record<string, number> = {};
  for (const t of history) if (t.validFrom <= date) values[t.metric] = t.value;
  return values;
}

const dateOf = (a: ActivityRecord) => localDateOf(a.startTime, a.utcOffsetMinutes);

/** A compact fingerprint of everything generated, streams included, to compare two runs. */
function fingerprint(athlete: DemoAthlete): string {
  const streamSums = athlete.activities.map((a) =>
    a.streams
      ? Object.entries(a.streams)
          .map(([k, v]) => `${k}:${(v as Float64Array).reduce((s, x) => s + x, 0)}`)
          .join(',')
      : '',
  );
  return JSON.stringify({
    ...athlete,
    activities: athlete.activities.map((a) => ({ ...a, streams: null })),
    streamSums,
  });
}

let roster: DemoAthlete[];
beforeAll(() => {
  roster = generateDemoRoster({ seed: SEED, today: TODAY });
});

describe('demo roster composition', () => {
  it('has about two dozen athletes mixing runners, cyclists and triathletes of every level', () => {
    expect(roster.length).toBeGreaterThanOrEqual(20);
    expect(roster.length).toBeLessThanOrEqual(30);
    const count = (sports: string) => roster.filter((a) => a.profile.sports.join(',') === sports).length;
    expect(count('run')).toBeGreaterThanOrEqual(6);
    expect(count('bike')).toBeGreaterThanOrEqual(6);
    expect(count('swim,bike,run')).toBeGreaterThanOrEqual(6);
    expect(new Set(roster.map((a) => a.spec.level))).toEqual(
      new Set(['beginner', 'intermediate', 'advanced', 'elite']),
    );
    const tags = new Set(roster.flatMap((a) => a.profile.tags));
    for (const tag of ['marathon group', 'elite', 'masters', 'beginner']) expect(tags).toContain(tag);
  });

  it('marks every athlete as demo and gives each a unique name', () => {
    expect(roster.every((a) => a.profile.tags.includes('demo') && a.profile.notes.startsWith('Demo athlete'))).toBe(
      true,
    );
    expect(new Set(roster.map((a) => a.profile.name)).size).toBe(roster.length);
  });

  it('makes masters athletes 40 or older', () => {
    for (const a of roster.filter((x) => x.profile.tags.includes('masters')))
      expect(2025 - a.profile.birthYear).toBeGreaterThanOrEqual(40);
  });
});

describe('determinism', () => {
  it('produces identical athletes, streams included, for the same seed and day', () => {
    const specs = planDemoRoster(SEED, 2025);
    for (const index of [0, 9, 17]) {
      const again = generateDemoAthlete(specs[index]!, { seed: SEED, today: TODAY });
      expect(fingerprint(again)).toBe(fingerprint(roster[index]!));
    }
  });

  it('produces different athletes for another seed', () => {
    const other = planDemoRoster(SEED + 1, 2025);
    expect(other.map((s) => s.name)).not.toEqual(roster.map((a) => a.profile.name));
    const athlete = generateDemoAthlete(other[0]!, { seed: SEED + 1, today: TODAY });
    expect(athlete.activities.length).not.toBe(roster[0]!.activities.length);
  });
});

describe('two years of training', () => {
  it('covers two years of activities up to yesterday and wellness up to today', () => {
    for (const a of roster) {
      const dates = a.activities.map(dateOf).sort();
      expect(daysBetween(dates[0]!, TODAY)).toBeGreaterThanOrEqual(700);
      expect(dates[dates.length - 1]! < TODAY).toBe(true);
      expect(a.wellness[a.wellness.length - 1]!.date <= TODAY).toBe(true);
      expect(daysBetween(a.wellness[0]!.date, TODAY)).toBeGreaterThanOrEqual(700);
    }
  });

  it('gives every activity a training load with an explanation, using the thresholds valid that day', () => {
    for (const a of roster) {
      for (const activity of a.activities) {
        const load = computeActivityLoad(activity, {
          thresholds: thresholdsOn(a.thresholdHistory, dateOf(activity)),
          sex: a.profile.sex,
        });
        expect(load.method).not.toBe('none');
        expect(load.load).toBeGreaterThan(0);
        expect(load.explanation.length).toBeGreaterThan(10);
      }
    }
  });

  it('records normalized power on power sessions and plausible speeds and heart rates', () => {
    for (const a of roster) {
      for (const activity of a.activities) {
        if (activity.avgPower !== null)
          expect(activity.normalizedPower).toBeGreaterThanOrEqual(activity.avgPower * 0.98);
        if (activity.sport === 'run') expect(activity.avgSpeed!).toBeGreaterThan(1.8);
        if (activity.sport === 'run') expect(activity.avgSpeed!).toBeLessThan(6.5);
        if (activity.avgHr !== null) expect(activity.avgHr).toBeLessThan(activity.maxHr! + 1);
        expect(activity.rpe).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('shows recovery weeks as dips in weekly load against the build weeks around them', () => {
    for (const a of roster) {
      const weekly = new Map<string, number>();
      for (const activity of a.activities) {
        const date = dateOf(activity);
        const monday = addDays(date, -weekdayIndex(date));
        const load =
          computeActivityLoad(activity, { thresholds: thresholdsOn(a.thresholdHistory, date), sex: a.profile.sex })
            .load ?? 0;
        weekly.set(monday, (weekly.get(monday) ?? 0) + load);
      }
      const mean = (kind: string) => {
        const values = a.weeks.filter((w) => w.kind === kind).map((w) => weekly.get(w.start) ?? 0);
        return values.reduce((s, v) => s + v, 0) / values.length;
      };
      expect(a.weeks.filter((w) => w.kind === 'recovery').length).toBeGreaterThanOrEqual(8);
      expect(mean('recovery') / mean('build')).toBeLessThan(0.8);
    }
  });

  it('holds races on weekends, each past A race after a lighter taper week', () => {
    for (const a of roster) {
      const races = a.events.filter((e) => e.kind === 'race');
      expect(races.length).toBeGreaterThanOrEqual(3);
      for (const r of races) expect(weekdayIndex(r.startDate)).toBeGreaterThanOrEqual(5);
      const pastA = races.filter((r) => r.priority === 'A' && r.startDate < TODAY);
      expect(pastA.length).toBeGreaterThanOrEqual(1);
      for (const r of pastA) {
        const raceWeek = addDays(r.startDate, -weekdayIndex(r.startDate));
        const before = a.weeks.find((w) => w.start === addDays(raceWeek, -7))!;
        expect(before.kind).toBe('taper');
        expect(before.volume).toBeLessThan(0.85);
      }
    }
  });

  it('gives every race a priority and a race type, and no other event either', () => {
    const types = new Map<string, string | null>();
    for (const a of roster) {
      for (const e of a.events) {
        if (e.kind !== 'race') {
          expect([e.priority, e.raceType]).toEqual([null, null]);
          continue;
        }
        expect(['A', 'B']).toContain(e.priority);
        expect(e.title).not.toMatch(/race\)$/);
        types.set(e.title, e.raceType);
      }
    }
    expect(types.get('Harbour City Marathon')).toBe('marathon');
    expect(types.get('Riverside Half Marathon')).toBe('half-marathon');
    expect(types.get('Canal Path 10K')).toBe('10k');
    expect(types.get('Lakeside 70.3')).toBe('70.3');
    expect(types.get('Northshore Ironman')).toBe('ironman');
    expect(types.get('Granite Pass Gran Fondo')).toBe('gran-fondo');
    expect(types.get('Park 5K')).toBe('custom');
    expect(types.get('Three Valleys Trail 42K')).toBe('custom');
  });

  it('keeps a dated threshold history that rises with training', () => {
    for (const a of roster.filter((x) => x.spec.discipline === 'bike')) {
      const ftp = a.thresholdHistory.filter((t) => t.metric === 'ftp');
      expect(ftp.length).toBeGreaterThanOrEqual(5);
      expect(ftp.map((t) => t.validFrom)).toEqual([...ftp.map((t) => t.validFrom)].sort());
      expect(ftp[ftp.length - 1]!.value).toBeGreaterThan(ftp[0]!.value);
    }
  });
});

describe('episodes and wellness', () => {
  const lnMean = (values: number[]) => values.reduce((s, v) => s + Math.log(v), 0) / values.length;

  function split(a: DemoAthlete, kind: 'illness' | 'travel') {
    const inside = (date: string) => a.episodes.some((e) => e.kind === kind && date >= e.start && date <= e.end);
    const near = (date: string) => a.episodes.some((e) => date >= addDays(e.start, -3) && date <= addDays(e.end, 7));
    const readings = a.wellness.filter((w) => w.hrvRmssd !== null);
    return { during: readings.filter((w) => inside(w.date)), baseline: readings.filter((w) => !near(w.date)) };
  }

  it('keeps each athlete’s HRV in a realistic 30–120 ms band on normal days', () => {
    for (const a of roster) {
      const typical = Math.exp(lnMean(split(a, 'illness').baseline.map((w) => w.hrvRmssd!)));
      expect(typical).toBeGreaterThan(25);
      expect(typical).toBeLessThan(130);
    }
  });

  it('depresses HRV and raises resting HR during illness and travel', () => {
    const dips = { illness: [] as number[], travel: [] as number[] };
    const restingRise: number[] = [];
    for (const a of roster) {
      for (const kind of ['illness', 'travel'] as const) {
        const { during, baseline } = split(a, kind);
        if (during.length < 3) continue;
        dips[kind].push(lnMean(baseline.map((w) => w.hrvRmssd!)) - lnMean(during.map((w) => w.hrvRmssd!)));
        if (kind === 'illness') {
          const avg = (days: typeof during) => days.reduce((s, w) => s + w.restingHr!, 0) / days.length;
          restingRise.push(avg(during) - avg(baseline));
        }
      }
    }
    const average = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    expect(dips.illness.length).toBeGreaterThanOrEqual(15);
    expect(dips.illness.every((d) => d > 0.1)).toBe(true);
    expect(average(dips.illness)).toBeGreaterThan(0.2);
    expect(average(dips.travel)).toBeGreaterThan(0.08);
    expect(average(restingRise)).toBeGreaterThan(2);
  });

  it('stops training while ill', () => {
    for (const a of roster) {
      const illDays = a.episodes.filter((e) => e.kind === 'illness');
      const trainedWhileIll = a.activities.filter((x) =>
        illDays.some((e) => dateOf(x) >= e.start && dateOf(x) <= e.end),
      );
      expect(trainedWhileIll).toEqual([]);
    }
  });

  it('records injuries with a pain score and turns the episodes into dated events', () => {
    const injuries = roster.flatMap((a) => a.events.filter((e) => e.kind === 'injury'));
    expect(injuries.length).toBeGreaterThanOrEqual(10);
    for (const e of injuries) expect(e.body).toMatch(/\d\/10/);
    const kinds = new Set(roster.flatMap((a) => a.events.map((e) => e.kind)));
    expect(kinds).toEqual(new Set(['travel', 'illness', 'injury', 'life_stress', 'race', 'note']));
  });
});

describe('streams', () => {
  const streamed = () => roster.flatMap((a) => a.activities.filter((x) => x.streams !== null));

  it('exist only in the last three weeks, for every run and ride there', () => {
    const from = addDays(TODAY, -DEMO_STREAM_DAYS);
    for (const a of roster) {
      for (const activity of a.activities) {
        const recent = dateOf(activity) >= from;
        const recordable = activity.sport === 'run' || activity.sport === 'bike';
        expect(activity.streams !== null).toBe(recent && recordable);
      }
    }
    expect(streamed().length).toBeGreaterThan(100);
  });

  it('match the summary: one sample per timer second, distance and averages agree', () => {
    for (const activity of streamed()) {
      const s = activity.streams!;
      expect(s.time.length).toBe(activity.timerSeconds);
      expect(s.distance![s.distance!.length - 1]).toBeCloseTo(activity.distanceMeters!, 0);
      if (activity.sport === 'run') {
        expect(s.altitude).toBeDefined();
        expect(s.grade!.every((g) => Math.abs(g) < 0.3)).toBe(true);
      }
    }
  });

  it('show intervals in power with heart rate lagging behind the effort', () => {
    const ride = streamed().find(
      (a) =>
        a.sport === 'bike' && a.streams!.power && a.laps.some((l) => l.intensity === 'active' && l.timerSeconds >= 180),
    );
    expect(ride).toBeDefined();
    const s = ride!.streams!;
    const work = ride!.laps.find((l) => l.intensity === 'active' && l.timerSeconds >= 180)!;
    const start = (Date.parse(work.startTime) - Date.parse(ride!.startTime)) / 1000;
    const mean = (a: Float64Array, from: number, to: number) =>
      a.subarray(from, to).reduce((x, y) => x + y, 0) / (to - from);
    const powerBefore = mean(s.power!, start - 60, start);
    const powerDuring = mean(s.power!, start + 10, start + 40);
    expect(powerDuring).toBeGreaterThan(powerBefore * 1.2);
    // Power jumps at once; heart rate is still climbing 10 s in and keeps rising until the end.
    const hrEarly = mean(s.hr!, start + 5, start + 15);
    const hrLate = mean(s.hr!, start + work.timerSeconds - 20, start + work.timerSeconds);
    expect(hrLate - hrEarly).toBeGreaterThan(5);
    expect(ride!.normalizedPower!).toBeGreaterThan(ride!.avgPower!);
  });
});
