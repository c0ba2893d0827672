import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from './process-alive';

export interface Session {
  /** A process that had this database open ended without closing it (killed, crashed, power cut). */
  followsUncleanShutdown: boolean;
  end(): void;
}

/**
 * While a process has the database open it keeps a marker, `<dataDir>/sessions/<pid>-<random>`, and
 * removes it when it closes the database. A marker whose process is gone is the trace of an unclean
 * shutdown, after which the file is checked and half-written files are cleared away. Several
 * processes may share a database, so each has a marker of its own and only dead ones count.
 * A folder that cannot be written (a read-only database) keeps no marker: nothing there can need repair.
 */
export function beginSession(dataDir: string): Session {
  const folder = join(dataDir, 'sessions');
  let followsUncleanShutdown = false;
  let marker: string | null = null;
  try {
    mkdirSync(folder, { recursive: true });
    for (const name of readdirSync(folder)) {
      const pid = Number(name.split('-')[0]);
      if (Number.isInteger(pid) && isProcessAlive(pid)) continue;
      followsUncleanShutdown = true;
      rmSync(join(folder, name), { force: true });
    }
    marker = join(folder, `${process.pid}-${randomBytes(4).toString('hex')}`);
    writeFileSync(marker, '');
  } catch {
    marker = null;
  }
  return {
    followsUncleanShutdown,
    end() {
      if (marker) rmSync(marker, { force: true });
    },
  };
}
