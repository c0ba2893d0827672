import { beforeEach, expect } from 'vitest';

/**
 * Every test must make at least one assertion: a test that returns early or loops over nothing would
 * otherwise pass while checking nothing. Suites skipped for a missing fixtures folder are reported as
 * skipped, not run, so this does not touch them.
 */
beforeEach(() => {
  expect.hasAssertions();
});
