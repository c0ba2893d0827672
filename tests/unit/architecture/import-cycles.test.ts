import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

/**
 * `npm run check` refuses an import cycle (docs/architecture.md#layers). The module linted here is given as
 * text, so no file changes: free-text.ts is imported by workout-schema.ts, and importing that back closes a cycle.
 */
const file = 'src-main/common/domain/free-text.ts';
const source = readFileSync(join(root, file), 'utf8');

async function lintRules(text: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: root }).lintText(text, { filePath: join(root, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('import cycles', () => {
  it('fails lint on a module that imports one of its importers', async () => {
    const cyclic = `import { WORKOUT_SPORTS } from './workouts/workout-schema';\nexport const FIRST = WORKOUT_SPORTS[0];\n${source}`;
    expect(await lintRules(cyclic)).toContain('import-x/no-cycle');
  });

  it('passes the module as it is', async () => {
    expect(await lintRules(source)).toEqual([]);
  });
});
