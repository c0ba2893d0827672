import { computeNormalizedPower } from './normalized-power';

/**
 * Efficiency factor (Friel / TrainingPeaks): output per heartbeat, EF = NP ÷ average HR for power, or
 * normalised graded speed (here in m/min, TrainingPeaks uses yd/min) ÷ average HR for running.
 * Average HR is over samples with a reading (NaN and 0 left out).
 */
export function efficiencyFactor(output: number, heartRate: ArrayLike<number>): number | null {
  const hr = meanHeartRate(heartRate, 0, heartRate.length);
  return hr && output > 0 ? output / hr : null;
}

/** Shorter efforts do not show cardiac drift; TrainingPeaks asks for about an hour of steady work. */
export const MIN_DECOUPLING_SECONDS = 20 * 60;

/**
 * The halves' normalised outputs may differ by this fraction of the first half's at most. Decoupling
 * reads cardiac drift at a steady effort (Friel); when the halves were different work (an endurance
 * first half, an interval block in the second) the ratio change measures the workout's structure:
 * such a demo ride read −26 %. TrainingPeaks and intervals.icu print it anyway; here it is left out.
 */
export const MAX_DECOUPLING_HALF_DIFFERENCE = 0.1;

/**
 * Aerobic decoupling (Pw:HR or Pa:HR, Friel): the drop of the output-to-HR ratio from the first half
 * of the session to the second, in %: (EF₁ − EF₂) ÷ EF₁ × 100. Under 5 % is read as aerobically
 * coupled. Output per half is its normalised mean (NP for power, NGS for pace), as TrainingPeaks does.
 * Halves split the 1 Hz samples (timer time) in two. Null for sessions under MIN_DECOUPLING_SECONDS
 * and for unsteady ones (MAX_DECOUPLING_HALF_DIFFERENCE).
 */
export function aerobicDecoupling(output: ArrayLike<number>, heartRate: ArrayLike<number>): number | null {
  const n = Math.min(output.length, heartRate.length);
  if (n < MIN_DECOUPLING_SECONDS) return null;
  const half = Math.floor(n / 2);
  const normalisedOutput = (from: number, to: number) =>
    // A view, not a copy: this runs on every imported activity.
    computeNormalizedPower(
      (output instanceof Float64Array
        ? output.subarray(from, to)
        : Array.prototype.slice.call(output, from, to)) as ArrayLike<number>,
    );
  const output1 = normalisedOutput(0, half);
  const output2 = normalisedOutput(half, n);
  const hr1 = meanHeartRate(heartRate, 0, half);
  const hr2 = meanHeartRate(heartRate, half, n);
  if (!output1 || !output2 || !hr1 || !hr2) return null;
  if (Math.abs(output2 - output1) > MAX_DECOUPLING_HALF_DIFFERENCE * output1) return null;
  const first = output1 / hr1;
  const second = output2 / hr2;
  return ((first - second) / first) * 100;
}

function meanHeartRate(hr: ArrayLike<number>, from: number, to: number): number | null {
  let sum = 0;
  let count = 0;
  for (let i = from; i < to; i++) {
    const v = hr[i]!;
    if (Number.isFinite(v) && v > 0) {
      sum += v;
      count++;
    }
  }
  return count > 0 ? sum / count : null;
}
