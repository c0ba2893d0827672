import { plural } from '../common/format';
import { openDatabase, type DatabaseHandle, type OpenDatabaseOptions } from './db/connection';
import { EventBus } from './api/event-bus';
import type { ServiceContext } from './services/context';
import { removeAbandonedPartials } from './import/original-store';
import { dataDirFor } from './paths';
import { beginSession } from './session-marker';

/**
 * The database opened the app's way, with the context every service takes: all a one-shot `coach`
 * command needs. It leaves out the API handlers and device monitoring (see app.ts), which would load
 * every service's code into a process that runs one.
 */
export interface CoachContext {
  ctx: ServiceContext;
  database: DatabaseHandle;
  /** What the coach should be told about how the database was opened (read-only, repaired after a crash). */
  notices: string[];
  close(): Promise<void>;
}

export interface CoachContextOptions extends Omit<OpenDatabaseOptions, 'checkIntegrity'> {
  now?: () => Date;
  /**
   * 'every-start' for the long-running app (desktop, browser mode); one-shot commands check only
   * after an unclean shutdown, as a check reads the whole file.
   */
  startupCheck?: 'every-start' | 'after-unclean-shutdown';
}

export function openCoachContext(dbPath: string, options: CoachContextOptions = {}): CoachContext {
  const dataDir = dataDirFor(dbPath);
  const session = dbPath === ':memory:' ? null : beginSession(dataDir);
  const check = options.startupCheck === 'every-start' || (session?.followsUncleanShutdown ?? false);
  let database: DatabaseHandle;
  try {
    database = openDatabase(dbPath, { nativeBinding: options.nativeBinding, checkIntegrity: check });
  } catch (error) {
    session?.end();
    throw error;
  }
  const notices: string[] = [];
  if (database.readOnly) notices.push(`Opened ${dbPath} read-only (${database.readOnly}): nothing can be changed.`);
  if (check && !database.readOnly) {
    const removed = removeAbandonedPartials(dataDir);
    if (removed > 0) notices.push(`Removed ${plural(removed, 'half-written file')} left by an interrupted import.`);
  }
  const ctx: ServiceContext = {
    db: database.db,
    dbPath,
    dataDir,
    events: new EventBus(),
    now: options.now ?? (() => new Date()),
  };
  return {
    ctx,
    database,
    notices,
    async close() {
      await database.close();
      session?.end();
    },
  };
}
