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
 * Aerobic decoupling (Pw:HR or Pa:HR, Friel): the drop of the output-to-HR ratio from the first half
 * of the session to the second, in %: (EF₁ − EF₂) ÷ EF₁ × 100. Under 5 % is read as aerobically
 * coupled. Output per half is its normalised mean (NP for power, NGS for pace), as TrainingPeaks does.
 * Halves split the 1 Hz samples (timer time) in two.
 */
export function aerobicDecoupling(output: ArrayLike<number>, heartRate: ArrayLike<number>): number | null {
  const n = Math.min(output.length, heartRate.length);
  if (n < MIN_DECOUPLING_SECONDS) return null;
  const half = Math.floor(n / 2);
  const ef = (from: number, to: number) => {
    // A view, not a copy: this runs on every imported activity.
    const part = output instanceof Float64Array ? output.subarray(from, to) : Array.prototype.slice.call(output, from, to);
    const normalised = computeNormalizedPower(part as ArrayLike<number>);
    const hr = meanHeartRate(heartRate, from, to);
    return normalised && hr ? normalised / hr : null;
  };
  const first = ef(0, half);
  const second = ef(half, n);
  return first && second ? ((first - second) / first) * 100 : null;
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
