import type { Migration } from './migration';

/**
 * The import pipeline's bookkeeping: every file seen (by content hash, so originals can be found
 * again in the content-addressed store), which file each imported activity came from, files waiting
 * for the coach to name their athlete, and folders the app watches.
 */
export const importPipelineSchema: Migration = {
  version: 2,
  name: 'import pipeline',
  sql: `
    -- The original bytes live in <dataDir>/originals/<first two hex digits>/<sha256>.
    CREATE TABLE import_files (
      sha256 TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      bytes INTEGER NOT NULL,
      format TEXT,
      device_id INTEGER REFERENCES devices(id) ON DELETE SET NULL,
      first_seen_at TEXT NOT NULL
    );

    CREATE TABLE activity_sources (
      activity_id INTEGER PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,
      file_sha256 TEXT NOT NULL REFERENCES import_files(sha256),
      -- Position in the decoder's activity list, so a re-process maps each leg back to its row.
      activity_index INTEGER NOT NULL,
      event_key TEXT,
      leg_index INTEGER,
      imported_at TEXT NOT NULL
    );
    CREATE INDEX activity_sources_file ON activity_sources (file_sha256);

    -- Duplicate detection looks for the same athlete's activities within a minute of a start time.
    CREATE INDEX activities_athlete_start ON activities (athlete_id, start_time);

    CREATE TABLE assignment_queue (
      id INTEGER PRIMARY KEY,
      file_sha256 TEXT NOT NULL UNIQUE REFERENCES import_files(sha256),
      path TEXT NOT NULL,
      device_id INTEGER REFERENCES devices(id) ON DELETE SET NULL,
      reason TEXT NOT NULL,
      activity_count INTEGER NOT NULL,
      first_start_time TEXT,
      sports TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL
    );

    -- 'watch': imported when new files appear; 'mount_root': searched for plugged-in devices.
    CREATE TABLE watch_folders (
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN ('watch', 'mount_root')),
      created_at TEXT NOT NULL
    );
  `,
};
