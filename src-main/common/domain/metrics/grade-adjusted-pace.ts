/**
 * Grade model for running: the energy cost of running on a slope, Minetti et al. (2002),
 * J Appl Physiol 93:1039, C(i) = 155.4i⁵ − 30.4i⁴ − 43.3i³ + 46.3i² + 19.5i + 3.6 J·kg⁻¹·m⁻¹,
 * with i the grade as a fraction. Grade-adjusted speed is the flat speed of equal cost:
 * speed × C(i) / C(0). Grades are clamped to ±45 %, the range the fit was made on.
 */
export function runningCostFactor(grade: number): number {
  const i = Math.max(-0.45, Math.min(0.45, Number.isFinite(grade) ? grade : 0));
  // Horner's form of the same polynomial: it runs once per second of every imported run.
  const cost = ((((155.4 * i - 30.4) * i - 43.3) * i + 46.3) * i + 19.5) * i + 3.6;
  return cost / 3.6;
}

export function gradeAdjustedSpeeds(speed: ArrayLike<number>, grade: ArrayLike<number> | undefined): Float64Array {
  const out = new Float64Array(speed.length);
  for (let i = 0; i < speed.length; i++) {
    const v = speed[i]!;
    out[i] = Number.isFinite(v) ? v * (grade ? runningCostFactor(grade[i]!) : 1) : 0;
  }
  return out;
}
