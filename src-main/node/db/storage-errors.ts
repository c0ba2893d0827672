import { AppError } from '../../common/contract';

/** How long a statement waits for another process's write lock before giving up (PRAGMA busy_timeout). */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * What the coach can act on when the database itself fails, whatever statement hit it: another process
 * holding the write lock for long, a database opened read-only, a full disk. Null for anything else,
 * which stays an internal error with its own text.
 */
export function storageProblem(error: unknown): AppError | null {
  if (error instanceof AppError) return ['BUSY', 'READ_ONLY', 'DISK_FULL'].includes(error.code) ? error : null;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_BUSY')) {
    return new AppError(
      'BUSY',
      `The database is in use by another Coach Workstation process (the app, browser mode or a coach command), which has held it for over ${BUSY_TIMEOUT_MS / 1000} s; nothing was changed — try again once it has finished.`,
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError(
      'READ_ONLY',
      'The database is open read-only, so nothing can be changed; make the file and its folder writable and restart.',
    );
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError(
      'DISK_FULL',
      'Disk full: nothing was changed; free some space on the disk that holds the database and try again.',
    );
  }
  return null;
}
