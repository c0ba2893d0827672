import { useState, type KeyboardEvent } from 'react';

/**
 * The highlighted row of a table driven from the keyboard: arrows or j/k move, Home/End jump,
 * Enter opens. `reveal` scrolls the row into view (virtualised tables have no DOM row to ask).
 */
export function useRowCursor(rowCount: number, open: ((index: number) => void) | undefined, reveal: (index: number) => void) {
  const [activeIndex, setActiveIndex] = useState(-1);
  const active = Math.min(activeIndex, rowCount - 1);

  function moveTo(index: number) {
    const clamped = Math.max(0, Math.min(rowCount - 1, index));
    setActiveIndex(clamped);
    reveal(clamped);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.target !== event.currentTarget || rowCount === 0) return;
    const move = (to: number) => {
      event.preventDefault();
      moveTo(to);
    };
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        return move(active + 1);
      case 'ArrowUp':
      case 'k':
        return move(active - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(rowCount - 1);
      case 'Enter':
        if (active >= 0 && open) {
          event.preventDefault();
          open(active);
        }
    }
  }

  /** Focusing the table highlights the first row, so Enter right away opens something visible. */
  function onFocus(event: { target: EventTarget; currentTarget: EventTarget }) {
    if (event.target === event.currentTarget && active < 0 && rowCount > 0) setActiveIndex(0);
  }

  return { active, setActive: setActiveIndex, onKeyDown, onFocus };
}
