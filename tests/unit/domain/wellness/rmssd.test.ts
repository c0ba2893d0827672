import { describe, expect, it } from 'vitest';
import { computeRmssd } from '../../../../src-main/common/domain/wellness/rmssd';

/** n intervals alternating 1000 / 1040 ms: every successive difference is 40 ms, so rMSSD is 40. */
const alternating = (n: number): number[] => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1000 : 1040));

describe('rMSSD from RR intervals', () => {
  it('is the root mean square of successive differences, with mean HR from the mean interval', () => {
    const result = computeRmssd(alternating(60));
    expect(result).toMatchObject({ ok: true, rmssdMs: 40, cleanIntervals: 60, totalIntervals: 60 });
    // mean RR 1020 ms → 58.8 bpm
    expect(result.ok && result.meanHr).toBe(58.8);
  });

  it('computes a hand-checked irregular series', () => {
    // 1000, 1020, 990, 1000 repeated: differences 20, −30, 10, 0 → squares 400, 900, 100, 0 → √350 = 18.7
    const rr = Array.from({ length: 61 }, (_, i) => [1000, 1020, 990, 1000][i % 4]!);
    expect(computeRmssd(rr)).toMatchObject({ ok: true, rmssdMs: 18.7 });
  });

  it('drops intervals outside 300–2000 ms and > 20 % jumps, and never bridges the gap they leave', () => {
    const rr = alternating(60);
    rr.splice(10, 0, 2500); // not a heartbeat
    rr.splice(20, 0, 250); // not a heartbeat
    rr.splice(30, 0, 1500); // 44 % longer than its neighbour: a missed beat
    rr.splice(40, 0, 600); // ectopic
    const result = computeRmssd(rr);
    expect(result).toMatchObject({ ok: true, rmssdMs: 40, cleanIntervals: 60, totalIntervals: 64 });
  });

  it('is not fooled by an artefact as the very first interval', () => {
    const result = computeRmssd([1900, ...alternating(60)]);
    expect(result).toMatchObject({ ok: true, rmssdMs: 40, cleanIntervals: 60 });
  });

  it('refuses a reading with too few clean intervals, saying how many it had', () => {
    const result = computeRmssd([...alternating(30), 100, 100, 3000]);
    expect(result).toEqual({
      ok: false,
      reason: '30 clean RR intervals of 33; at least 40 are needed',
      cleanIntervals: 30,
      totalIntervals: 33,
    });
  });
});
