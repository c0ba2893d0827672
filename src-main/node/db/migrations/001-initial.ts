import type { Migration } from './migration';

/** The first schema: athletes with dated thresholds, devices, activities with laps and streams, wellness, events, tags. */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  sql: `
    CREATE TABLE athletes (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      sports TEXT NOT NULL DEFAULT '[]',
      sex TEXT CHECK (sex IN ('female', 'male')),
      birth_year INTEGER,
      notes TEXT NOT NULL DEFAULT '',
      is_demo INTEGER NOT NULL DEFAULT 0,
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    -- One row per value change; the value valid on a date is the latest row with valid_from <= date.
    CREATE TABLE thresholds (
      id INTEGER PRIMARY KEY,
      athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
      metric TEXT NOT NULL CHECK (metric IN ('ftp','lthr','maxHr','restingHr','thresholdPace','css','weight')),
      value REAL NOT NULL,
      valid_from TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (athlete_id, metric, valid_from)
    );

    CREATE TABLE tags (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE
    );
    CREATE TABLE athlete_tags (
      athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (athlete_id, tag_id)
    );

    CREATE TABLE devices (
      id INTEGER PRIMARY KEY,
      serial TEXT NOT NULL UNIQUE,
      manufacturer TEXT,
      product TEXT,
      label TEXT,
      athlete_id INTEGER REFERENCES athletes(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL
    );

    CREATE TABLE activities (
      id INTEGER PRIMARY KEY,
      athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
      device_id INTEGER REFERENCES devices(id) ON DELETE SET NULL,
      sport TEXT NOT NULL,
      sub_sport TEXT,
      name TEXT NOT NULL DEFAULT '',
      start_time TEXT NOT NULL,
      utc_offset_minutes INTEGER NOT NULL DEFAULT 0,
      local_date TEXT NOT NULL,
      elapsed_seconds REAL NOT NULL,
      timer_seconds REAL NOT NULL,
      moving_seconds REAL,
      distance_meters REAL,
      ascent_meters REAL,
      avg_hr REAL,
      max_hr REAL,
      avg_power REAL,
      max_power REAL,
      avg_cadence REAL,
      avg_speed REAL,
      max_speed REAL,
      calories REAL,
      rpe REAL,
      notes TEXT NOT NULL DEFAULT '',
      load REAL,
      load_method TEXT NOT NULL DEFAULT 'none',
      load_explanation TEXT NOT NULL DEFAULT '',
      metrics TEXT NOT NULL DEFAULT '{}',
      is_demo INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    );
    CREATE INDEX activities_athlete_date ON activities (athlete_id, local_date);

    CREATE TABLE laps (
      id INTEGER PRIMARY KEY,
      activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
      lap_index INTEGER NOT NULL,
      start_time TEXT NOT NULL,
      elapsed_seconds REAL NOT NULL,
      timer_seconds REAL NOT NULL,
      distance_meters REAL,
      avg_hr REAL,
      max_hr REAL,
      avg_power REAL,
      max_power REAL,
      avg_speed REAL,
      avg_cadence REAL,
      intensity TEXT,
      UNIQUE (activity_id, lap_index)
    );

    -- Columnar 1 Hz samples (see stream-codec.ts).
    CREATE TABLE activity_streams (
      activity_id INTEGER PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,
      sample_count INTEGER NOT NULL,
      channels TEXT NOT NULL,
      data BLOB NOT NULL
    );

    CREATE TABLE wellness (
      athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      hrv_rmssd REAL,
      resting_hr REAL,
      sleep_hours REAL,
      sleep_quality REAL,
      soreness REAL,
      fatigue REAL,
      mood REAL,
      stress REAL,
      weight_kg REAL,
      note TEXT,
      source TEXT NOT NULL DEFAULT 'manual',
      PRIMARY KEY (athlete_id, date)
    );

    CREATE TABLE events (
      id INTEGER PRIMARY KEY,
      athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('travel','illness','injury','life_stress','race','note')),
      start_date TEXT NOT NULL,
      end_date TEXT,
      title TEXT NOT NULL,
      body TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    );
    CREATE INDEX events_athlete_date ON events (athlete_id, start_date);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `,
};
