import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, type Method } from '../../../src-main/common/contract';
import {
  EARLIEST_ACCEPTED_DATE,
  isoDateSchema,
  latestAcceptedDate,
} from '../../../src-main/common/domain/accepted-dates';

/** One date field of a call: where it is, and an input holding a given date there and nothing else it needs. */
interface DateField {
  path: string;
  inputWith(date: string): unknown;
}

/**
 * The date fields of a schema, found by walking its definition down to the one shared isoDateSchema:
 * a new date field is checked here without anyone adding it to a list. An object's literal fields
 * (a discriminated union's tag) go into the input, so the union reaches the branch holding the date.
 */
function dateFields(schema: z.core.$ZodType, path: string[] = []): DateField[] {
  if (schema === isoDateSchema) return [{ path: path.join('.'), inputWith: (date) => date }];
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.core.$ZodType>;
      const tags = Object.fromEntries(
        Object.entries(shape).flatMap(([key, field]) => {
          const fieldDef = field._zod.def as unknown as { type: string; values?: unknown[] };
          return fieldDef.type === 'literal' ? [[key, fieldDef.values![0]]] : [];
        }),
      );
      return Object.entries(shape).flatMap(([key, field]) =>
        dateFields(field, [...path, key]).map((f) => ({
          path: f.path,
          inputWith: (date: string) => ({ ...tags, [key]: f.inputWith(date) }),
        })),
      );
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return dateFields(def.innerType as z.core.$ZodType, path);
    case 'pipe':
      return dateFields(def.in as z.core.$ZodType, path);
    case 'array':
      return dateFields(def.element as z.core.$ZodType, [...path, '0']).map((f) => ({
        path: f.path,
        inputWith: (date: string) => [f.inputWith(date)],
      }));
    case 'union':
      return (def.options as z.core.$ZodType[]).flatMap((option) => dateFields(option, path));
    default:
      return [];
  }
}

const dateTakingCalls = (Object.keys(contract) as Method[])
  .map((method) => ({ method, fields: dateFields(contract[method].input) }))
  .filter((call) => call.fields.length > 0);

describe('contract dates', () => {
  it('finds the date fields of the calls that take dates', () => {
    const found = Object.fromEntries(dateTakingCalls.map((c) => [c.method, c.fields.map((f) => f.path)]));
    expect(found).toMatchObject({
      'analytics.settings.update': ['seed.date'],
      'plans.create': expect.arrayContaining(['raceDate', 'startDate']),
      'events.create': expect.arrayContaining(['startDate', 'endDate']),
      'notes.add': ['date'],
      'thresholds.set': ['validFrom'],
    });
    expect(dateTakingCalls.length).toBeGreaterThanOrEqual(15);
  });

  for (const bad of ['0000-01-01', '5000-01-01', '9999-12-31']) {
    it(`refuses ${bad} in every date field of every call, naming the field`, () => {
      for (const { method, fields } of dateTakingCalls) {
        for (const field of fields) {
          const result = contract[method].input.safeParse(field.inputWith(bad));
          const issue = result.error?.issues.find((i) => i.path.join('.') === field.path);
          expect(issue?.message, `${method} ${field.path}`).toBe(
            `must be a date from ${EARLIEST_ACCEPTED_DATE} to ${latestAcceptedDate(new Date())}, got ${bad}`,
          );
        }
      }
    });
  }

  it('accepts the first and the last date of the range', () => {
    const latest = latestAcceptedDate(new Date());
    expect(isoDateSchema.safeParse(EARLIEST_ACCEPTED_DATE).success).toBe(true);
    expect(isoDateSchema.safeParse(latest).success).toBe(true);
    expect(isoDateSchema.safeParse('1979-12-31').success).toBe(false);
    expect(isoDateSchema.safeParse(`${Number(latest.slice(0, 4)) + 1}-01-01`).success).toBe(false);
  });

  it('ends the range ten years after the current year', () => {
    expect(latestAcceptedDate(new Date('2026-12-07T20:00:00Z'))).toBe('2036-12-31');
  });

  it('reports a malformed date as one, not as out of range', () => {
    expect(isoDateSchema.safeParse('2026-02-30').error?.issues.map((i) => i.message)).toEqual(['Invalid ISO date']);
  });
});
