import type { Migration } from './migration';

/**
 * The planner: a workout library (starter sessions and the coach's own), training plans built from a
 * goal race, their planned sessions, days the coach locked, and the log of every change with its reason.
 *
 * A planned session keeps its own copy of the workout definition: editing a library workout later must
 * not rewrite what an athlete was already given.
 */
export const plannerSchema: Migration = {
  version: 5,
  name: 'planner',
  sql: `
    CREATE TABLE workouts (
      id INTEGER PRIMARY KEY,
      -- Stable key of a starter-library session; NULL for the coach's own workouts.
      library_key TEXT UNIQUE,
      name TEXT NOT NULL,
      sport TEXT NOT NULL,
      category TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      steps_json TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('starter', 'coach')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      archived_at TEXT
    );

    CREATE TABLE plans (
      id INTEGER PRIMARY KEY,
      athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      race_name TEXT NOT NULL DEFAULT '',
      race_date TEXT NOT NULL,
      race_type TEXT NOT NULL,
      start_date TEXT NOT NULL,
      weeks INTEGER NOT NULL,
      -- The generator's input (guardrails, availability, pattern, TSB window, starting CTL/ATL, convention).
      input_json TEXT NOT NULL,
      -- Weekly targets as generated, with the guardrails that bound each week.
      targets_json TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX plans_by_athlete ON plans(athlete_id, status, race_date);

    CREATE TABLE planned_workouts (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      position INTEGER NOT NULL DEFAULT 0,
      workout_id INTEGER REFERENCES workouts(id) ON DELETE SET NULL,
      library_key TEXT,
      name TEXT NOT NULL,
      sport TEXT NOT NULL,
      category TEXT NOT NULL,
      definition_json TEXT NOT NULL,
      planned_seconds REAL NOT NULL,
      planned_meters REAL,
      planned_load REAL NOT NULL,
      band_json TEXT NOT NULL,
      hard INTEGER NOT NULL,
      origin TEXT NOT NULL CHECK (origin IN ('generated', 'coach', 'suggestion'))
    );
    CREATE INDEX planned_workouts_by_day ON planned_workouts(plan_id, date, position);

    CREATE TABLE plan_locked_days (
      plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      PRIMARY KEY (plan_id, date)
    ) WITHOUT ROWID;

    CREATE TABLE plan_changes (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      actor TEXT NOT NULL CHECK (actor IN ('coach', 'generator', 'suggestion')),
      kind TEXT NOT NULL,
      week_index INTEGER,
      summary TEXT NOT NULL,
      reason TEXT NOT NULL,
      details_json TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX plan_changes_by_plan ON plan_changes(plan_id, at);
  `,
};
