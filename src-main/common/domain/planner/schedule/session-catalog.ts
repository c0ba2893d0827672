import type { ThresholdValues } from '../../thresholds';
import type { WorkoutCategory, WorkoutDefinition, WorkoutSport } from '../../workouts/workout-schema';
import { expandWorkout } from '../../workouts/expand-workout';
import { summarizeExpansion, type WorkoutSummary } from '../../workouts/workout-metrics';
import { scaleWorkoutToDuration } from '../../workouts/workout-scaling';
import { raceIntensitiesOf } from './race-day';
import type { LibraryEntry, PlannedSession } from '../types';

/** A library workout with what it costs this athlete, computed once per schedule. */
export interface CatalogEntry {
  key: string;
  definition: WorkoutDefinition;
  summary: WorkoutSummary;
  /**
   * Time-weighted mean IF of the work steps above LT1 (all work steps when none is): how fast the session's
   * quality part is, to match race pace. The easy miles of a long run with a marathon-pace finish are work
   * steps too; averaged in, they would make its finish look like an Ironman run's pace.
   */
  workIntensity: number;
}

export interface SessionCatalog {
  /** Entries of the sport in any of the categories, in library order. */
  entries(sport: WorkoutSport, categories: readonly WorkoutCategory[]): CatalogEntry[];
  /** The shortest the entry can be scaled to (its fixed parts and 5-minute steady blocks), seconds. */
  shortestSeconds(entry: CatalogEntry): number;
}

export function buildCatalog(library: readonly LibraryEntry[], thresholds: ThresholdValues): SessionCatalog {
  const byGroup = new Map<string, CatalogEntry[]>();
  for (const { key, definition } of library) {
    const expansion = expandWorkout(definition, thresholds);
    const work = expansion.steps.filter((s) => s.step.intent === 'work');
    const quality = work.filter((s) => s.band !== 'low');
    const workIntensity = meanIntensity(quality.length > 0 ? quality : work);
    const group = `${definition.sport}/${definition.category}`;
    const list = byGroup.get(group) ?? [];
    list.push({ key, definition, summary: summarizeExpansion(definition, expansion), workIntensity });
    byGroup.set(group, list);
  }
  const shortest = new Map<CatalogEntry, number>();
  return {
    entries: (sport, categories) => categories.flatMap((c) => byGroup.get(`${sport}/${c}`) ?? []),
    shortestSeconds: (entry) => {
      if (!shortest.has(entry))
        shortest.set(entry, scaleWorkoutToDuration(entry.definition, thresholds, 0).summary.seconds);
      return shortest.get(entry)!;
    },
  };
}

function meanIntensity(steps: readonly { seconds: number; intensity: { mid: number } }[]): number {
  const seconds = steps.reduce((sum, s) => sum + s.seconds, 0);
  return seconds > 0 ? steps.reduce((sum, s) => sum + s.seconds * s.intensity.mid, 0) / seconds : 0;
}

const RACE_PACE_TOLERANCE = 0.03;

/**
 * Whether an entry's quality work runs at a race's pace: its IF within 0.03 of the race's, and no other race
 * nearer. A marathon-pace finish (0.92) is a marathon's, not a half marathon's (0.955) nor a 70.3 run's
 * (0.87); an Ironman swim (0.88) is not a 70.3 swim (0.91) though both are within 0.03. Race-pace key
 * sessions and race-specific long sessions are chosen by it, so a plan never rehearses another race's pace.
 */
export function atRacePace(entry: CatalogEntry, raceIntensity: number): boolean {
  const distance = Math.abs(entry.workIntensity - raceIntensity);
  const nearest = Math.min(
    ...raceIntensitiesOf(entry.definition.sport).map((other) => Math.abs(entry.workIntensity - other)),
  );
  return distance <= RACE_PACE_TOLERANCE && distance <= nearest + 1e-9;
}

const round = (v: number, digits = 0) => Math.round(v * 10 ** digits) / 10 ** digits;

/** The planner's view of a workout: its definition and its summarizeWorkout numbers, rounded for display. */
export function plannedSession(
  libraryKey: string | null,
  definition: WorkoutDefinition,
  summary: WorkoutSummary,
): PlannedSession {
  return {
    libraryKey,
    definition,
    plannedSeconds: Math.round(summary.seconds),
    plannedMeters: summary.meters === null ? null : Math.round(summary.meters),
    plannedLoad: round(summary.load, 1),
    bandSeconds: {
      low: Math.round(summary.bandSeconds.low),
      moderate: Math.round(summary.bandSeconds.moderate),
      high: Math.round(summary.bandSeconds.high),
    },
    hard: summary.hard,
  };
}
