import type { Migration } from './migration';

/**
 * The anomaly inbox: notes written in the app, anomalies the rules raised (one per rule and episode,
 * with the coach's triage), the injury log, per-athlete rule thresholds and the call cadence.
 */
export const anomaliesSchema: Migration = {
  version: 6,
  name: 'anomalies',
  sql: `
    CREATE TABLE notes (
      id INTEGER PRIMARY KEY,
      athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      author TEXT NOT NULL CHECK (author IN ('coach', 'athlete')),
      text TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX notes_by_athlete ON notes(athlete_id, date);

    -- One row per rule and episode: re-evaluation updates the episode's evidence instead of raising it again.
    -- evidence/context/adjustment hold the rule engine's JSON (domain/anomalies/types.ts).
    CREATE TABLE anomalies (
      id INTEGER PRIMARY KEY,
      athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
      rule TEXT NOT NULL,
      episode_start TEXT NOT NULL,
      date TEXT NOT NULL,
      severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
      reason TEXT NOT NULL,
      -- The short form of the reason, used in proposals: "3 nights of HRV below baseline".
      headline TEXT NOT NULL DEFAULT '',
      evidence_json TEXT NOT NULL,
      context_json TEXT NOT NULL DEFAULT '[]',
      adjustment_json TEXT,
      state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'acknowledged', 'snoozed', 'resolved')),
      snoozed_until TEXT,
      cause TEXT CHECK (cause IN ('travel', 'illness', 'injury', 'life_stress', 'race', 'training', 'data', 'other')),
      resolution_note TEXT NOT NULL DEFAULT '',
      suggestion_state TEXT CHECK (suggestion_state IN ('applied', 'rejected')),
      suggestion_note TEXT NOT NULL DEFAULT '',
      raised_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      triaged_at TEXT,
      UNIQUE (athlete_id, rule, episode_start)
    );
    CREATE INDEX anomalies_by_state ON anomalies(state, athlete_id);

    CREATE TABLE injuries (
      id INTEGER PRIMARY KEY,
      athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
      body_part TEXT NOT NULL,
      side TEXT CHECK (side IN ('left', 'right', 'both')),
      severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 10),
      status TEXT NOT NULL CHECK (status IN ('monitoring', 'active', 'resolved')),
      started_on TEXT NOT NULL,
      resolved_on TEXT,
      source_anomaly_id INTEGER REFERENCES anomalies(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX injuries_by_athlete ON injuries(athlete_id, started_on);

    -- Notes over time: each update records the day, the severity and status then, and what was said.
    CREATE TABLE injury_updates (
      id INTEGER PRIMARY KEY,
      injury_id INTEGER NOT NULL REFERENCES injuries(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 10),
      status TEXT NOT NULL CHECK (status IN ('monitoring', 'active', 'resolved')),
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    );

    -- A per-athlete patch over the global thresholds (settings key 'anomalyRules').
    CREATE TABLE athlete_rule_settings (
      athlete_id INTEGER PRIMARY KEY REFERENCES athletes(id) ON DELETE CASCADE,
      patch_json TEXT NOT NULL
    );

    CREATE TABLE call_schedules (
      athlete_id INTEGER PRIMARY KEY REFERENCES athletes(id) ON DELETE CASCADE,
      -- NULL: no regular calls, the agenda is still kept.
      cadence_days INTEGER CHECK (cadence_days BETWEEN 1 AND 90),
      agenda TEXT NOT NULL DEFAULT ''
    );

    CREATE TABLE calls (
      id INTEGER PRIMARY KEY,
      athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
      held_on TEXT NOT NULL,
      agenda TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    );
    CREATE INDEX calls_by_athlete ON calls(athlete_id, held_on);
  `,
};
