/**
 * Normalized Power (Coggan): the 30-s rolling mean of 1 Hz power, each value raised to the 4th power,
 * averaged, 4th root. Convention here: samples are the recorded 1 Hz values with timer-paused gaps
 * left out (they are not in the stream) and coasting zeros kept; NaN samples (dropouts) count as 0.
 * Returns null when the ride is shorter than the 30-s window.
 */
export function computeNormalizedPower(power: ArrayLike<number>, windowSeconds = 30): number | null {
  const n = power.length;
  if (n < windowSeconds) return null;
  let windowSum = 0;
  let fourthPowerSum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    windowSum += sample(power, i);
    if (i >= windowSeconds) windowSum -= sample(power, i - windowSeconds);
    if (i >= windowSeconds - 1) {
      const mean = windowSum / windowSeconds;
      // Squared twice rather than `** 4`, which V8 runs as a general power function (this runs per sample).
      const squared = mean * mean;
      fourthPowerSum += squared * squared;
      count++;
    }
  }
  return (fourthPowerSum / count) ** 0.25;
}

function sample(values: ArrayLike<number>, i: number): number {
  const v = values[i]!;
  return Number.isFinite(v) ? v : 0;
}
