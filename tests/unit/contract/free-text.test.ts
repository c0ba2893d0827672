import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../../../src-main/common/contract';
import { WELL_FORMED_TEXT } from '../../../src-main/common/domain/free-text';

/**
 * Strings in the contract that are not free text: paths on disk (a file name may hold any code units,
 * and the path must reach the file as it is; a device's key is its folder's path), a job's id, time
 * zones (checked against the IANA names) and a local date-time (checked against its pattern).
 */
const NOT_FREE_TEXT = [
  'imports.importPaths: paths.*',
  'imports.cancel: jobId',
  'devices.importNew: key',
  'watchFolders.add: path',
  'athletes.create: timeZone',
  'athletes.update: patch.timeZone',
  'activities.setStart: localStart',
].sort();

/** Every string in a schema, with its path, and whether it carries the free-text check. */
function strings(schema: z.ZodType, path: string[], found: { path: string; checked: boolean }[]): void {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string; checks?: unknown[] };
  const inner = (key: string, step?: string) =>
    strings(def[key] as z.ZodType, step === undefined ? path : [...path, step], found);
  switch (def.type) {
    case 'string':
      if (!('format' in def))
        found.push({ path: path.join('.'), checked: def.checks?.includes(WELL_FORMED_TEXT) ?? false });
      return;
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>))
        strings(value, [...path, key], found);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner('innerType');
    case 'array':
      return inner('element', '*');
    case 'record':
      inner('keyType', '*');
      return inner('valueType', '*');
    case 'union':
      for (const option of def.options as z.ZodType[]) strings(option, path, found);
      return;
    case 'intersection':
      inner('left');
      return inner('right');
    case 'pipe': {
      inner('in');
      // A formatted string piped into a further check (a date and its accepted range) is one value, not free text.
      const input = (def.in as z.ZodType)._zod.def as unknown as Record<string, unknown>;
      if (input.type === 'string' && 'format' in input) return;
      return inner('out');
    }
    case 'lazy':
      return strings((def.getter as () => z.ZodType)(), path, found);
    default:
      return;
  }
}

describe('free text in the contract', () => {
  it('carries the one check that refuses a lone surrogate, in every call that takes it', () => {
    const found: { path: string; checked: boolean }[] = [];
    for (const [method, { input }] of Object.entries(contract)) {
      const here: { path: string; checked: boolean }[] = [];
      strings(input as z.ZodType, [], here);
      found.push(...here.map((s) => ({ ...s, path: `${method}: ${s.path}` })));
    }
    expect(found.length).toBeGreaterThan(20);
    expect(
      found
        .filter((s) => !s.checked)
        .map((s) => s.path)
        .sort(),
    ).toEqual(NOT_FREE_TEXT);
  });
});

describe('a lone surrogate', () => {
  it('is refused with the field named and the place given, rather than stored as U+FFFD', async () => {
    const { dispatch } = await import('../../../src-main/node/api/dispatch');
    const never = new Proxy({}, { get: () => () => Promise.reject(new Error('the handler must not run')) });
    const result = await dispatch(never as never, 'notes.add', {
      athleteId: 1,
      date: '2026-05-20',
      text: 'Sore calf\nafter the long run \uD83D',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'text',
        message:
          'text: holds a broken character at line 2, character 20 (half of a UTF-16 surrogate pair, which cannot be stored): retype or remove it',
      },
    });
  });

  it('is told from a whole pair, which any field takes', () => {
    const check = contract['athletes.create'].input;
    expect(check.safeParse({ name: 'Zoë 🏃' }).success).toBe(true);
    expect(check.safeParse({ name: 'Zoë 🏃 \uDFC3' }).error?.issues).toEqual([
      expect.objectContaining({
        path: ['name'],
        message: expect.stringMatching(/^holds a broken character at character 7 /),
      }),
    ]);
  });
});
