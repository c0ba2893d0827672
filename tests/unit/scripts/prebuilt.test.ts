import { describe, expect, it } from 'vitest';
import { isStale } from '../../../scripts/prebuilt.mjs';

describe('isStale: whether a prebuilt bundle must be rebuilt before it runs', () => {
  const builtAt = Date.UTC(2026, 4, 1, 12);

  it('is fresh when every input was modified before the build', () => {
    expect(isStale(builtAt, [builtAt - 60_000, builtAt - 1])).toBe(false);
  });

  it('is fresh for an input modified at the very moment the build started (read by it)', () => {
    expect(isStale(builtAt, [builtAt])).toBe(false);
  });

  it('is stale when one input was modified after the build started', () => {
    expect(isStale(builtAt, [builtAt - 60_000, builtAt + 1, builtAt - 5])).toBe(true);
  });

  it('is stale when an input the build read is gone', () => {
    expect(isStale(builtAt, [builtAt - 60_000, undefined])).toBe(true);
  });

  it('is fresh with no inputs to compare', () => {
    expect(isStale(builtAt, [])).toBe(false);
  });
});
