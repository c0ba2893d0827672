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

/** A field error from the server goes under its field; anything else is shown as a banner. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiCallError && error.field === field ? error.message : undefined;
}
export function isFieldError(error: unknown): boolean {
  return error instanceof ApiCallError && error.field !== undefined;
}
