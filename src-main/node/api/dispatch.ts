import { ZodError } from 'zod';
import { AppError, contract, isMethod, type Result } from '../../common/contract';
import { storageProblem } from '../db/storage-errors';
import type { Handlers } from './handlers';

export type Logger = (message: string, error: unknown) => void;

/**
 * The single entry point both transports call: validates the input against the contract's schema,
 * runs the handler, and always resolves to an envelope — a bad call can never crash the process.
 */
export async function dispatch(
  handlers: Handlers,
  method: string,
  rawInput: unknown,
  log: Logger = (m, e) => console.error(m, e),
): Promise<Result<unknown>> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method "${method}"` } };
  }
  const parsed = contract[method].input.safeParse(rawInput ?? undefined);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  const handler = handlers[method] as (input: unknown) => Promise<unknown>;
  return settle(method, () => handler(parsed.data), log);
}

/**
 * Runs one call's work and turns its outcome into the envelope, as dispatch does: for work a transport
 * runs itself (browser mode's upload imports files it streamed to disk, which no schema can carry).
 */
export async function settle<T>(
  method: string,
  run: () => Promise<T>,
  log: Logger = (m, e) => console.error(m, e),
): Promise<Result<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    const storage = storageProblem(error);
    if (storage) return { ok: false, error: { code: storage.code, message: storage.message } };
    if (error instanceof AppError) {
      return {
        ok: false,
        error: { code: error.code, message: error.message, ...(error.field && { field: error.field }) },
      };
    }
    if (error instanceof ZodError) return { ok: false, error: validationError(error) };
    log(`Call ${method} failed`, error);
    return { ok: false, error: { code: 'INTERNAL', message: `${method} failed: ${errorMessage(error)}` } };
  }
}

function validationError(error: ZodError) {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  const message = issue ? `${field ? `${field}: ` : ''}${issue.message}` : 'Invalid input';
  return { code: 'VALIDATION' as const, message, ...(field && { field }) };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
