import { describe, expect, it } from 'vitest';
import { isCanonicalBinding, strokesOf } from '../../../src-main/common/actions/keys';
import { ACTIONS, NAVIGATION_ACTIONS, type ActionSpec } from '../../../src-main/common/actions/registry';

/**
 * Every way one keystroke could mean two actions: the same binding twice in a scope, a screen's or
 * table's binding that is also a global one, and a single key that is also the start of a sequence
 * (which would then never wait for the sequence's second key).
 */
function keyCollisions(actions: readonly ActionSpec[]): string[] {
  const collisions: string[] = [];
  const globalActions = actions.filter((action) => action.scope === 'global');
  const globalPrefixes = new Set(
    globalActions.flatMap((action) => action.keys.filter((k) => k.includes(' ')).map((k) => strokesOf(k)[0]!)),
  );
  const scopes = new Set(actions.map((action) => action.scope));
  for (const scope of scopes) {
    const owner = new Map<string, string>();
    for (const action of actions.filter((a) => a.scope === scope)) {
      for (const binding of action.keys) {
        const previous = owner.get(binding);
        if (previous) collisions.push(`${scope}: "${binding}" is both ${previous} and ${action.id}`);
        owner.set(binding, action.id);
        if (globalPrefixes.has(binding)) collisions.push(`${action.id}: "${binding}" starts a global sequence`);
        const global = scope === 'global' ? undefined : globalActions.find((g) => g.keys.includes(binding));
        if (global) collisions.push(`${action.id}: "${binding}" is also the global ${global.id}`);
      }
    }
  }
  return collisions;
}

describe('the action registry', () => {
  it('names every action once', () => {
    const ids = ACTIONS.map((action) => action.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every key one meaning within its scope and none that shadows a global key', () => {
    expect(keyCollisions(ACTIONS)).toEqual([]);
  });

  it('detects each kind of collision (the check itself works)', () => {
    const clashing: ActionSpec[] = [
      { id: 'a', label: 'A', scope: 'global', menu: 'Go', keys: ['g a', '?'] },
      { id: 'b', label: 'B', scope: 'global', menu: 'Go', keys: ['?'] },
      { id: 'c', label: 'C', scope: 'inbox', keys: ['g'] },
      { id: 'd', label: 'D', scope: 'inbox', keys: ['?'] },
    ];
    expect(keyCollisions(clashing)).toEqual([
      'global: "?" is both a and b',
      'c: "g" starts a global sequence',
      'd: "?" is also the global a',
    ]);
  });

  it('writes every binding in canonical form, so equal keys compare equal', () => {
    const bindings = ACTIONS.flatMap((action) => action.keys);
    expect(bindings.filter((binding) => !isCanonicalBinding(binding))).toEqual([]);
    expect(['Shift+Mod+1', 'Mod+O', 'G r', 'Ctrl+1'].map(isCanonicalBinding)).toEqual([false, false, false, false]);
  });

  it('navigates to every top-level screen, Workouts included, with Mod and the sidebar position', () => {
    expect(NAVIGATION_ACTIONS.map((action) => action.screen)).toEqual([
      'roster',
      'inbox',
      'planner',
      'workouts',
      'imports',
      'settings',
    ]);
    expect(NAVIGATION_ACTIONS.map((action) => action.keys.find((k) => k.startsWith('Mod+')))).toEqual([
      'Mod+1',
      'Mod+2',
      'Mod+3',
      'Mod+4',
      'Mod+5',
      'Mod+6',
    ]);
  });
});
