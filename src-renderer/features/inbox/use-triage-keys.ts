import { useEffect, useLayoutEffect, useRef } from 'react';

export interface TriageKeyHandlers {
  move(by: 1 | -1): void;
  acknowledge(): void;
  snooze(): void;
  resolve(): void;
  open(): void;
}

/** The app's two-key shortcuts ("g i", "g s" …) all start with g; the key after it belongs to them. */
const SEQUENCE_PREFIX = 'g';
const SEQUENCE_TIMEOUT_MS = 1500;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Enter on a focused button or link must press it, not open the athlete. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['BUTTON', 'A'].includes(target.tagName);
}

/**
 * Inbox triage from the keyboard: j/k (or the arrows) move, e acknowledges, s snoozes, r resolves,
 * Enter or o opens the athlete. Silent while typing, while a dialog is open, and for the key that
 * completes a "g …" navigation shortcut.
 */
export function useTriageKeys(handlers: TriageKeyHandlers): void {
  // The listener is attached once and reads the latest handlers, which close over the current selection.
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    let prefixAt = -Infinity;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const afterPrefix = event.timeStamp - prefixAt < SEQUENCE_TIMEOUT_MS;
      prefixAt = event.key === SEQUENCE_PREFIX ? event.timeStamp : -Infinity;
      if (afterPrefix) return;
      const h = latest.current;
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      switch (event.key) {
        case 'j':
        case 'ArrowDown':
          return run(() => h.move(1));
        case 'k':
        case 'ArrowUp':
          return run(() => h.move(-1));
        case 'e':
          return run(h.acknowledge);
        case 's':
          return run(h.snooze);
        case 'r':
          return run(h.resolve);
        case 'o':
          return run(h.open);
        case 'Enter':
          if (!isControl(event.target)) run(h.open);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
