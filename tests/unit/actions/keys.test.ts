import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcut,
  keyCaps,
  resolveStroke,
  strokeOf,
  toAccelerator,
  type KeyStrokeEvent,
} from '../../../src-main/common/actions/keys';

function press(key: string, init: Partial<KeyStrokeEvent> = {}): KeyStrokeEvent {
  return { key, code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init };
}

describe('toAccelerator', () => {
  it('turns a chord into an Electron accelerator', () => {
    expect(toAccelerator('Mod+1')).toBe('CmdOrCtrl+1');
    expect(toAccelerator('Mod+o')).toBe('CmdOrCtrl+O');
    expect(toAccelerator('Mod+Shift+ArrowUp')).toBe('CmdOrCtrl+Shift+Up');
    expect(toAccelerator('Alt+2')).toBe('Alt+2');
  });

  it('gives none for a sequence or a plain key, which a menu cannot carry safely', () => {
    expect(toAccelerator('g r')).toBeUndefined();
    expect(toAccelerator('/')).toBeUndefined();
    expect(toAccelerator('Enter')).toBeUndefined();
  });
});

describe('keyCaps and ariaKeyShortcut', () => {
  it('draw the platform command key', () => {
    expect(keyCaps('Mod+1', 'other')).toEqual(['Ctrl', '1']);
    expect(keyCaps('Mod+1', 'mac')).toEqual(['⌘', '1']);
    expect(keyCaps('g r', 'other')).toEqual(['G', 'R']);
    expect(keyCaps('ArrowDown', 'mac')).toEqual(['↓']);
  });

  it('say a single stroke the way aria-keyshortcuts does, and nothing for a sequence', () => {
    expect(ariaKeyShortcut('Mod+4', 'other')).toBe('Control+4');
    expect(ariaKeyShortcut('Mod+4', 'mac')).toBe('Meta+4');
    expect(ariaKeyShortcut('e', 'other')).toBe('E');
    expect(ariaKeyShortcut('g w', 'other')).toBeUndefined();
  });
});

describe('strokeOf', () => {
  it('reads Mod as Ctrl elsewhere and Cmd on macOS, and ignores the other command key', () => {
    expect(strokeOf(press('1', { code: 'Digit1', ctrlKey: true }), 'other')).toBe('Mod+1');
    expect(strokeOf(press('1', { code: 'Digit1', metaKey: true }), 'mac')).toBe('Mod+1');
    expect(strokeOf(press('1', { code: 'Digit1', ctrlKey: true }), 'mac')).toBeUndefined();
    expect(strokeOf(press('1', { code: 'Digit1', metaKey: true }), 'other')).toBeUndefined();
  });

  it('reads a chord by its physical key, since Option changes the character on macOS', () => {
    expect(strokeOf(press('¡', { code: 'Digit1', altKey: true }), 'mac')).toBe('Alt+1');
    expect(strokeOf(press('O', { code: 'KeyO', ctrlKey: true, shiftKey: true }), 'other')).toBe('Mod+Shift+o');
  });

  it('folds Shift into a typed character but keeps it on named keys', () => {
    expect(strokeOf(press('?', { code: 'Slash', shiftKey: true }), 'other')).toBe('?');
    expect(strokeOf(press('E', { code: 'KeyE', shiftKey: true }), 'other')).toBe('e');
    expect(strokeOf(press('ArrowDown'), 'other')).toBe('ArrowDown');
    expect(strokeOf(press('Enter', { shiftKey: true }), 'other')).toBe('Shift+Enter');
  });

  it('ignores a lone modifier', () => {
    expect(strokeOf(press('Shift', { shiftKey: true }), 'other')).toBeUndefined();
    expect(strokeOf(press('Control', { ctrlKey: true }), 'other')).toBeUndefined();
  });
});

describe('resolveStroke', () => {
  const actions = [
    { id: 'roster', keys: ['g r', 'Mod+1'] },
    { id: 'search', keys: ['/'] },
    { id: 'resolve', keys: ['r'] },
  ];

  it('runs a single-stroke binding', () => {
    expect(resolveStroke(actions, 'Mod+1', undefined).action?.id).toBe('roster');
    expect(resolveStroke(actions, 'r', undefined).action?.id).toBe('resolve');
  });

  it('waits after the first key of a sequence and completes it with the second', () => {
    expect(resolveStroke(actions, 'g', undefined)).toEqual({ pending: 'g' });
    expect(resolveStroke(actions, 'r', 'g').action?.id).toBe('roster');
  });

  it('lets a key that breaks a sequence do nothing, and a repeated first key start it again', () => {
    expect(resolveStroke(actions, '/', 'g')).toEqual({});
    expect(resolveStroke(actions, 'g', 'g')).toEqual({ pending: 'g' });
    expect(resolveStroke(actions, 'x', undefined)).toEqual({});
  });
});
