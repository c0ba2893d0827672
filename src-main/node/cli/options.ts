import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { isoDateSchema } from '../../common/domain/accepted-dates';
import { UsageError } from './usage-error';

/** Parses options strictly so a typo is a usage error, not a silently ignored flag. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got "${value}"`);
  return n;
}

/** A date option, checked against the contract's one date schema (format and accepted range). */
export function dateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const issue = isoDateSchema.safeParse(value).error?.issues[0];
  if (issue)
    throw new UsageError(
      issue.code === 'invalid_format'
        ? `--${name} must be a date like 2026-03-01, got "${value}"`
        : `--${name} ${issue.message}`,
    );
  return value;
}

/** Checks options against a call's contract schema, so the CLI accepts exactly what the app accepts. */
export function contractInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new UsageError(`${issue.path.map(String).join('.') || 'input'}: ${issue.message}`);
}
