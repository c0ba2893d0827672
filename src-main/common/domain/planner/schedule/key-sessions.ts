import type { ThresholdValues } from '../../thresholds';
import type { WorkoutCategory, WorkoutDefinition, WorkoutSport } from '../../workouts/workout-schema';
import { scaleWorkoutToDuration } from '../../workouts/workout-scaling';
import type { WorkoutSummary } from '../../workouts/workout-metrics';
import type { KeySession } from '../types';
import { atRacePace, type CatalogEntry, type SessionCatalog } from './session-catalog';

/**
 * Library categories a key session is drawn from, best first. When the library has nothing that fits
 * (a coach's own library, a short day, the high-intensity budget used up), the next, easier group is
 * tried: VO2max falls back to threshold, threshold to sweet spot or tempo.
 */
const KEY_CATEGORIES: Record<Exclude<KeySession, 'long'>, WorkoutCategory[][]> = {
  tempo: [['tempo', 'sweet-spot']],
  threshold: [['threshold'], ['sweet-spot', 'tempo']],
  vo2max: [['vo2max'], ['threshold'], ['sweet-spot', 'tempo']],
  'race-pace': [['race-pace'], ['tempo', 'sweet-spot']],
  test: [['test']],
};

export interface ChosenWorkout {
  libraryKey: string;
  definition: WorkoutDefinition;
  summary: WorkoutSummary;
}

export interface KeyRequest {
  kind: Exclude<KeySession, 'long'>;
  sport: WorkoutSport;
  /** Longest the session may be (the day's room, the session guardrail), seconds. */
  maxSeconds: number;
  /** Seconds above LT2 the week can still take under the high-intensity guardrail. */
  maxHighSeconds: number;
  /** Load the week can still take under its load ceiling. */
  maxLoad: number;
  /** Seconds of moderate + high work this session should bring to meet the week's distribution. */
  desiredQualitySeconds: number;
  /** Race intensity in this sport, to pick race-pace sessions at the race's pace. */
  raceIntensity: number | null;
  /** Rotates among equally good sessions from week to week. */
  rotation: number;
}

/** Weight of variety against fit to the week's distribution when ranking candidates. */
const ROTATION_WEIGHT = 0.2;

function fitted(entry: CatalogEntry, request: KeyRequest, thresholds: ThresholdValues): ChosenWorkout | null {
  const fits = (s: WorkoutSummary) =>
    s.seconds <= request.maxSeconds && s.bandSeconds.high <= request.maxHighSeconds && s.load <= request.maxLoad;
  if (fits(entry.summary)) return { libraryKey: entry.key, definition: entry.definition, summary: entry.summary };
  if (entry.summary.seconds <= request.maxSeconds) return null;
  // Too long for the day: shorten the warm-up and cool-down (the main set never changes).
  const shorter = scaleWorkoutToDuration(entry.definition, thresholds, request.maxSeconds, {
    maxSeconds: request.maxSeconds,
  });
  return fits(shorter.summary) ? { libraryKey: entry.key, ...shorter } : null;
}

function rank(candidates: CatalogEntry[], request: KeyRequest): CatalogEntry[] {
  let pool = candidates;
  // Only this race's pace: a 70.3 run never gets marathon-pace blocks; without one the request falls back to tempo.
  if (request.kind === 'race-pace' && request.raceIntensity !== null) {
    const pace = request.raceIntensity;
    pool = pool.filter((e) => e.definition.category !== 'race-pace' || atRacePace(e, pace));
  }
  const n = pool.length;
  if (n === 0) return [];
  const scale = Math.max(request.desiredQualitySeconds, 900);
  const score = (e: CatalogEntry, i: number) => {
    const variety = ((((i - request.rotation) % n) + n) % n) / n;
    if (request.kind === 'test') return variety;
    const quality = e.summary.bandSeconds.moderate + e.summary.bandSeconds.high;
    return Math.abs(quality - request.desiredQualitySeconds) / scale + ROTATION_WEIGHT * variety;
  };
  return pool
    .map((entry, i) => ({ entry, score: score(entry, i) }))
    .sort((a, b) => a.score - b.score)
    .map((c) => c.entry);
}

/** The best-fitting library session for a key-session request, or null when nothing fits. */
export function chooseKeyWorkout(
  catalog: SessionCatalog,
  request: KeyRequest,
  thresholds: ThresholdValues,
): ChosenWorkout | null {
  for (const categories of KEY_CATEGORIES[request.kind]) {
    const candidates = catalog.entries(request.sport, categories);
    if (candidates.length === 0) continue;
    for (const entry of rank(candidates, request)) {
      const chosen = fitted(entry, request, thresholds);
      if (chosen) return chosen;
    }
  }
  return null;
}

/** The shortest a key session of this kind can be made, to know which days could hold it. */
export function shortestKeySeconds(
  catalog: SessionCatalog,
  kind: Exclude<KeySession, 'long'>,
  sport: WorkoutSport,
): number | null {
  const seconds = KEY_CATEGORIES[kind].flatMap((categories) =>
    catalog.entries(sport, categories).map((e) => catalog.shortestSeconds(e)),
  );
  return seconds.length > 0 ? Math.min(...seconds) : null;
}
