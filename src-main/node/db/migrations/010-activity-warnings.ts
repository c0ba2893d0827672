import { timeZoneOffsetMinutes } from '../../../common/domain/time-zone';
import type { Migration } from './migration';

/**
 * activities.warnings: what the coach should know about how the record was obtained (ActivityWarning[]
 * as JSON) — a date the file could not give, a damaged file's recovered part — kept with the activity
 * rather than only in one import report.
 *
 * Rows already on file: one starting before 1998-07-03T21:24:16Z (0x10000000 s after the FIT epoch) was
 * timed by a device clock that was never set and gets 'date-unknown' — no other source writes such
 * dates. Whether an old file was recovered is not stored anywhere, so those rows get no warning.
 *
 * It also gives the rows imported before migration 009 a time source, so that a change of the athlete's
 * zone re-dates those whose day came from a zone (services/activity-redating.ts). Before 009 every
 * decoder stored the UTC instant, with the FIT file's own offset when it had one and 0 otherwise:
 * - TCX and GPX rows never had an offset of their own: 'utc' (a time written without one was read in the
 *   importing machine's zone, so its instant is kept as stored);
 * - a non-zero offset can only have come from the file: 'file-offset';
 * - a FIT offset of 0 is either the file's (a device in a UTC+0 zone) or no offset at all. Where the
 *   athlete's zone was at UTC+0 that day both readings give the same day, and the file's is kept;
 *   elsewhere a file without local_timestamp is far likelier than a device set to UTC away from home: 'utc'.
 * Rows without an imported file (demo and hand-entered activities) carry the offset they were given:
 * 'file-offset'.
 */
export const activityWarningsSchema: Migration = {
  version: 10,
  name: 'activity-warnings',
  sql: `
    ALTER TABLE activities ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
    UPDATE activities SET warnings = '[{"kind":"date-unknown"}]' WHERE start_time < '1998-07-03T21:24:16';
  `,
  migrateData(sqlite) {
    const rows = sqlite
      .prepare(
        `SELECT a.id, a.start_time, a.utc_offset_minutes, t.time_zone,
                (SELECT f.format FROM activity_sources s JOIN import_files f ON f.sha256 = s.file_sha256
                  WHERE s.activity_id = a.id ORDER BY s.imported_at DESC LIMIT 1) AS format
           FROM activities a JOIN athletes t ON t.id = a.athlete_id
          WHERE a.time_source IS NULL`,
      )
      .all() as {
      id: number;
      start_time: string;
      utc_offset_minutes: number;
      time_zone: string;
      format: string | null;
    }[];
    const setSource = sqlite.prepare('UPDATE activities SET time_source = ? WHERE id = ?');
    for (const row of rows) setSource.run(timeSourceOfOldRow(row), row.id);
  },
};

function timeSourceOfOldRow(row: {
  start_time: string;
  utc_offset_minutes: number;
  time_zone: string;
  format: string | null;
}): 'file-offset' | 'utc' {
  if (row.format === 'tcx' || row.format === 'gpx') return 'utc';
  if (row.format === null || row.utc_offset_minutes !== 0) return 'file-offset';
  return timeZoneOffsetMinutes(row.time_zone, Date.parse(row.start_time)) === 0 ? 'file-offset' : 'utc';
}
