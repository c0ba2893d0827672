import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ascentFromAltitude } from '../../../src-main/node/import/decoders/streams/ascent';
import { measureAscent } from '../../../scripts/measure-ascent';
import { fixturePath, fixturesSkipReason } from '../../helpers/fixtures';

/** A repeatable jitter in [-amplitude, amplitude] (a linear congruential generator, so every run sees the same noise). */
function jitter(seed: number, amplitude: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return (state / 2 ** 31 - 0.5) * 2 * amplitude;
  };
}

function stream(seconds: number, altitudeAt: (t: number) => number): { altitude: Float64Array; time: Float64Array } {
  const time = Float64Array.from({ length: seconds }, (_, t) => t);
  return { time, altitude: Float64Array.from(time, altitudeAt) };
}

describe('ascent from an altitude stream', () => {
  it('counts no climb on a flat hour of jittery readings (±1.5 m, as a GPS altitude wobbles)', () => {
    const noise = jitter(1, 1.5);
    const { altitude, time } = stream(3600, () => 200 + noise());
    expect(ascentFromAltitude(altitude, time)).toBeLessThan(5);
  });

  it('counts a noisy 100 m climb within 5 % and two 50 m hills as 100 m', () => {
    const noise = jitter(2, 1);
    const ramp = stream(1000, (t) => 50 + t / 10 + noise());
    expect(ascentFromAltitude(ramp.altitude, ramp.time)).toBeGreaterThan(95);
    expect(ascentFromAltitude(ramp.altitude, ramp.time)).toBeLessThan(105);
    const hills = stream(2000, (t) => 100 + 50 * Math.sin((Math.PI * t) / 1000) ** 2);
    // The average rounds each summit off by a fraction of a metre.
    expect(Math.abs(ascentFromAltitude(hills.altitude, hills.time)! - 100)).toBeLessThan(1);
  });

  it('keeps a clean barometric trace, rises well below a metre included', () => {
    // 0.2 m steps every 4 s: the quantised, already-filtered trace many devices record.
    const { altitude, time } = stream(2000, (t) => 300 + Math.floor(t / 4) * 0.2);
    expect(ascentFromAltitude(altitude, time)).toBeGreaterThan(95);
  });

  it('skips missing readings and never averages across a pause', () => {
    const time = Float64Array.from([0, 1, 2, 3, 4, 600, 601, 602, 603, 604]);
    const altitude = Float64Array.from([100, 100, Number.NaN, 100, 100, 120, 120, 120, Number.NaN, 120]);
    expect(ascentFromAltitude(altitude, time)).toBe(20);
    expect(ascentFromAltitude(Float64Array.from([Number.NaN, Number.NaN]), Float64Array.from([0, 1]))).toBeNull();
  });
});

const activitiesDir = fixturePath('activities');
const missing = !existsSync(activitiesDir);

describe.skipIf(missing)(
  `ascent agrees with device totals on the real files${missing ? ` (skipped: ${fixturesSkipReason})` : ''}`,
  () => {
    it('median error ≤ 10 % and at least half the sessions within 10 % of the device total', async () => {
      const { rows, medianError, within10 } = await measureAscent(activitiesDir);
      console.log(
        `${rows.length} sessions: median error ${(medianError * 100).toFixed(1)} %, within 10 %: ${within10}`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(40);
      expect(medianError).toBeLessThanOrEqual(0.1);
      expect(within10 / rows.length).toBeGreaterThanOrEqual(0.5);
    });
  },
);
