import type { Sport } from '../../../common/domain/sports';

/**
 * Maps a source's sport names onto the contract's Sport. FIT names arrive in fit-file-parser's
 * snake_case ("cycling", "indoor_cycling"); TCX/GPX names are free text ("Biking", "running").
 * FIT's generic "fitness_equipment" and "training" sports are resolved through the sub-sport.
 */
const BY_SPORT: Record<string, Sport> = {
  running: 'run',
  run: 'run',
  trail_running: 'run',
  cycling: 'bike',
  biking: 'bike',
  bike: 'bike',
  ride: 'bike',
  e_biking: 'bike',
  virtual_ride: 'bike',
  swimming: 'swim',
  swim: 'swim',
  multisport: 'tri',
  triathlon: 'tri',
  rowing: 'row',
  row: 'row',
  cross_country_skiing: 'ski',
  alpine_skiing: 'ski',
  nordic_skiing: 'ski',
  backcountry_skiing: 'ski',
  snowboarding: 'ski',
  walking: 'walk',
  walk: 'walk',
  hiking: 'walk',
  hike: 'walk',
  strength_training: 'strength',
};

const BY_SUB_SPORT: Record<string, Sport> = {
  treadmill: 'run',
  indoor_running: 'run',
  indoor_cycling: 'bike',
  spin: 'bike',
  indoor_rowing: 'row',
  strength_training: 'strength',
  lap_swimming: 'swim',
  open_water: 'swim',
  indoor_walking: 'walk',
  indoor_skiing: 'ski',
};

export interface MappedSport {
  sport: Sport;
  /** The source's own sub-sport, or its sport name when that says more than the mapped Sport does. */
  subSport: string | null;
}

export function mapSport(
  sourceSport: string | number | null | undefined,
  sourceSubSport?: string | number | null,
): MappedSport {
  const sport = normaliseName(sourceSport);
  const subSport = normaliseName(sourceSubSport);
  const mapped: Sport =
    (sport ? BY_SPORT[sport] : undefined) ?? (subSport ? BY_SUB_SPORT[subSport] : undefined) ?? 'other';
  const meaningfulSub = subSport && subSport !== 'generic' && subSport !== 'all' ? subSport : null;
  // Keep e.g. "hiking", "transition" or "stand_up_paddleboarding" visible when the Sport enum has no word for it.
  const sportSaysMore = sport && sport !== 'generic' && !CANONICAL_NAMES.has(sport) ? sport : null;
  return { sport: mapped, subSport: meaningfulSub ?? sportSaysMore };
}

/** Names that are just a source's spelling of the mapped sport itself ("running" for run). */
const CANONICAL_NAMES = new Set([
  'running',
  'run',
  'cycling',
  'biking',
  'bike',
  'swimming',
  'swim',
  'rowing',
  'row',
  'walking',
  'walk',
  'strength_training',
  'multisport',
  'other',
]);

function normaliseName(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return null; // an enum value newer than the parser's profile: unknown
  const name = value
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/[\s-]+/g, '_')
    .toLowerCase();
  return name || null;
}
