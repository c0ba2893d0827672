import type { DbHandle } from '../db/schema';
import type { EventBus } from '../api/event-bus';

/** What every service needs, passed explicitly so tests can give a temp database and a fixed clock. */
export interface ServiceContext {
  db: DbHandle;
  dbPath: string;
  /** Folder for files the app keeps beside the database (imported originals, exports). */
  dataDir: string;
  events: EventBus;
  now: () => Date;
}
