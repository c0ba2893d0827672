import { openDatabase, type DatabaseHandle, type OpenDatabaseOptions } from './db/connection';
import { EventBus } from './api/event-bus';
import { createHandlers, type Handlers } from './api/handlers';
import type { ServiceContext } from './services/context';
import { dataDirFor } from './paths';
import { startDeviceMonitoring, stopDeviceMonitoring } from './services/devices';

export interface CoachApp {
  ctx: ServiceContext;
  handlers: Handlers;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/** Wires database, services and handlers; shared by the Electron main process, browser mode and the CLI. */
export function createCoachApp(dbPath: string, options: OpenDatabaseOptions & { now?: () => Date } = {}): CoachApp {
  const database = openDatabase(dbPath, options);
  const ctx: ServiceContext = {
    db: database.db,
    dbPath,
    dataDir: dataDirFor(dbPath),
    events: new EventBus(),
    now: options.now ?? (() => new Date()),
  };
  return {
    ctx,
    handlers: createHandlers(ctx),
    database,
    async close() {
      stopDeviceMonitoring(ctx);
      await database.close();
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
