import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The real device files live beside the checkout (../shared/fixtures), never in the repo.
 * COACH_FIXTURES points elsewhere; tests that need them skip with this reason when absent.
 */
export const fixturesDir =
  process.env.COACH_FIXTURES ?? resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
export const haveFixtures = existsSync(join(fixturesDir, 'MANIFEST.csv'));
export const fixturesSkipReason = `real device fixtures not found at ${fixturesDir} (set COACH_FIXTURES)`;

export function fixturePath(...parts: string[]): string {
  return join(fixturesDir, ...parts);
}
