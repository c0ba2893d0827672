import { plural } from '../common/format';
import { openDatabase, type DatabaseHandle, type OpenDatabaseOptions } from './db/connection';
import { EventBus } from './api/event-bus';
import { createHandlers, type Handlers } from './api/handlers';
import type { ServiceContext } from './services/context';
import { removeAbandonedPartials } from './import/original-store';
import { dataDirFor } from './paths';
import { beginSession } from './session-marker';
import { startDeviceMonitoring, stopDeviceMonitoring } from './services/devices';

export interface CoachApp {
  ctx: ServiceContext;
  handlers: Handlers;
  database: DatabaseHandle;
  /** What the coach should be told about how the database was opened (read-only, repaired after a crash). */
  notices: string[];
  close(): Promise<void>;
}

export interface CoachAppOptions extends Omit<OpenDatabaseOptions, 'checkIntegrity'> {
  now?: () => Date;
  /**
   * 'every-start' for the long-running app (desktop, browser mode); one-shot commands check only
   * after an unclean shutdown, as a check reads the whole file.
   */
  startupCheck?: 'every-start' | 'after-unclean-shutdown';
}

/** Wires database, services and handlers; shared by the Electron main process, browser mode and the CLI. */
export function createCoachApp(dbPath: string, options: CoachAppOptions = {}): CoachApp {
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
    handlers: createHandlers(ctx),
    database,
    notices,
    async close() {
      stopDeviceMonitoring(ctx);
      await database.close();
      session?.end();
    },
  };
}

/**
 * Starts what a long-running app does in the background: watching for plugged-in watches, ANT-FS
 * sync folders and the coach's watch folders. The desktop app and browser mode call it; one-shot CLI
 * commands do not.
 */
export function startBackgroundServices(app: CoachApp, log: (message: string, error: unknown) => void): void {
  startDeviceMonitoring(app.ctx, { onError: (error) => log('device monitoring failed', error) });
}
