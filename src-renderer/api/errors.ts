import type { ApiError, ErrorCode } from '../../src-main/common/contract';

/** A call that came back as {ok:false}: keeps the contract's code and the offending field for forms. */
export class ApiCallError extends Error implements ApiError {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    if (error.field !== undefined) this.field = error.field;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
