import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoachApp, type CoachApp } from '../../src-main/node/app';

export interface TempApp extends CoachApp {
  dir: string;
  dispose(): Promise<void>;
}

/** A fully wired app on a real SQLite file in a fresh temp folder, with an optional fixed clock. */
export function createTempApp(options: { now?: Date } = {}): TempApp {
  const dir = mkdtempSync(join(tmpdir(), 'coach-test-'));
  const app = createCoachApp(join(dir, 'coach.db'), options.now ? { now: () => options.now! } : {});
  return {
    ...app,
    dir,
    async dispose() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
