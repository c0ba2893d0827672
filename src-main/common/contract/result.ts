/**
 * Every call returns a JSON-safe envelope rather than throwing across the transport: Electron IPC
 * drops custom error fields, and HTTP needs a body either way.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNKNOWN_METHOD'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  /** The database is held by another process for longer than the busy timeout. */
  | 'BUSY'
  /** The database could only be opened read-only. */
  | 'READ_ONLY'
  | 'DISK_FULL'
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending input field, for VALIDATION errors. */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services for expected failures; dispatch turns it into an error envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
