import { openCoachContext, type CoachContext, type CoachContextOptions } from './coach-context';
import { createHandlers, type Handlers } from './api/handlers';
import { startDeviceMonitoring, stopDeviceMonitoring } from './services/devices';

export interface CoachApp extends CoachContext {
  handlers: Handlers;
}

/** Wires database, services and handlers; shared by the Electron main process and browser mode. */
export function createCoachApp(dbPath: string, options: CoachContextOptions = {}): CoachApp {
  const context = openCoachContext(dbPath, options);
  return {
    ...context,
    handlers: createHandlers(context.ctx),
    async close() {
      stopDeviceMonitoring(context.ctx);
      await context.close();
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
