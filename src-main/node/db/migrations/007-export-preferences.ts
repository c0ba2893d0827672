import type { Migration } from './migration';

/**
 * Exports to athletes: which workout file formats each athlete's devices and apps need (remembered per
 * athlete, so the coach ticks them once), and what each athlete's calendar was last sent.
 *
 * `export_calendar_events` keeps, per plan and calendar UID, a hash of what the event showed and its
 * SEQUENCE, so a re-export raises SEQUENCE only for sessions that changed, and can send STATUS:CANCELLED
 * (with the day and title it had) for sessions removed since the last export.
 */
export const exportPreferencesSchema: Migration = {
  version: 7,
  name: 'export-preferences',
  sql: `
    CREATE TABLE export_preferences (
      athlete_id INTEGER PRIMARY KEY REFERENCES athletes(id) ON DELETE CASCADE,
      workout_formats_json TEXT NOT NULL,
      pool_length_m REAL NOT NULL DEFAULT 25,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE export_calendar_events (
      plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      uid TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      sequence INTEGER NOT NULL,
      date TEXT NOT NULL,
      summary TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
      exported_at TEXT NOT NULL,
      PRIMARY KEY (plan_id, uid)
    ) WITHOUT ROWID;
  `,
};
