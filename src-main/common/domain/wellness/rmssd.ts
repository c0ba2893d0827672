/**
 * rMSSD (root mean square of successive differences, Task Force of the ESC/NASPE 1996, Circulation
 * 93:1043) from beat-to-beat (RR) intervals, after the usual artefact filtering: intervals outside
 * 300–2000 ms (200–30 bpm) are not heartbeats, and one more than 20 % away from its neighbours is an
 * ectopic beat or a missed or doubled detection — the 20 % rule of the PhysioNet HRV Toolkit's filter,
 * also GoldenCheetah's default ("Filter R-R Outliers", range 0.20). Differences are only taken between
 * two clean intervals that were adjacent in the recording, so a dropped beat never makes a false one.
 */
export const RR_MIN_MS = 300;
export const RR_MAX_MS = 2000;
export const MAX_SUCCESSIVE_CHANGE = 0.2;
/** A 1-minute reading at rest holds ~50–80 beats; fewer clean ones than this give an unstable rMSSD. */
export const MIN_CLEAN_INTERVALS = 40;

export interface RmssdResult {
  rmssdMs: number;
  /** Mean heart rate over the clean intervals: 60 000 / mean RR. */
  meanHr: number;
  cleanIntervals: number;
  totalIntervals: number;
}

export type RmssdOutcome =
  ({ ok: true } & RmssdResult) | { ok: false; reason: string; cleanIntervals: number; totalIntervals: number };

export function computeRmssd(rrMs: readonly number[], minClean = MIN_CLEAN_INTERVALS): RmssdOutcome {
  const clean = cleanIntervals(rrMs);
  const squares: number[] = [];
  for (let i = 1; i < clean.length; i++) {
    const a = clean[i - 1]!;
    const b = clean[i]!;
    if (a.index + 1 === b.index) squares.push((b.ms - a.ms) ** 2);
  }
  const counts = { cleanIntervals: clean.length, totalIntervals: rrMs.length };
  if (clean.length < minClean || squares.length === 0) {
    return {
      ok: false,
      reason: `${clean.length} clean RR intervals of ${rrMs.length}; at least ${minClean} are needed`,
      ...counts,
    };
  }
  const rmssd = Math.sqrt(squares.reduce((s, x) => s + x, 0) / squares.length);
  const meanRr = clean.reduce((s, c) => s + c.ms, 0) / clean.length;
  return { ok: true, rmssdMs: round1(rmssd), meanHr: round1(60_000 / meanRr), ...counts };
}

/**
 * Intervals that pass both filters, with their position in the recording (to know who is whose
 * neighbour). Each is compared with the last accepted one; the first with the median, so an artefact
 * at the very start cannot become the reference that rejects every real beat after it.
 */
function cleanIntervals(rrMs: readonly number[]): { index: number; ms: number }[] {
  const kept: { index: number; ms: number }[] = [];
  const inRange = rrMs.filter((ms) => ms >= RR_MIN_MS && ms <= RR_MAX_MS);
  if (inRange.length === 0) return kept;
  let reference = median(inRange);
  rrMs.forEach((ms, index) => {
    if (!(ms >= RR_MIN_MS && ms <= RR_MAX_MS)) return;
    if (Math.abs(ms - reference) > MAX_SUCCESSIVE_CHANGE * reference) return;
    kept.push({ index, ms });
    reference = ms;
  });
  return kept;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
