import type { Migration } from './migration';

/**
 * Stored Performance Management Chart: one row per athlete and calendar day, so the roster reads
 * today's CTL/ATL/TSB instead of replaying years of activities, and a changed activity on day D only
 * recomputes from D on (resumePmc needs the 28 rows before D). Also the per-athlete PMC convention
 * and the bookkeeping that says from which day the stored rows are stale.
 */
export const dailyLoadSchema: Migration = {
  version: 3,
  name: 'daily load',
  sql: `
    -- Everything resumePmc needs to continue a history (acute/chronic EWMAs included), plus the
    -- rolling 7- and 28-day load sums the roster shows, so it reads one row per athlete.
    CREATE TABLE daily_load (
      athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      load REAL NOT NULL,
      ctl REAL NOT NULL,
      atl REAL NOT NULL,
      tsb REAL NOT NULL,
      ramp REAL,
      acwr REAL,
      acwr_ewma REAL,
      monotony REAL,
      strain REAL,
      acute_ewma REAL NOT NULL,
      chronic_ewma REAL NOT NULL,
      load_7d REAL NOT NULL,
      load_28d REAL NOT NULL,
      PRIMARY KEY (athlete_id, date)
    ) WITHOUT ROWID;

    -- One row per athlete who changed the defaults (TrainingPeaks, 42/7 days, form = yesterday's balance).
    -- The optional seed starts the history on seed_date with the CTL and ATL of the day before.
    CREATE TABLE analytics_settings (
      athlete_id INTEGER PRIMARY KEY REFERENCES athletes(id) ON DELETE CASCADE,
      smoothing TEXT NOT NULL CHECK (smoothing IN ('trainingpeaks', 'goldencheetah')),
      form_timing TEXT NOT NULL CHECK (form_timing IN ('previous-day', 'same-day')),
      ctl_days INTEGER NOT NULL CHECK (ctl_days > 0),
      atl_days INTEGER NOT NULL CHECK (atl_days > 0),
      seed_date TEXT,
      seed_ctl REAL,
      seed_atl REAL,
      updated_at TEXT NOT NULL,
      CHECK ((seed_date IS NULL) = (seed_ctl IS NULL) AND (seed_ctl IS NULL) = (seed_atl IS NULL))
    );

    -- What the roster shows besides the PMC, kept current with it so the roster is one indexed read:
    -- dirty_from: the stored rows from this date on are stale (NULL = up to date); wellness_dirty: the
    -- morning readings changed since wellness_status (HRV and resting-HR status, JSON) was computed;
    -- refreshed_for: the athlete's local date everything was last brought up to, as "today" moves on.
    -- No row at all means never computed, which is how athletes of older databases start.
    CREATE TABLE daily_load_state (
      athlete_id INTEGER PRIMARY KEY REFERENCES athletes(id) ON DELETE CASCADE,
      dirty_from TEXT,
      computed_through TEXT,
      refreshed_for TEXT,
      activity_count INTEGER NOT NULL DEFAULT 0,
      last_activity_at TEXT,
      utc_offset_minutes INTEGER NOT NULL DEFAULT 0,
      wellness_dirty INTEGER NOT NULL DEFAULT 1,
      wellness_status TEXT
    );
  `,
};
