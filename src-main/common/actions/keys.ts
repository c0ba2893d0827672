/**
 * The one key notation of the action registry. A binding is one or more strokes separated by a
 * space ("g r" is g then r); a stroke is optional modifiers then a key, joined by "+" ("Mod+1").
 * "Mod" is Cmd on macOS and Ctrl elsewhere. A key is a lower-case character ("e", "/", "?": Shift
 * is part of the character typed, not a modifier) or a named key ("Enter", "ArrowDown"). Every
 * stroke is written in canonical order (Mod, Alt, Shift) so equal bindings are equal strings.
 */
export type KeyBinding = string;

export type Platform = 'mac' | 'other';

const MODIFIERS = ['Mod', 'Alt', 'Shift'] as const;
type Modifier = (typeof MODIFIERS)[number];

const NAMED_KEYS = ['Enter', 'Escape', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;

interface Stroke {
  modifiers: Modifier[];
  key: string;
}

function parseStroke(stroke: string): Stroke {
  const parts = stroke.split('+');
  return { modifiers: parts.slice(0, -1) as Modifier[], key: parts.at(-1)! };
}

export function strokesOf(binding: KeyBinding): string[] {
  return binding.split(' ');
}

/** Whether a binding is written the one way the registry compares bindings by. */
export function isCanonicalBinding(binding: KeyBinding): boolean {
  return strokesOf(binding).every((stroke) => {
    const { modifiers, key } = parseStroke(stroke);
    const ordered = modifiers.every(
      (m, i) => MODIFIERS.includes(m) && (i === 0 || MODIFIERS.indexOf(modifiers[i - 1]!) < MODIFIERS.indexOf(m)),
    );
    const validKey =
      (key.length === 1 && key === key.toLowerCase() && key !== ' ') || (NAMED_KEYS as readonly string[]).includes(key);
    return ordered && validKey;
  });
}

const ELECTRON_KEYS: Record<string, string> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
};

/**
 * The Electron menu accelerator for a binding ("Mod+1" → "CmdOrCtrl+1"), or undefined when a menu
 * cannot carry it: a sequence has no accelerator form, and a plain key ("/", "e") as an accelerator
 * would fire while the coach types that character into a field.
 */
export function toAccelerator(binding: KeyBinding): string | undefined {
  const strokes = strokesOf(binding);
  if (strokes.length !== 1) return undefined;
  const { modifiers, key } = parseStroke(strokes[0]!);
  if (!modifiers.includes('Mod') && !modifiers.includes('Alt')) return undefined;
  const electronKey = ELECTRON_KEYS[key] ?? key.toUpperCase();
  return [...modifiers.map((m) => (m === 'Mod' ? 'CmdOrCtrl' : m)), electronKey].join('+');
}

const CAPS: Record<Platform, Record<Modifier, string>> = {
  mac: { Mod: '⌘', Alt: '⌥', Shift: '⇧' },
  other: { Mod: 'Ctrl', Alt: 'Alt', Shift: 'Shift' },
};
const KEY_CAPS: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
};

/** The key caps to draw for a binding: "g r" → G R, "Mod+1" → Ctrl 1 (⌘ 1 on macOS). */
export function keyCaps(binding: KeyBinding, platform: Platform): string[] {
  return strokesOf(binding).flatMap((stroke) => {
    const { modifiers, key } = parseStroke(stroke);
    return [...modifiers.map((m) => CAPS[platform][m]), KEY_CAPS[key] ?? (key.length === 1 ? key.toUpperCase() : key)];
  });
}

/**
 * The binding in aria-keyshortcuts form ("Control+1"), or undefined for a sequence, which that
 * attribute cannot express (a space there separates alternatives).
 */
export function ariaKeyShortcut(binding: KeyBinding, platform: Platform): string | undefined {
  const strokes = strokesOf(binding);
  if (strokes.length !== 1) return undefined;
  const { modifiers, key } = parseStroke(strokes[0]!);
  const names = { Mod: platform === 'mac' ? 'Meta' : 'Control', Alt: 'Alt', Shift: 'Shift' };
  return [...modifiers.map((m) => names[m]), key.length === 1 ? key.toUpperCase() : key].join('+');
}

/** The parts of a keyboard event a stroke is read from (DOM and React events both have them). */
export interface KeyStrokeEvent {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * One keydown as a canonical stroke, or undefined for a lone modifier or a chord with the platform's
 * other command key (Ctrl on macOS, the Windows key elsewhere), which no binding uses.
 */
export function strokeOf(event: KeyStrokeEvent, platform: Platform): string | undefined {
  const [modKey, otherKey] = platform === 'mac' ? [event.metaKey, event.ctrlKey] : [event.ctrlKey, event.metaKey];
  if (otherKey || ['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return undefined;
  const chord = modKey || event.altKey;
  const key = chord ? chordKey(event) : event.key.length === 1 ? event.key.toLowerCase() : event.key;
  // Shift is already in a typed character ("?"), so it is a modifier only of chords and named keys.
  const shift = event.shiftKey && (chord || key.length > 1);
  const modifiers = [modKey && 'Mod', event.altKey && 'Alt', shift && 'Shift'].filter(Boolean);
  return [...modifiers, key].join('+');
}

/** With Alt (Option on macOS) held, event.key is another character, so chords read the physical key. */
function chordKey(event: KeyStrokeEvent): string {
  const physical = /^(?:Digit|Key)(.)$/.exec(event.code);
  if (physical) return physical[1]!.toLowerCase();
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}

/**
 * Follows one stroke through the candidates' bindings. `pending` is the start of a sequence typed so
 * far ("g"); the result is the action the strokes complete, or the sequence still being typed. A key
 * that does not complete the pending sequence does nothing, so "g s" never also counts as "s".
 */
export function resolveStroke<A extends { keys: readonly KeyBinding[] }>(
  candidates: readonly A[],
  stroke: string,
  pending: string | undefined,
): { action?: A; pending?: string } {
  const typed = pending === undefined ? stroke : `${pending} ${stroke}`;
  const action = candidates.find((candidate) => candidate.keys.includes(typed));
  if (action) return { action };
  const startsSequence = (strokes: string) =>
    candidates.some((candidate) => candidate.keys.some((binding) => binding.startsWith(`${strokes} `)));
  if (startsSequence(typed)) return { pending: typed };
  // "g g r": the second g starts the sequence afresh.
  if (pending !== undefined && startsSequence(stroke)) return { pending: stroke };
  return {};
}
