import { useEffect } from 'react';
import type { Action } from './actions';

const SEQUENCE_TIMEOUT_MS = 1500;

/** One keystroke as a key-spec token, or undefined for strokes shortcuts never use (Ctrl/Cmd chords). */
function keyToken(event: KeyboardEvent): string | undefined {
  if (event.ctrlKey || event.metaKey) return undefined;
  if (event.altKey) {
    // event.code, because Alt+digit types other characters on macOS layouts.
    const digit = /^Digit(\d)$/.exec(event.code);
    return digit ? `Alt+${digit[1]}` : undefined;
  }
  return event.key.length === 1 ? event.key.toLowerCase() : undefined;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Runs the action whose key spec matches the keystroke (or the two-key sequence ending with it). */
export function useShortcuts(actions: Action[]): void {
  useEffect(() => {
    let pending: { token: string; at: number } | undefined;

    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const token = keyToken(event);
      if (!token) return;
      const sequence =
        pending && event.timeStamp - pending.at < SEQUENCE_TIMEOUT_MS ? `${pending.token} ${token}` : undefined;
      const action =
        (sequence && actions.find((a) => a.keys.includes(sequence))) || actions.find((a) => a.keys.includes(token));
      const startsSequence = actions.some((a) => a.keys.some((k) => k.startsWith(`${token} `)));
      pending = !action && startsSequence ? { token, at: event.timeStamp } : undefined;
      if (action) {
        event.preventDefault();
        action.perform();
      }
    }

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}

/** "g r" → ["G", "R"], "Alt+1" → ["Alt", "1"] for <kbd> rendering. */
export function keyCaps(spec: string): string[] {
  return spec.split(/[ +]/).map((part) => (part.length === 1 ? part.toUpperCase() : part));
}
