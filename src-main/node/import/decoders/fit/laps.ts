import type { ParsedLap } from './parsed-types';
import type { ActivityLap } from '../../../../common/domain/activity';
import { finiteOrNull } from '../build-record';

export function lapFromFit(lap: ParsedLap): ActivityLap | null {
  if (!(lap.start_time instanceof Date)) return null;
  return {
    startTime: lap.start_time.toISOString(),
    elapsedSeconds: finiteOrNull(lap.total_elapsed_time) ?? 0,
    timerSeconds: finiteOrNull(lap.total_timer_time) ?? finiteOrNull(lap.total_elapsed_time) ?? 0,
    distanceMeters: finiteOrNull(lap.total_distance),
    avgHr: finiteOrNull(lap.avg_heart_rate),
    maxHr: finiteOrNull(lap.max_heart_rate),
    avgPower: finiteOrNull(lap.avg_power),
    maxPower: finiteOrNull(lap.max_power),
    avgSpeed: finiteOrNull(lap.enhanced_avg_speed ?? lap.avg_speed),
    avgCadence: finiteOrNull(lap.avg_cadence),
    intensity: typeof lap.intensity === 'string' ? lap.intensity : null,
  };
}
