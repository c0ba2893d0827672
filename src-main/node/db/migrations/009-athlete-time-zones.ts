import { machineTimeZone } from '../../machine-time-zone';
import type { Migration } from './migration';

/**
 * Each athlete gets an IANA time zone: their "today", the day of an activity whose file states no local
 * offset, and the meaning of a TCX/GPX time written without one all follow it. Athletes already on
 * file get the zone a new athlete gets, the coach's (this machine's).
 *
 * activities.time_source records how the file stated its time (see import/activity-placement.ts), so that
 * changing an athlete's zone can re-date the activities whose day came from the zone. Rows imported
 * before this version stay NULL and keep the day they were given.
 *
 * daily_load_state.utc_offset_minutes, the offset of the latest activity that "today" used to follow,
 * is dropped: today is the athlete's zone's date now.
 */
export const athleteTimeZonesSchema: Migration = {
  version: 9,
  name: 'athlete-time-zones',
  sql: `
    ALTER TABLE athletes ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
    ALTER TABLE activities ADD COLUMN time_source TEXT CHECK (time_source IN ('file-offset', 'utc', 'floating'));
    ALTER TABLE daily_load_state DROP COLUMN utc_offset_minutes;
  `,
  migrateData(sqlite) {
    sqlite.prepare('UPDATE athletes SET time_zone = ?').run(machineTimeZone());
  },
};
