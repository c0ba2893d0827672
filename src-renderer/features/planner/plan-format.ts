import type { PlanWeekView } from '../../../src-main/common/contract/plans';
import type { Phase, RaceType } from '../../../src-main/common/domain/planner/types';
import { DISTANCE_SPORTS, type DistanceSport } from '../../../src-main/common/domain/planner/week-distance';
import type { UnitSystem } from '../../format/units';
import { formatWorkoutDistance } from '../workouts/workout-labels';

export const PHASE_LABELS: Record<Phase, string> = {
  base: 'Base',
  build: 'Build',
  peak: 'Peak',
  taper: 'Taper',
  race: 'Race week',
};

export const RACE_TYPE_LABELS: Record<RaceType, string> = {
  marathon: 'Marathon',
  'half-marathon': 'Half marathon',
  '10k': '10 km',
  '70.3': 'Half Ironman (70.3)',
  ironman: 'Ironman',
  'gran-fondo': 'Gran fondo',
  custom: 'Custom race',
};

export interface WeekDistanceLine {
  sport: DistanceSport;
  /** "32.8 km" planned, or "32.8 km / 20.1 km" planned / done once the week has started. */
  text: string;
}

/**
 * A week's distance per sport in the coach's units (km or mi; swims in m or yd), planned against done.
 * A sport appears when either side has a distance; the missing side reads "—".
 */
export function weekDistanceLines(
  week: Pick<PlanWeekView, 'targetDistanceKm' | 'actualDistanceKm'>,
  units: UnitSystem,
): WeekDistanceLine[] {
  const meters = (km: number | undefined) => (km === undefined ? null : km * 1000);
  return DISTANCE_SPORTS.flatMap((sport) => {
    const planned = week.targetDistanceKm[sport];
    const done = week.actualDistanceKm?.[sport];
    if (planned === undefined && done === undefined) return [];
    const plannedText = formatWorkoutDistance(meters(planned), sport, units);
    const text =
      week.actualDistanceKm === null
        ? plannedText
        : `${plannedText} / ${formatWorkoutDistance(meters(done), sport, units)}`;
    return [{ sport, text }];
  });
}
