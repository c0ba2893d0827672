import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

/**
 * Golden files live in tests/golden/export/ and were reviewed by eye once. A missing golden fails the
 * test; `UPDATE_GOLDENS=1` rewrites them after a deliberate change (then review the diff).
 */
const GOLDEN_DIR = join(__dirname, '../../../golden/export');

export function expectGolden(name: string, actual: string | Uint8Array): void {
  const path = join(GOLDEN_DIR, name);
  const bytes = typeof actual === 'string' ? Buffer.from(actual, 'utf8') : Buffer.from(actual);
  if (process.env.UPDATE_GOLDENS === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return;
  }
  if (!existsSync(path)) throw new Error(`golden ${name} is missing: run with UPDATE_GOLDENS=1 once and review it`);
  const expected = readFileSync(path);
  if (typeof actual === 'string') expect(actual).toBe(expected.toString('utf8'));
  else expect(bytes.equals(expected), `${name} differs from its golden`).toBe(true);
}
