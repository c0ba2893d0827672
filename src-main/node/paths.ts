import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export const APP_DIR_NAME = 'Coach Workstation';
export const DB_ENV_VAR = 'COACH_DB';

/**
 * The folder Electron calls userData (appData/productName), computed without Electron so the CLI
 * and browser mode open the same database the desktop app uses.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
}

/** --db wins, then $COACH_DB, then the app's own database in userData. */
export function resolveDbPath(cliValue: string | undefined, userDataDir = defaultUserDataDir()): string {
  return cliValue ?? process.env[DB_ENV_VAR] ?? join(userDataDir, 'coach.db');
}

/** Files kept beside a database (imported originals, exports) live in a sibling folder named after it. */
export function dataDirFor(dbPath: string): string {
  return join(dirname(dbPath), `${dbPath.split(/[\\/]/).pop()}.files`);
}
