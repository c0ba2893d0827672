/** Simple physiological and physical models shared by the summary and the 1 Hz generators. */

const AIR_DENSITY = 1.2;
const DRAG_AREA = 0.32;
const ROLLING_RESISTANCE = 0.005;
const GRAVITY = 9.81;
const BIKE_MASS = 9;

/**
 * Road speed for a power on a grade: solves P = v·(½ρ·CdA·v² + m·g·(Crr + grade)) by Newton's method.
 * Coasting downhill settles at the speed where gravity balances drag.
 */
export function bikeSpeedFromPower(power: number, grade: number, riderKg: number, guess = 8): number {
  const a = 0.5 * AIR_DENSITY * DRAG_AREA;
  const b = (riderKg + BIKE_MASS) * GRAVITY * (ROLLING_RESISTANCE + grade);
  if (power <= 0) return b < 0 ? Math.min(20, Math.sqrt(-b / a)) : 0;
  // A good guess (the previous second's speed) converges in a few steps.
  let v = Math.max(1, guess);
  for (let i = 0; i < 6; i++) {
    const f = a * v * v * v + b * v - power;
    if (Math.abs(f) < 0.5) break;
    const slope = Math.max(0.5, 3 * a * v * v + b);
    v = Math.max(1, v - f / slope);
  }
  return Math.min(22, v);
}

/**
 * Steady-state heart rate for an intensity (fraction of threshold): threshold effort sits at LTHR and
 * the reserve below it scales linearly; cycling runs ~4 bpm and swimming ~10 bpm lower than running
 * at the same relative effort (less muscle mass, horizontal posture).
 */
export function heartRateFor(
  intensity: number,
  sport: 'run' | 'bike' | 'swim' | 'strength',
  hr: { lthr: number; maxHr: number; restingHr: number },
): number {
  const offset = sport === 'bike' ? -4 : sport === 'swim' ? -10 : sport === 'strength' ? -25 : 0;
  const value = hr.restingHr + (hr.lthr - hr.restingHr) * (0.15 + 0.85 * intensity) + offset;
  return Math.min(hr.maxHr - 1, Math.max(hr.restingHr + 10, value));
}

/** Cardiac drift: HR creeps up about 3 bpm per hour at a constant effort. */
export const DRIFT_BPM_PER_SECOND = 3 / 3600;
