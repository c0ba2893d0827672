import type { Migration } from './migration';

/**
 * Beat-to-beat (RR) intervals a chest strap recorded during an activity, kept so HRV-based analyses
 * (morning readings, DFA-α1, recovery checks) can run later without the original device file.
 */
export const rrIntervalsSchema: Migration = {
  version: 4,
  name: 'rr intervals',
  sql: `
    -- Milliseconds as little-endian uint16, deflated (see rr-codec.ts).
    CREATE TABLE activity_rr_intervals (
      activity_id INTEGER PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,
      interval_count INTEGER NOT NULL,
      data BLOB NOT NULL
    );
  `,
};
