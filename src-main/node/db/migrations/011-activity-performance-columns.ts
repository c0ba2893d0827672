import type { Migration } from './migration';

/**
 * activities.efficiency_factor and activities.best_20min_power: the two figures the performance-decline
 * rule reads for every activity of the roster on each re-evaluation. Read out of the metrics JSON (the
 * best 20 minutes by walking its mean-maximal curve) they were the largest single cost of bench:anomalies;
 * as columns they are written with the metrics (repositories/activity-performance.ts) and read directly.
 * Rows already on file get them from their stored metrics here.
 */
export const activityPerformanceColumnsSchema: Migration = {
  version: 11,
  name: 'activity-performance-columns',
  sql: `
    ALTER TABLE activities ADD COLUMN efficiency_factor REAL;
    ALTER TABLE activities ADD COLUMN best_20min_power REAL;
    UPDATE activities SET
      efficiency_factor = json_extract(metrics, '$.efficiencyFactor'),
      best_20min_power = (
        SELECT json_extract(mm.value, '$.value') FROM json_each(activities.metrics, '$.meanMaxPower') AS mm
        WHERE json_extract(mm.value, '$.durationSeconds') = 1200
      );
  `,
};
