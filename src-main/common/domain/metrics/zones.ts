/**
 * Training zones and time spent in them. Each zone set is a list of lower bounds as fractions of a
 * threshold; a sample belongs to the highest zone whose bound it reaches (a value exactly on a bound
 * goes to the upper zone). NaN samples are not counted.
 */
export interface ZoneDefinition {
  id: string;
  label: string;
  /** Lower bound as a fraction of the threshold (the first zone starts at 0). */
  fromFraction: number;
}

export interface ZoneTime {
  id: string;
  label: string;
  /** Lower bound in the metric's own unit (W, bpm, m/s). */
  from: number;
  seconds: number;
}

/**
 * Coggan's seven power levels, % of FTP (Allen & Coggan, Training and Racing with a Power Meter):
 * < 55, 55–75, 75–90, 90–105, 105–120, 120–150, > 150.
 */
export const COGGAN_POWER_ZONES: readonly ZoneDefinition[] = [
  { id: 'Z1', label: 'Active recovery', fromFraction: 0 },
  { id: 'Z2', label: 'Endurance', fromFraction: 0.55 },
  { id: 'Z3', label: 'Tempo', fromFraction: 0.75 },
  { id: 'Z4', label: 'Lactate threshold', fromFraction: 0.9 },
  { id: 'Z5', label: 'VO2max', fromFraction: 1.05 },
  { id: 'Z6', label: 'Anaerobic capacity', fromFraction: 1.2 },
  { id: 'Z7', label: 'Neuromuscular', fromFraction: 1.5 },
];

/** Friel's heart-rate zones for cycling, % of LTHR (Friel, The Cyclist's Training Bible). */
export const FRIEL_CYCLING_HR_ZONES: readonly ZoneDefinition[] = [
  { id: 'Z1', label: 'Recovery', fromFraction: 0 },
  { id: 'Z2', label: 'Aerobic', fromFraction: 0.81 },
  { id: 'Z3', label: 'Tempo', fromFraction: 0.9 },
  { id: 'Z4', label: 'Sub-threshold', fromFraction: 0.94 },
  { id: 'Z5a', label: 'Super-threshold', fromFraction: 1.0 },
  { id: 'Z5b', label: 'Aerobic capacity', fromFraction: 1.03 },
  { id: 'Z5c', label: 'Anaerobic capacity', fromFraction: 1.06 },
];

/** Friel's heart-rate zones for running (and other sports), % of LTHR (Friel, The Triathlete's Training Bible). */
export const FRIEL_RUNNING_HR_ZONES: readonly ZoneDefinition[] = [
  { id: 'Z1', label: 'Recovery', fromFraction: 0 },
  { id: 'Z2', label: 'Aerobic', fromFraction: 0.85 },
  { id: 'Z3', label: 'Tempo', fromFraction: 0.9 },
  { id: 'Z4', label: 'Sub-threshold', fromFraction: 0.95 },
  { id: 'Z5a', label: 'Super-threshold', fromFraction: 1.0 },
  { id: 'Z5b', label: 'Aerobic capacity', fromFraction: 1.03 },
  { id: 'Z5c', label: 'Anaerobic capacity', fromFraction: 1.06 },
];

/** The HR table for a sport: Friel's cycling zones on the bike, his running zones for everything else. */
export function heartRateZonesFor(sport: string): readonly ZoneDefinition[] {
  return sport === 'bike' ? FRIEL_CYCLING_HR_ZONES : FRIEL_RUNNING_HR_ZONES;
}

/**
 * Friel's running pace zones, written as *speed* fractions of threshold speed: his table gives pace
 * as % of threshold pace (Z1 slower than 129 %, Z2 114–129 %, Z3 106–113 %, Z4 99–105 %, Z5a 97–100 %,
 * Z5b 90–96 %, Z5c faster than 90 %); a pace ratio p is the speed ratio 1/p.
 */
export const FRIEL_RUNNING_PACE_ZONES: readonly ZoneDefinition[] = [
  { id: 'Z1', label: 'Recovery', fromFraction: 0 },
  { id: 'Z2', label: 'Aerobic', fromFraction: 1 / 1.29 },
  { id: 'Z3', label: 'Tempo', fromFraction: 1 / 1.13 },
  { id: 'Z4', label: 'Sub-threshold', fromFraction: 1 / 1.05 },
  { id: 'Z5a', label: 'Super-threshold', fromFraction: 1 / 1.0 },
  { id: 'Z5b', label: 'Aerobic capacity', fromFraction: 1 / 0.96 },
  { id: 'Z5c', label: 'Anaerobic capacity', fromFraction: 1 / 0.9 },
];

/** Seconds per zone for 1 Hz samples (each sample is one second). */
export function timeInZones(
  samples: ArrayLike<number>,
  threshold: number,
  zones: readonly ZoneDefinition[],
): ZoneTime[] {
  const bounds = zones.map((z) => z.fromFraction * threshold);
  const seconds = zones.map(() => 0);
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i]!;
    if (!Number.isFinite(v)) continue;
    let zone = 0;
    // The relative tolerance keeps a value exactly on a boundary (55 % of 200 W = 110 W) from being
    // lost to floating point (0.55 × 200 = 110.00000000000001).
    while (zone + 1 < bounds.length && v >= bounds[zone + 1]! * (1 - 1e-12)) zone++;
    seconds[zone]!++;
  }
  return zones.map((z, i) => ({ id: z.id, label: z.label, from: bounds[i]!, seconds: seconds[i]! }));
}
