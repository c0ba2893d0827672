export interface Migration {
  /** Strictly increasing; stored in PRAGMA user_version once applied. */
  version: number;
  name: string;
  sql: string;
}
