import type { z } from 'zod';

/** Declares one call: its output type, then its runtime input schema. */
export function call<O>() {
  return <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O });
}
