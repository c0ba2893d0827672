import type {
  StepDuration,
  StepIntent,
  StepTarget,
  WorkoutCategory,
  WorkoutSport,
} from '../../../src-main/common/domain/workouts/workout-schema';
import type { WorkoutSummary } from '../../../src-main/common/contract';
import type { Sport } from '../../../src-main/common/domain/sports';
import { type UnitSystem } from '../../format/units';
import { formatDistance, formatDuration } from '../../../src-main/common/format';

export const WORKOUT_SPORT_LABELS: Record<WorkoutSport, string> = {
  run: 'Run',
  bike: 'Bike',
  swim: 'Swim',
  strength: 'Strength',
  other: 'Other',
};

export const CATEGORY_LABELS: Record<WorkoutCategory, string> = {
  recovery: 'Recovery',
  endurance: 'Endurance',
  long: 'Long',
  tempo: 'Tempo',
  'sweet-spot': 'Sweet spot',
  threshold: 'Threshold',
  vo2max: 'VO2max',
  anaerobic: 'Anaerobic',
  'race-pace': 'Race pace',
  brick: 'Brick',
  test: 'Test',
  technique: 'Technique',
  strength: 'Strength',
};

export const INTENT_LABELS: Record<StepIntent, string> = {
  warmup: 'Warm-up',
  work: 'Work',
  recovery: 'Recovery',
  rest: 'Rest',
  cooldown: 'Cool-down',
};

export const DURATION_LABELS: Record<StepDuration['type'], string> = {
  time: 'Time',
  distance: 'Distance',
  lapButton: 'Until lap button',
};

export const TARGET_LABELS: Record<StepTarget['type'], string> = {
  ftpPercent: '% of FTP',
  thresholdPacePercent: '% of threshold pace',
  cssPercent: '% of CSS',
  lthrPercent: '% of LTHR',
  powerZone: 'Power zone',
  hrZone: 'HR zone',
  rpe: 'RPE',
  open: 'Open (by feel)',
};

/** The load's name for each sport, as in the activity tables (docs/domain.md#activity-load). */
export const LOAD_NAMES: Record<WorkoutSport, string> = {
  bike: 'TSS',
  run: 'rTSS',
  swim: 'sTSS',
  strength: 'Load',
  other: 'Load',
};

const YARDS_PER_METER = 1 / 0.9144;

/** Swims are counted in pool metres (or yards); everything else in km or miles. */
export function formatWorkoutDistance(meters: number | null, sport: Sport, units: UnitSystem): string {
  if (meters === null) return '—';
  if (sport === 'swim') {
    return units === 'imperial'
      ? `${Math.round((meters * YARDS_PER_METER) / 25) * 25} yd`
      : `${Math.round(meters / 25) * 25} m`;
  }
  return formatDistance(meters, units);
}

/** Whole minutes of a Seiler band, e.g. "24 min". */
export function bandMinutes(summary: WorkoutSummary, band: keyof WorkoutSummary['bandSeconds']): string {
  return formatDuration(summary.bandSeconds[band]);
}
