import type { Migration } from './migration';
import { initialSchema } from './001-initial';
import { importPipelineSchema } from './002-import-pipeline';
import { dailyLoadSchema } from './003-daily-load';
import { rrIntervalsSchema } from './004-rr-intervals';
import { plannerSchema } from './005-planner';
import { anomaliesSchema } from './006-anomalies';
import { exportPreferencesSchema } from './007-export-preferences';
import { racePrioritySchema } from './008-race-priority';
import { athleteTimeZonesSchema } from './009-athlete-time-zones';
import { activityWarningsSchema } from './010-activity-warnings';
import { activityPerformanceColumnsSchema } from './011-activity-performance-columns';

/** Static, append-only list: a folder scan would break once the main process is bundled. */
export const migrations: readonly Migration[] = [
  initialSchema,
  importPipelineSchema,
  dailyLoadSchema,
  rrIntervalsSchema,
  plannerSchema,
  anomaliesSchema,
  exportPreferencesSchema,
  racePrioritySchema,
  athleteTimeZonesSchema,
  activityWarningsSchema,
  activityPerformanceColumnsSchema,
];
