import type { ActivityRecord } from '../activity';
import { ACTIVITY_METRICS, type ActivityMetrics } from '../metrics/registry';
import { writeCsv } from './csv';

/** One activity as the activity list and its CSV export show it. */
export interface ActivityMetricsRow {
  id: number;
  localDate: string;
  name: string;
  sport: ActivityRecord['sport'];
  timerSeconds: number;
  distanceMeters: number | null;
  load: number | null;
  metrics: ActivityMetrics;
}

/** The fixed columns, then one per registry metric, named by its label and unit. */
export function activitiesCsvHeader(): string[] {
  return [
    'Activity',
    'Date',
    'Name',
    'Sport',
    'Duration (s)',
    'Distance (km)',
    'Load',
    ...ACTIVITY_METRICS.map((m) => (m.unit ? `${m.label} (${m.unit})` : m.label)),
  ];
}

/**
 * One row per activity, for a spreadsheet: written by writeCsv like every CSV the app
 * writes. Values are plain numbers as stored (a pace in seconds per km), so a
 * spreadsheet can sum and chart them; a metric that does not apply is an empty cell.
 */
export function buildActivitiesCsv(rows: readonly ActivityMetricsRow[]): string {
  const plain = (value: number | null) => (value === null ? '' : String(value));
  const lines = rows.map((r) => [
    String(r.id),
    r.localDate,
    r.name,
    r.sport,
    String(r.timerSeconds),
    r.distanceMeters === null ? '' : (r.distanceMeters / 1000).toFixed(2),
    plain(r.load),
    ...ACTIVITY_METRICS.map((m) => plain(r.metrics[m.id])),
  ]);
  return writeCsv([activitiesCsvHeader(), ...lines]);
}
