import type SqliteDatabase from 'better-sqlite3';

export interface Migration {
  /** Strictly increasing; stored in PRAGMA user_version once applied. */
  version: number;
  name: string;
  sql: string;
  /**
   * Rewrites existing rows after `sql`, in the same transaction, where the rule is domain code that SQL
   * cannot express (reading a race type out of a title, say).
   */
  migrateData?: (sqlite: SqliteDatabase.Database) => void;
}
